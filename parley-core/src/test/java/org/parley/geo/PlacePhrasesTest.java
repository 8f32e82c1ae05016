package org.parley.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.api.Location.Precision;

/** Place phrases in news sentences, one row per phrase: the place the predicate is located at. */
class PlacePhrasesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In mid-October, they met again in Doha, Qatar.               | met       | Doha             | QAT | CITY
            Israeli jets struck targets in southern Lebanon on Sunday.   | struck    | Lebanon          | LBN | COUNTRY
            Russian forces shelled positions near Bakhmut overnight.     | shelled   | Bakhmut          | UKR | CITY
            Macron received Zelensky at the Elysee Palace.               | received  | Paris            | FRA | CITY
            Jets bombarded rebels in the northern Syrian city of Aleppo. | bombarded | Aleppo           | SYR | CITY
            Israeli troops raided homes in the West Bank city of Jenin.  | raided    | Janīn            | PSE | CITY
            A missile hit a block in eastern Ukraine's Donetsk region.   | hit       | Donetsk          | UKR | ADMIN1
            Clashes erupted between rival militias in Tripoli, Lebanon.  | erupted   | Tripoli          | LBN | CITY
            Gunmen opened fire in Kramatorsk, Donetsk region.            | opened    | Kramators’k      | UKR | CITY
            Thousands protested in the Syrian capital Damascus.          | protested | Damascus         | SYR | CITY
            Palestinian officials met in the Qatari capital, Doha.       | met       | Doha             | QAT | CITY
            Russian missiles struck the outskirts of Kyiv.               | struck    | Kyiv             | UKR | CITY
            Gunmen attacked a mosque in Kano, northern Nigeria.          | attacked  | Kano             | NGA | CITY
            A car bomb exploded 40 km north of Baghdad on Friday.        | exploded  | Baghdad          | IRQ | CITY
            Fighting raged in Khan Younis in the southern Gaza Strip.    | raged     | Khān Yūnis       | PSE | CITY
            Protesters rallied outside the White House.                  | rallied   | Washington, D.C. | USA | CITY
            Israeli forces raided a camp in the occupied West Bank.      | raided    | West Bank        | PSE | ADMIN1
            Saudi-led aircraft bombed a market in Hodeidah.              | bombed    | Al Ḩudaydah      | YEM | CITY
            Turkish troops advanced near Raqqa.                          | advanced  | Ar Raqqah        | SYR | CITY
            Iraqi forces fought militants in the city of Mosul.          | fought    | Mosul            | IRQ | CITY
            The two presidents met in Sochi on Tuesday.                  | met       | Sochi            | RUS | CITY
            Troops clashed with militants in Balochistan province.       | clashed   | Balochistan      | PAK | ADMIN1
            Airstrikes killed civilians in Idlib province.               | killed    | Idlib            | SYR | ADMIN1
            Ukrainian troops regrouped in the Kharkiv region.            | regrouped | Kharkiv          | UKR | ADMIN1
            Foreign ministers gathered in Geneva for the talks.          | gathered  | Genève           | CHE | CITY
            Anti-government demonstrators marched in Paris.              | marched   | Paris            | FRA | CITY
            Suicide bombers struck a market in Maiduguri.                | struck    | Maiduguri        | NGA | CITY
            The UN envoy held talks in Sanaa with Houthi leaders.        | held      | Sanaa            | YEM | CITY
            Police fired tear gas at crowds in Baghdad's Tahrir Square.  | fired     | Baghdad          | IRQ | CITY
            Kurdish fighters withdrew from positions near Manbij.        | withdrew  | Manbij           | SYR | CITY
            Russian President Vladimir Putin hosted Erdogan in Moscow.   | hosted    | Moscow           | RUS | CITY
            Police arrested dozens of protesters in Hong Kong.           | arrested  | Hong Kong        | HKG | COUNTRY
            Israeli aircraft struck a house in Rafah.                    | struck    | Rafaḩ            | PSE | CITY
            Militants attacked a checkpoint in North Sinai.              | attacked  | North Sinai      | EGY | ADMIN1
            Ministers met in New York at the General Assembly.           | met       | New York City    | USA | CITY
            Israel struck Iranian targets in Syria.                      | struck    | Syria            | SYR | COUNTRY
            Rival forces clashed in Tripoli.                             | clashed   | Tripoli          | LBY | CITY
            Lebanese troops deployed in Tripoli after sectarian clashes. | deployed  | Tripoli          | LBN | CITY
            US officials met their Iranian counterparts in Paris.        | met       | Paris            | FRA | CITY
            Thousands of protesters gathered in Washington.              | gathered  | Washington, D.C. | USA | CITY
            Residents fled the fighting in Kherson.                      | fled      | Kherson          | UKR | CITY
            Russian troops withdrew from positions in Georgia.           | withdrew  | Georgia          | GEO | COUNTRY
            Talks between the two sides were held at the Kremlin.        | held      | Moscow           | RUS | CITY
            Hamas leaders met Egyptian mediators in Cairo.               | met       | Cairo            | EGY | CITY
            Gunmen killed three soldiers in Deir ez-Zor.                 | killed    | Deir ez-Zor      | SYR | CITY
            """)
    void placePhrases(String sentence, String verb, String name, String country, Precision precision) {
        Place place = Places.of(sentence, verb);
        assertThat(place).as("place").isNotNull();
        assertThat(place.name()).as("name").isEqualTo(name);
        assertThat(place.country()).as("country").isEqualTo(country);
        assertThat(place.precision()).as("precision").isEqualTo(precision);
    }

    /** Not places: a longer name, a month, a name used as an actor, a village too small for the gazetteer. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Talks were held at the Paris Peace Forum.                                     | held
            Hamas leaders met Russian officials in March.                                 | met
            Moscow said it would respond to the sanctions.                                | said
            The deal was signed in principle.                                             | signed
            Hezbollah fighters clashed with Israeli troops near the village of Kfar Kila. | clashed
            """)
    void notPlaces(String sentence, String verb) {
        assertThat(Places.of(sentence, verb)).isNull();
    }
}
