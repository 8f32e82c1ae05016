package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.api.EventDate;
import org.parley.api.EventDate.Precision;

/** Dates relative to the story (Saturday 2019-11-30) and to earlier dates in the text, one row per expression. */
class RelativeRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The minister said on Wednesday that talks would go on.       | said      | 2019-11-27 | DAY
            On Saturday the army withdrew from the town.                 | withdrew  | 2019-11-30 | DAY
            Israeli jets struck Gaza on Monday night.                    | struck    | 2019-11-25 | DAY
            Sunday's attack killed four soldiers, officials said.        | killed    | 2019-11-24 | DAY
            Iran will resume enrichment on Monday, officials said.       | resume    | 2019-12-02 | DAY
            Last Friday, Turkey shelled Kurdish positions.               | shelled   | 2019-11-29 | DAY
            Israel struck Gaza yesterday.                                | struck    | 2019-11-29 | DAY
            Hamas fired rockets at Israel today.                         | fired     | 2019-11-30 | DAY
            The talks will resume tomorrow in Geneva.                    | resume    | 2019-12-01 | DAY
            Gunmen attacked a checkpoint last night.                     | attacked  | 2019-11-29 | DAY
            The day before yesterday, gunmen attacked a mosque in Kabul. | attacked  | 2019-11-28 | DAY
            The envoy arrived in Kabul last week.                        | arrived   | 2019-11-23 | DAY
            This week, Israel and Hamas agreed a truce.                  | agreed    | 2019-11-30 | DAY
            The foreign ministers will meet next week.                   | meet      | 2019-12-07 | DAY
            Over the weekend, protesters blocked roads in Baghdad.       | blocked   | 2019-11-30 | DAY
            Two days ago, militants attacked a convoy.                   | attacked  | 2019-11-28 | DAY
            Three weeks ago, the army retook the city.                   | retook    | 2019-11-09 | DAY
            Earlier this month, the two sides met in Cairo.              | met       | 2019-11-01 | MONTH
            Iraq's prime minister resigned last month.                   | resigned  | 2019-10-01 | MONTH
            The rebels seized the town six months ago.                   | seized    | 2019-05-01 | MONTH
            Russia and Ukraine exchanged prisoners earlier this year.    | exchanged | 2019-01-01 | YEAR
            Turkey launched an offensive against the Kurds last year.    | launched  | 2018-01-01 | YEAR
            The embassy was attacked a year ago.                         | attacked  | 2018-01-01 | YEAR
            Saudi Arabia will host the summit next year.                 | host      | 2020-01-01 | YEAR
            """)
    void datesRelativeToTheStory(String sentence, String verb, LocalDate date, Precision precision) {
        EventDate resolved = Dates.of(sentence, verb);
        assertThat(resolved.date()).as("date").isEqualTo(date);
        assertThat(resolved.precision()).as("precision").isEqualTo(precision);
        assertThat(resolved.historical()).as("historical").isFalse();
    }

    /** "a few weeks later" counts from the previous date in the document, also one in an earlier sentence. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            On Monday, Israel struck Gaza. Two days later, Hamas fired rockets.       | fired      | 2019-11-27 | DAY
            In mid-October, they met in Doha. A few weeks later, the envoy called.    | called     | 2019-11-01 | MONTH
            In March, the rebels seized the airport. Days later, the army hit back.   | hit        | 2019-03-01 | MONTH
            On Feb 3, 2019, talks opened. The following day, both sides signed.       | signed     | 2019-02-04 | DAY
            On Feb 3, 2019, talks opened. A week later, both sides signed.            | signed     | 2019-02-10 | DAY
            In 2014, Russia annexed Crimea. Two years later, it intervened in Syria.  | intervened | 2016-01-01 | YEAR
            In July, Hamas leaders visited Moscow. Later that month, they met Lavrov. | met        | 2019-07-01 | MONTH
            On Tuesday, the army entered the town. A week later, the rebels withdrew. | withdrew   | 2019-11-30 | DAY
            """)
    void datesRelativeToThePreviousDate(String text, String verb, LocalDate date, Precision precision) {
        EventDate resolved = Dates.of(text, verb);
        assertThat(resolved.date()).as("date").isEqualTo(date);
        assertThat(resolved.precision()).as("precision").isEqualTo(precision);
    }

    /** Spans and habits date nothing: the story date stands. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Over the past decade, Russia has maintained ties with Hamas. | maintained
            In recent weeks, Iran has increased its attacks on shipping. | increased
            Protesters have rallied on Fridays for months.               | rallied
            The army has besieged the town for two years.                | besieged
            """)
    void spansDateNothing(String sentence, String verb) {
        assertThat(Dates.of(sentence, verb)).isEqualTo(EventDate.storyDate(Dates.STORY));
    }
}
