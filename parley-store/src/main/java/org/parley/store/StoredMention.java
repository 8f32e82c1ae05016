package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;
import org.parley.api.CodedEvent;

/**
 * One report of a stored event: the event as this document coded it, with the counts of the merged event.
 *
 * @param eventId   the merged event's id
 * @param event     the report, with its evidence sentence
 * @param mentions  how many reports the merged event has (GDELT NumMentions)
 * @param documents how many documents report it (GDELT NumArticles)
 * @param sources   how many distinct publishers report it (GDELT NumSources)
 * @param published the reporting document's date
 * @param url       the reporting document's address, or {@code null}
 */
public record StoredMention(long eventId, CodedEvent event, int mentions, int documents, int sources,
                            LocalDate published, String url) {
    public StoredMention {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(published, "published");
        if (mentions < 1 || documents < 1 || sources < 1) {
            throw new IllegalArgumentException("a stored event has at least one mention, document and source");
        }
    }
}
