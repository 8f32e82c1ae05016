package org.parley.store;

import java.util.Objects;

/**
 * An actor code as stored: every distinct code any event or sentence has named.
 *
 * @param id   the store's key for it
 * @param code the CAMEO actor code
 * @param name the name it was first stored with
 */
public record StoredActor(long id, String code, String name) {
    public StoredActor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
