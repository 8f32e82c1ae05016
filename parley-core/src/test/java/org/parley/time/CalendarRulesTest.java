package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.api.EventDate;
import org.parley.api.EventDate.Precision;

/** Calendar dates in news sentences, one row per expression, against a story dated Saturday 2019-11-30. */
class CalendarRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fatah and Hamas officials met in Moscow on Feb 12, 2019.     | met        | 2019-02-12 | DAY   | false
            Turkish troops entered northern Syria on October 9, 2019.    | entered    | 2019-10-09 | DAY   | false
            Sudan's military ousted Omar al-Bashir on April 11th, 2019.  | ousted     | 2019-04-11 | DAY   | false
            Protesters stormed the embassy on Sept. 14, 2012.            | stormed    | 2012-09-14 | DAY   | true
            The army shelled the village on Nov. 5 2019, residents said. | shelled    | 2019-11-05 | DAY   | false
            The two leaders met in Cairo on 12 February 2019.            | met        | 2019-02-12 | DAY   | false
            The Security Council adopted it on 22nd December 2016.       | adopted    | 2016-12-22 | DAY   | true
            The ceasefire was signed on 2019-02-12 in Geneva.            | signed     | 2019-02-12 | DAY   | false
            Israel and Hamas agreed a truce in February 2019.            | agreed     | 2019-02-01 | MONTH | false
            Russia annexed Crimea in March 2014.                         | annexed    | 2014-03-01 | MONTH | true
            Washington recognised Jerusalem in December 2017.            | recognised | 2017-12-01 | MONTH | true
            Morsi was ousted by the army in July 2013.                   | ousted     | 2013-07-01 | MONTH | true
            Russia and Turkey signed a memorandum in September of 2018.  | signed     | 2018-09-01 | MONTH | true
            The talks collapsed in mid-October 2018.                     | collapsed  | 2018-10-01 | MONTH | true
            In July, Hamas' deputy leader visited Moscow.                | visited    | 2019-07-01 | MONTH | false
            In December, the two sides resumed talks in Cairo.           | resumed    | 2018-12-01 | MONTH | false
            In May, Washington imposed new sanctions on Tehran.          | imposed    | 2019-05-01 | MONTH | false
            Last July, Iran seized a British-flagged tanker.             | seized     | 2019-07-01 | MONTH | false
            The envoy will visit Gaza in January.                        | visit      | 2020-01-01 | MONTH | false
            The two governments will hold talks next March.              | hold       | 2020-03-01 | MONTH | false
            In mid-October, they met again in Doha.                      | met        | 2019-10-01 | MONTH | false
            Iran seized a British tanker in late July.                   | seized     | 2019-07-01 | MONTH | false
            Egypt reopened the Rafah crossing in early March.            | reopened   | 2019-03-01 | MONTH | false
            At the end of August, Iraqi forces recaptured the town.      | recaptured | 2019-08-01 | MONTH | false
            Israel struck targets in Gaza on November 12.                | struck     | 2019-11-12 | DAY   | false
            Protesters clashed with police on 3 December.                | clashed    | 2018-12-03 | DAY   | false
            The president will travel to Beijing on December 10.         | travel     | 2019-12-10 | DAY   | false
            Hamas won parliamentary elections in 2006.                   | won        | 2006-01-01 | YEAR  | true
            Russia intervened militarily in Syria in 2015.               | intervened | 2015-01-01 | YEAR  | true
            Washington imposed the sanctions in early 2018.              | imposed    | 2018-01-01 | YEAR  | false
            """)
    void datesFromTheCalendar(String sentence, String verb, LocalDate date, Precision precision, boolean historical) {
        EventDate resolved = Dates.of(sentence, verb);
        assertThat(resolved.date()).as("date").isEqualTo(date);
        assertThat(resolved.precision()).as("precision").isEqualTo(precision);
        assertThat(resolved.historical()).as("historical").isEqualTo(historical);
        assertThat(resolved.expression()).as("expression").isNotNull();
    }

    /** Times that are not the event's date: decades, bounds ("since", "by", "until") and the verbs may and march. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Syria's relations with Hamas broke down in the 1990s.     | broke
            Militias have fought over the city since the early 2000s. | fought
            Russia has kept contact with Hamas since 2006.            | kept
            Troops must withdraw by 2021, the minister said.          | withdraw
            Clashes continued until July.                             | continued
            Russia may impose further sanctions on Kyiv.              | impose
            Thousands march in Beirut against the government.         | march
            """)
    void timesThatDateNothing(String sentence, String verb) {
        EventDate resolved = Dates.of(sentence, verb);
        assertThat(resolved).isEqualTo(EventDate.storyDate(Dates.STORY));
    }
}
