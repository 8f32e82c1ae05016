package org.parley.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.parley.store.EventStore;
import org.parley.store.StoreException;

/**
 * A fixed set of open stores shared by request threads. A store is not thread-safe, so each request borrows one for
 * the length of its work; reads run side by side on different connections, writes one at a time. Every write moves
 * the {@link #generation()} on, which is how caches of read results know they are stale.
 */
public final class StorePool implements AutoCloseable {
    /** Opens one more store on the same database. */
    @FunctionalInterface
    public interface Opener {
        EventStore open() throws StoreException;
    }

    /** Work done with a borrowed store. */
    @FunctionalInterface
    public interface Work<T> {
        T run(EventStore store) throws Exception;
    }

    private final List<EventStore> all;
    private final BlockingQueue<EventStore> idle;
    private final ReentrantLock writer = new ReentrantLock();
    private final AtomicLong generation = new AtomicLong();

    private StorePool(List<EventStore> stores) {
        this.all = List.copyOf(stores);
        this.idle = new ArrayBlockingQueue<>(stores.size(), false, stores);
    }

    /** Opens {@code size} stores; on failure closes those already open. */
    public static StorePool open(Opener opener, int size) throws StoreException {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, got " + size);
        }
        List<EventStore> stores = new ArrayList<>(size);
        try {
            for (int i = 0; i < size; i++) {
                stores.add(opener.open());
            }
        } catch (StoreException | RuntimeException e) {
            for (EventStore s : stores) {
                try {
                    s.close();
                } catch (StoreException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
        return new StorePool(stores);
    }

    /** Runs read-only work on a borrowed store. */
    public <T> T read(Work<T> work) throws Exception {
        EventStore store = idle.take();
        try {
            return work.run(store);
        } finally {
            idle.add(store);
        }
    }

    /** Runs work that changes the store, after every earlier write and before any later one. */
    public <T> T write(Work<T> work) throws Exception {
        writer.lock();
        try {
            T result = read(work);
            generation.incrementAndGet();
            return result;
        } finally {
            writer.unlock();
        }
    }

    /** How many writes have completed: read results from an older generation may be stale. */
    public long generation() {
        return generation.get();
    }

    @Override
    public void close() throws StoreException {
        StoreException failure = null;
        for (EventStore s : all) {
            try {
                s.close();
            } catch (StoreException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
