package org.parley.server;

import java.util.Objects;
import org.parley.pipeline.Parley;
import org.parley.trend.ActorResolver;

/**
 * What the routes work with: the coder for ingestion, the stores, and the actor names. Built once; the coder and
 * the resolver are thread-safe, and the pool hands each request a store of its own.
 *
 * @param parley   the coding pipeline
 * @param stores   the store connections
 * @param resolver turns actor codes and names into stored actors
 * @param catalog  completes actor names
 */
public record Backend(Parley parley, StorePool stores, ActorResolver resolver, ActorCatalog catalog) {
    public Backend {
        Objects.requireNonNull(parley, "parley");
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(catalog, "catalog");
    }

    /** A backend over a store pool with the built-in coder and actor dictionary. */
    public static Backend of(Parley parley, StorePool stores, ActorResolver resolver) {
        return new Backend(parley, stores, resolver, ActorCatalog.of(resolver.dictionary()));
    }
}
