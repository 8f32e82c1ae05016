package org.parley.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.actor.ActorDictionary;
import org.parley.actor.ActorEntry;
import org.parley.actor.ActorEntry.Kind;
import org.parley.dictionary.InvalidDictionaryException;

/** Each feature of the PETRARCH actor format, on small files written here. */
class PetrarchActorFileTest {
    private ActorDictionary dictionary;
    private DictionaryReport report;

    private void load(String... lines) throws InvalidDictionaryException {
        ActorDictionary.Builder builder = new ActorDictionary.Builder(p -> Arrays.asList(p.split(" ")));
        report = read(String.join("\n", lines), builder);
        dictionary = builder.build();
    }

    static DictionaryReport read(String text, ActorDictionary.Builder builder) throws InvalidDictionaryException {
        return PetrarchActorFile.read("test.actors", PetrarchLines.read("test.actors",
                new BufferedReader(new StringReader(text))), builder);
    }

    private List<ActorEntry> meanings(String phrase) {
        return dictionary.meanings(Arrays.asList(phrase.split(" ")));
    }

    private List<String> codesOn(String phrase, String day) {
        return meanings(phrase).stream().filter(e -> e.validOn(LocalDate.parse(day))).map(ActorEntry::code).toList();
    }

    @Test
    void namesSynonymsCommentsAndUnderscores() throws Exception {
        load("# a comment line",
                "<!-- an XML comment",
                "     over two lines -->",
                "AFGHANISTAN_  [AFG]  # trailing comment",
                "+AFGHAN_",
                "+ISLAMIC_REPUBLIC_OF_AFGHANISTAN",
                "+DOWLAT  E_ESLAMI_",
                "<!-- one-line XML comment -->");
        assertThat(meanings("afghanistan")).extracting(ActorEntry::code, ActorEntry::name, ActorEntry::kind)
                .containsExactly(tuple("AFG", "Afghanistan", Kind.COUNTRY));
        assertThat(meanings("Afghan")).extracting(ActorEntry::code).containsExactly("AFG");
        assertThat(meanings("Islamic Republic of Afghanistan")).extracting(ActorEntry::code).containsExactly("AFG");
        assertThat(meanings("dowlat e eslami")).extracting(ActorEntry::code).containsExactly("AFG");
        assertThat(report.read()).isEqualTo(4);
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void datedCodesOnTheirOwnLines() throws Exception {
        load("MOHAMMAD_ZAHIR_SHAH_  # CountryInfo.txt",
                "\t[AFGELI 320101-331108]",
                "\t[AFGGOV 19331108-19730717]",
                "\t[AFGELI 730717-070723]");
        assertThat(codesOn("mohammad zahir shah", "1933-11-07")).containsExactly("AFGELI");
        assertThat(codesOn("mohammad zahir shah", "1933-11-08")).containsExactly("AFGGOV");
        assertThat(codesOn("mohammad zahir shah", "1973-07-16")).containsExactly("AFGGOV");
        assertThat(codesOn("mohammad zahir shah", "1973-07-17")).containsExactly("AFGELI");
        assertThat(codesOn("mohammad zahir shah", "2007-07-22")).containsExactly("AFGELI");
        assertThat(codesOn("mohammad zahir shah", "2007-07-23")).isEmpty();
        assertThat(codesOn("mohammad zahir shah", "1931-12-31")).isEmpty();
        assertThat(meanings("mohammad zahir shah")).extracting(ActorEntry::kind).contains(Kind.PERSON);
    }

    @Test
    void beforeAfterAndBlanksAroundSigns() throws Exception {
        load("GOLLUM", "+SMEAGOL",
                "\t[HOB < 950601]",
                "\t[HOBGOV 19950601 - 19990815]",
                "\t[HOBREB >990816]");
        assertThat(codesOn("smeagol", "1995-05-31")).containsExactly("HOB");
        assertThat(codesOn("smeagol", "1995-06-01")).containsExactly("HOBGOV");
        assertThat(codesOn("gollum", "1999-08-15")).isEmpty();
        assertThat(codesOn("gollum", "1999-08-16")).containsExactly("HOBREB");
    }

    @Test
    void theUndatedCodeIsTheDefaultOutsideTheDatedRangesWhereverItStands() throws Exception {
        load("SAM_GAMGEE [HOB]",
                "\t[HOBCIV <20080120]",
                "\t[ORCHOB 20100109-20100112]",
                "\t[HOBMIL 20080120-20121109]",
                "KOFI_ANNAN_",
                "\t[IGOUNO 970101-061231]",
                "\t[ELI]");
        assertThat(codesOn("sam gamgee", "2007-01-01")).containsExactly("HOBCIV");
        // Overlapping ranges: the code listed first wins.
        assertThat(codesOn("sam gamgee", "2010-01-10")).containsExactly("ORCHOB");
        assertThat(codesOn("sam gamgee", "2010-01-12")).containsExactly("HOBMIL");
        assertThat(codesOn("sam gamgee", "2013-01-01")).containsExactly("HOB");
        assertThat(codesOn("kofi annan", "2001-01-01")).containsExactly("IGOUNO");
        assertThat(codesOn("kofi annan", "1996-12-31")).containsExactly("ELI");
        assertThat(codesOn("kofi annan", "2006-12-31")).containsExactly("ELI");
    }

    @Test
    void twoDigitYearsPivotAtThirty() throws Exception {
        load("ALPHA_ [AAA >300101]", "BETA_ [BBB >310101]");
        assertThat(meanings("alpha").get(0).from()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(meanings("beta").get(0).from()).isEqualTo(LocalDate.of(1931, 1, 1));
    }

    @Test
    void consecutiveNamesShareTheCodesThatFollow() throws Exception {
        load("IVO_JOSIPOVIC_", "PRESIDENT_JOSIPOVIC_", "\t[HRVGOV >20100219]",
                "SOURCE: A LIST", "ABN_AMRO_ [MNCNLD]");
        assertThat(meanings("ivo josipovic")).extracting(ActorEntry::code).containsExactly("HRVGOV");
        assertThat(meanings("president josipovic")).extracting(ActorEntry::code).containsExactly("HRVGOV");
        // A name line with its own codes starts a new entry: the stray line before it gets none, and is reported.
        assertThat(meanings("source: a list")).isEmpty();
        assertThat(report.warnings()).singleElement().asString().contains("test.actors:4").contains("no usable code");
    }

    @Test
    void theNullCodeExcludesAPhrase() throws Exception {
        load("INDIAN_OCEAN  [---]", "PRINCE OF DOL AMROTH", "\t[--- <950630]", "\t[DOL]");
        assertThat(meanings("indian ocean")).extracting(ActorEntry::code, ActorEntry::kind)
                .containsExactly(tuple("---", Kind.EXCLUDED));
        assertThat(codesOn("prince of dol amroth", "1995-06-29")).containsExactly("---");
        assertThat(codesOn("prince of dol amroth", "1995-06-30")).containsExactly("DOL");
    }

    @Test
    void kindsFollowTheCode() throws Exception {
        load("UNITED_NATIONS_ [IGOUNO]", "HAMAS [PSEREBHMS]", "BAN_KI-MOON [IGOUNO >20070101]", "GONDOR [GON]");
        assertThat(meanings("united nations")).extracting(ActorEntry::kind).containsExactly(Kind.ORGANIZATION);
        assertThat(meanings("hamas")).extracting(ActorEntry::kind).containsExactly(Kind.GROUP);
        assertThat(meanings("ban ki-moon")).extracting(ActorEntry::kind).containsExactly(Kind.PERSON);
        assertThat(meanings("gondor")).extracting(ActorEntry::kind).containsExactly(Kind.COUNTRY);
    }

    @Test
    void shortAbbreviationsMatchOnlyInCapitals() throws Exception {
        load("UNITED_STATES [USA]", "+US", "+U.S.");
        assertThat(meanings("US")).extracting(ActorEntry::code).containsExactly("USA");
        assertThat(meanings("us")).isEmpty();
        assertThat(meanings("U.S.")).extracting(ActorEntry::code).containsExactly("USA");
        assertThat(meanings("United States")).extracting(ActorEntry::code).containsExactly("USA");
    }

    @Test
    void typosPetrarchToleratesAreSkippedAndReported() throws Exception {
        load("IRAQ [IRQ]", "\t[IRQOCC 1920030320-20060520]", "LORIEN  [ELR/GAL]",
                "ABN_AMRO_ [MNCNLD] Newspapers $137,000,000");
        assertThat(meanings("iraq")).extracting(ActorEntry::code).containsExactly("IRQ");
        assertThat(meanings("lorien")).isEmpty();
        assertThat(meanings("abn amro")).extracting(ActorEntry::code).containsExactly("MNCNLD");
        assertThat(report.warnings()).hasSize(4)
                .anySatisfy(w -> assertThat(w).startsWith("test.actors:2: date '1920030320' has 10 digits"))
                .anySatisfy(w -> assertThat(w).startsWith("test.actors:3: 'ELR/GAL' is not a CAMEO actor code"))
                .anySatisfy(w -> assertThat(w).startsWith("test.actors:4: text after the codes ignored"));
    }

    @Test
    void malformedLinesNameFileAndLine() {
        assertError("[AFG]", 1, "code line before any actor name");
        assertError("+AFGHAN", 1, "synonym line before any actor name");
        assertError("AFGHANISTAN [AFG", 1, "no closing ']'");
        assertError("AFGHANISTAN\n# comment\n\t[AFG 99x101]", 3, "not yymmdd or yyyymmdd");
        assertError("AFGHANISTAN\n\t[AFG 991301-000101]", 2, "not a calendar day");
        assertError("AFGHANISTAN []", 1, "empty code");
        assertError("AFGHANISTAN [AFG]\n<!-- never closed\nIRAQ [IRQ]", 2, "never closed");
    }

    @Test
    void aMalformedFileOnDiskNamesItsPathAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.actors.txt");
        Files.writeString(file, "AFGHANISTAN_ [AFG]\n+AFGHAN_\n\n\t[AFGGOV 20010101-2002O101]\n");
        ActorDictionary.Builder builder = new ActorDictionary.Builder(p -> Arrays.asList(p.split(" ")));
        assertThatThrownBy(() -> PetrarchActorFile.read(file, builder))
                .isInstanceOfSatisfying(InvalidDictionaryException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).startsWith(file + ":4: date '2002O101'");
                });
    }

    private static void assertError(String text, int line, String message) {
        ActorDictionary.Builder builder = new ActorDictionary.Builder(p -> Arrays.asList(p.split(" ")));
        assertThatThrownBy(() -> read(text, builder)).as(text)
                .isInstanceOfSatisfying(InvalidDictionaryException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.file()).isEqualTo("test.actors");
                    assertThat(e.getMessage()).contains(message);
                });
    }
}
