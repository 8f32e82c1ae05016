package org.parley.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.api.Location;
import org.parley.dictionary.TsvTable;

/** The ISO alpha-3 to FIPS 10-4 table behind the GDELT export's geography columns. */
class FipsCountryCodesTest {
    /** Country codes with no FIPS 10-4 entity of their own; the GDELT column stays empty for them. */
    private static final Map<String, String> NO_FIPS_CODE = Map.of(
            "BES", "Bonaire, Sint Eustatius and Saba: split from the Netherlands Antilles after FIPS 10-4 froze",
            "UMI", "U.S. Minor Outlying Islands: one FIPS code per island, none for the group");

    private static FipsCountryCodes fips;

    @BeforeAll
    static void load() throws Exception {
        fips = FipsCountryCodes.builtIn();
    }

    @Test
    void theClassicTrapsHaveTheirFipsCodes() {
        Map<String, String> traps = Map.ofEntries(
                Map.entry("DEU", "GM"), Map.entry("AUT", "AU"), Map.entry("AUS", "AS"), Map.entry("ASM", "AQ"),
                Map.entry("ESP", "SP"), Map.entry("SWE", "SW"), Map.entry("CHE", "SZ"), Map.entry("SWZ", "WZ"),
                Map.entry("JPN", "JA"), Map.entry("KOR", "KS"), Map.entry("PRK", "KN"), Map.entry("VNM", "VM"),
                Map.entry("PHL", "RP"), Map.entry("TCD", "CD"), Map.entry("COD", "CG"), Map.entry("COG", "CF"),
                Map.entry("NER", "NG"), Map.entry("NGA", "NI"), Map.entry("BFA", "UV"), Map.entry("ISR", "IS"),
                Map.entry("ISL", "IC"), Map.entry("IRL", "EI"), Map.entry("LBN", "LE"), Map.entry("LSO", "LT"),
                Map.entry("LTU", "LH"), Map.entry("LVA", "LG"), Map.entry("LBR", "LI"), Map.entry("LIE", "LS"),
                Map.entry("MDG", "MA"), Map.entry("MAR", "MO"), Map.entry("MNG", "MG"), Map.entry("MNE", "MJ"),
                Map.entry("SRB", "RI"), Map.entry("XKX", "KV"), Map.entry("BIH", "BK"), Map.entry("SVK", "LO"),
                Map.entry("SVN", "SI"), Map.entry("CZE", "EZ"), Map.entry("BLR", "BO"), Map.entry("BOL", "BL"),
                Map.entry("BHR", "BA"), Map.entry("BHS", "BF"), Map.entry("BGD", "BG"), Map.entry("BGR", "BU"),
                Map.entry("MMR", "BM"), Map.entry("BDI", "BY"), Map.entry("BWA", "BC"), Map.entry("BEN", "BN"),
                Map.entry("CHL", "CI"), Map.entry("CHN", "CH"), Map.entry("IRQ", "IZ"), Map.entry("NAM", "WA"),
                Map.entry("OMN", "MU"), Map.entry("PLW", "PS"), Map.entry("PRY", "PA"), Map.entry("PRT", "PO"),
                Map.entry("PRI", "RQ"), Map.entry("LKA", "CE"), Map.entry("SSD", "OD"), Map.entry("TUR", "TU"),
                Map.entry("UKR", "UP"), Map.entry("ZAF", "SF"), Map.entry("ZMB", "ZA"), Map.entry("ZWE", "ZI"),
                Map.entry("ESH", "WI"), Map.entry("SGP", "SN"), Map.entry("SEN", "SG"), Map.entry("DZA", "AG"),
                Map.entry("AZE", "AJ"), Map.entry("ABW", "AA"), Map.entry("GBR", "UK"), Map.entry("RUS", "RS"),
                Map.entry("SYR", "SY"), Map.entry("GNB", "PU"), Map.entry("GIN", "GV"), Map.entry("HND", "HO"),
                Map.entry("KWT", "KU"), Map.entry("TJK", "TI"), Map.entry("TKM", "TX"), Map.entry("DOM", "DR"),
                Map.entry("DMA", "DO"), Map.entry("GMB", "GA"), Map.entry("GAB", "GB"), Map.entry("EST", "EN"));
        traps.forEach((iso3, code) -> assertThat(fips.of(iso3)).as(iso3).isEqualTo(code));
    }

    @Test
    void palestineIsTwoFipsEntities() {
        assertThat(fips.of("PSE", "Gaza Strip")).isEqualTo("GZ");
        assertThat(fips.of("PSE", "West Bank")).isEqualTo("WE");
        assertThat(fips.of("PSE")).isEqualTo("WE");
        assertThat(fips.of(new Location("Gaza", "PSE", "Gaza Strip", 31.5016, 34.4667, Location.Precision.CITY)))
                .isEqualTo("GZ");
        assertThat(fips.of("SYR", "Aleppo")).as("a region without a row of its own").isEqualTo("SY");
    }

    @Test
    void anUnknownCodeHasNoFipsCode() {
        assertThat(fips.of("ZZZ")).isNull();
        assertThat(fips.of("UMI")).isNull();
        assertThat(fips.of("QAT", "Gaza Strip")).isEqualTo("QA");
    }

    @Test
    void everyCountryOfTheActorTableHasAFipsCode() throws Exception {
        List<String> missing = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.resource("org/parley/actor/countries.tsv").require("code").rows()) {
            String code = row.get("code");
            if (fips.of(code) == null && !NO_FIPS_CODE.containsKey(code)) {
                missing.add(code);
            }
            if (NO_FIPS_CODE.containsKey(code)) {
                assertThat(fips.of(code)).as(code + " is listed as having no FIPS code").isNull();
            }
        }
        assertThat(missing).isEmpty();
    }
}
