package org.parley.geo;

import org.parley.dictionary.InvalidDictionaryException;

/** Test helper: the built-in gazetteer loaded once. */
final class Places {
    private static Gazetteer gazetteer;

    private Places() {
    }

    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            try {
                gazetteer = Gazetteer.builtIn();
            } catch (InvalidDictionaryException e) {
                throw new IllegalStateException(e);
            }
        }
        return gazetteer;
    }
}
