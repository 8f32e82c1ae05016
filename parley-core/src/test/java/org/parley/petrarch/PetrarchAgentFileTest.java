package org.parley.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actor.ActorDictionary;
import org.parley.actor.ActorEntry;
import org.parley.actor.ActorEntry.Kind;
import org.parley.dictionary.InvalidDictionaryException;

/** Each feature of the PETRARCH agent format, on small files written here. */
class PetrarchAgentFileTest {
    private ActorDictionary dictionary;
    private DictionaryReport report;

    private void load(String... lines) throws InvalidDictionaryException {
        ActorDictionary.Builder builder = new ActorDictionary.Builder(p -> Arrays.asList(p.split(" ")));
        report = read(String.join("\n", lines), builder);
        dictionary = builder.build();
    }

    private static DictionaryReport read(String text, ActorDictionary.Builder builder)
            throws InvalidDictionaryException {
        return PetrarchAgentFile.read("test.agents", PetrarchLines.read("test.agents",
                new BufferedReader(new StringReader(text))), builder);
    }

    private List<String> codes(String phrase) {
        return dictionary.meanings(Arrays.asList(phrase.split(" "))).stream().map(ActorEntry::code).toList();
    }

    @Test
    void regularPluralsFollowTheLastWord() throws Exception {
        load("FOREIGN_MINISTER [~GOVFRM] # jap 4/14/01", "AUTHORITY [~GOV]", "CONGRESS [~LEG]", "ATTORNEY [~JUD]",
                "BOSS [~BUS]", "MILITARY_BRANCH [~MIL]");
        assertThat(codes("foreign minister")).containsExactly("GOVFRM");
        assertThat(codes("foreign ministers")).containsExactly("GOVFRM");
        assertThat(codes("authorities")).containsExactly("GOV");
        assertThat(codes("congresses")).containsExactly("LEG");
        assertThat(codes("attorneys")).containsExactly("JUD");
        assertThat(codes("bosses")).containsExactly("BUS");
        assertThat(codes("military branches")).containsExactly("MIL");
        assertThat(report.read()).isEqualTo(6);
        assertThat(report.loaded()).isEqualTo(12);
    }

    @Test
    void givenOrNoPlurals() throws Exception {
        load("ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]", "POLICE {} [ ~COP]", "LAWMAN {LAWMEN} [~COP]");
        assertThat(codes("attorneys general")).containsExactly("GOV");
        assertThat(codes("attorney generals")).isEmpty();
        assertThat(codes("police")).containsExactly("COP");
        assertThat(codes("polices")).isEmpty();
        assertThat(codes("lawmen")).containsExactly("COP");
        assertThat(report.loaded()).isEqualTo(5);
    }

    @Test
    void substitutionSetsExpandWithoutPlurals() throws Exception {
        load("!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON",
                "!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES",
                "CONGRESS!PERSON! [~LEG]",
                "HUSBAND!PERSON![~AGR]",
                "FOREIGN_!MINIST! [~GOV]",
                "FIRE!PERSON! {} [~GOV]");
        assertThat(codes("congresswoman")).containsExactly("LEG");
        assertThat(codes("congressmen")).containsExactly("LEG");
        assertThat(codes("congressperson")).containsExactly("LEG");
        assertThat(codes("congresspersons")).isEmpty();
        assertThat(codes("husbandmen")).containsExactly("AGR");
        assertThat(codes("foreign ministries")).containsExactly("GOV");
        assertThat(codes("firewomen")).containsExactly("GOV");
        assertThat(report.loaded()).isEqualTo(5 + 5 + 4 + 5);
    }

    @Test
    void aRoleIsAnAgentAndAPrefixCodeAnOrganization() throws Exception {
        load("TROOP [~MIL]", "HUMAN_RIGHTS_BODY  [NGO~]", "HUMAN_RIGHTS_ORGANIZATION  [  NGO~]");
        assertThat(dictionary.meanings(List.of("troops"))).extracting(ActorEntry::code, ActorEntry::name,
                ActorEntry::kind).containsExactly(tuple("MIL", "troop", Kind.AGENT));
        assertThat(dictionary.meanings(List.of("human", "rights", "bodies"))).extracting(ActorEntry::code,
                ActorEntry::kind).containsExactly(tuple("NGO", Kind.ORGANIZATION));
        assertThat(codes("human rights organizations")).containsExactly("NGO");
    }

    @Test
    void termsWithoutACodeAreSkippedAndReported() throws Exception {
        load("ISLAMIC_EXTREMIST", "DEPARMENT_OF_ENVIRONMENT [~ENV}", "FARMER [~AGR]");
        assertThat(codes("farmers")).containsExactly("AGR");
        assertThat(report.warnings()).containsExactly(
                "test.agents:1: no [code] in 'ISLAMIC_EXTREMIST'; line skipped",
                "test.agents:2: code without ']' in 'DEPARMENT_OF_ENVIRONMENT [~ENV}'; line skipped");
    }

    @Test
    void malformedLinesNameFileAndLine() {
        assertError("FARMER [AGR]", 1, "agent code must be '~CODE' or 'CODE~'");
        assertError("FARMER [~AG]", 1, "agent code must be");
        assertError("# agents\nCONGRESS!PERSON! [~LEG]", 2, "substitution set !PERSON! is not defined above");
        assertError("!PERSON! = MAN\nCONGRESS!PERSON [~LEG]", 2, "not closed with '!'");
        assertError("ATTORNEY_GENERAL {ATTORNEYS_GENERAL [~GOV]", 1, "no closing '}'");
        assertError("!PERSON = MAN, MEN", 1, "substitution set must read");
        assertError("[~GOV]", 1, "code without a term");
        assertError("FARMER [~AGR] [~LAB]", 1, "text after the code");
    }

    private static void assertError(String text, int line, String message) {
        ActorDictionary.Builder builder = new ActorDictionary.Builder(p -> Arrays.asList(p.split(" ")));
        assertThatThrownBy(() -> read(text, builder)).as(text)
                .isInstanceOfSatisfying(InvalidDictionaryException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.file()).isEqualTo("test.agents");
                    assertThat(e.getMessage()).contains(message);
                });
    }
}
