package dev.papergraph.resolve;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;

/**
 * The resolver's persistent state: every paper with its extraction and resolved keys, and what
 * concepts are made of (statistics per match form, postings, acronym definitions, links, counts).
 * Kept in an MVStore file beside the RDF store; changes become durable together at {@link #commit()},
 * and a crash rolls back to the last commit.
 *
 * <p>Composite keys join their parts with {@link #SEP}, so that the entries of one form, short form or
 * concept are one contiguous key range.
 */
public final class ResolutionIndex implements AutoCloseable {
    public static final char SEP = '\u0001';

    private final MVStore store;
    /** paper id → {@link IncrementalResolver.PaperState} */
    final MVMap<String, Object> papers;
    /** match form → {@link FormStats} of the mentions resolved through it */
    final MVMap<String, Object> forms;
    /** form SEP paper id → present: papers whose mentions or introduced names go through a form */
    final MVMap<String, Object> postings;
    /** form → key of the concept (component) it belongs to */
    final MVMap<String, Object> componentOf;
    /** short form SEP long form SEP paper id → present: acronym definitions */
    final MVMap<String, Object> definitions;
    /** long form SEP short form → number of definitions */
    final MVMap<String, Object> shortFormsOf;
    /** form SEP form → number of papers that expand one short form with both */
    final MVMap<String, Object> doubleLinks;
    /** short form → {@link IncrementalResolver.Senses} */
    final MVMap<String, Object> senses;
    /** form → short forms whose usual sense it heads, as a sorted list */
    final MVMap<String, Object> usualShortForms;
    /** concept key → {@link IncrementalResolver.ConceptState} */
    final MVMap<String, Object> concepts;
    /** concept key → number of papers */
    final MVMap<String, Object> support;
    /** concept key SEP paper id → present */
    final MVMap<String, Object> introduced;
    /** concept key SEP year (four digits) → number of papers of that year naming the concept */
    final MVMap<String, Object> papersPerYear;
    /** key SEP key → number of papers naming both */
    final MVMap<String, Object> coOccurrences;
    /** concept key → number of concepts it co-occurs with */
    final MVMap<String, Object> partnerCount;
    /** concept key → its strongest partners as the graph states them, heaviest first, for concepts with more than that many */
    final MVMap<String, Object> strongestPartners;
    /** subject key SEP relation type SEP object key → number of papers */
    final MVMap<String, Object> relations;
    /** ancestor form SEP concept key → present: concepts whose names have a family with that form */
    final MVMap<String, Object> ancestors;
    /** items written to the RDF store after the last commit: "paper", "concept", "pair", "relation" SEP id */
    final MVMap<String, Object> pending;
    /** settings fixed for the store, such as its support threshold */
    final MVMap<String, Object> meta;

    private ResolutionIndex(MVStore store) {
        this.store = store;
        papers = store.openMap("papers");
        forms = store.openMap("forms");
        postings = store.openMap("postings");
        componentOf = store.openMap("componentOf");
        definitions = store.openMap("definitions");
        shortFormsOf = store.openMap("shortFormsOf");
        doubleLinks = store.openMap("doubleLinks");
        senses = store.openMap("senses");
        usualShortForms = store.openMap("usualShortForms");
        concepts = store.openMap("concepts");
        support = store.openMap("support");
        introduced = store.openMap("introduced");
        papersPerYear = store.openMap("papersPerYear");
        coOccurrences = store.openMap("coOccurrences");
        partnerCount = store.openMap("partnerCount");
        strongestPartners = store.openMap("strongestPartners");
        relations = store.openMap("relations");
        ancestors = store.openMap("ancestors");
        pending = store.openMap("pending");
        meta = store.openMap("meta");
    }

    /** Opens (or creates) the index file. */
    public static ResolutionIndex open(Path file) {
        return new ResolutionIndex(new MVStore.Builder()
                .fileName(file.toString())
                .autoCommitDisabled()
                .cacheSize(256)
                .compress()
                .open());
    }

    /** Rewrites a closed index file with its live data only, in place. */
    public static void compact(Path file) {
        MVStoreTool.compact(file.toString(), true);
    }

    /** An index held in memory, for one-shot runs and builds. */
    public static ResolutionIndex inMemory() {
        return new ResolutionIndex(new MVStore.Builder().autoCommitDisabled().open());
    }

    /**
     * Makes the changes since the last commit durable, then moves live data out of mostly-dead chunks
     * (each commit writes new chunks; without this the file would grow with every batch).
     */
    public void commit() {
        store.commit();
        if (store.getFileStore() != null && store.getFillRate() < 50) {
            // rewrite up to a quarter of the file per commit, so that compaction keeps pace as it grows
            store.compact(80, (int) Math.min(Integer.MAX_VALUE, Math.max(64L << 20, store.getFileStore().size() / 4)));
            store.commit();
        }
    }

    /** Forgets the changes made since the last commit. */
    public void rollback() {
        store.rollback();
    }

    public long paperCount() {
        return papers.sizeAsLong();
    }

    public long conceptCount() {
        return concepts.sizeAsLong();
    }

    public boolean hasPaper(String id) {
        return papers.containsKey(id);
    }

    /**
     * Records the support threshold a store is written with on its first ingest; a later ingest must
     * use the same, since the graph already written left out what it filters.
     */
    public void fixMinSupport(int minSupport) {
        Object fixed = meta.get("minSupport");
        if (fixed == null) {
            meta.put("minSupport", minSupport);
        } else if ((Integer) fixed != minSupport) {
            throw new IllegalArgumentException("this store was written with --min-support " + fixed
                    + ": ingest into it with the same value (to publish another threshold, use export --min-support)");
        }
    }

    /** The layout of the maps an index was written with; older ones miss maps that {@link IncrementalResolver#upgrade} fills. */
    public int layout() {
        Object layout = meta.get("layout");
        return layout == null ? 1 : (Integer) layout;
    }

    void setLayout() {
        if (!Integer.valueOf(LAYOUT).equals(meta.get("layout"))) {
            meta.put("layout", LAYOUT);
        }
    }

    /** The current layout: 2 added each concept's number of partners and the hubs' strongest partners. */
    static final int LAYOUT = 2;

    /** Parts joined into one composite key. */
    public static String key(String... parts) {
        return String.join(String.valueOf(SEP), parts);
    }

    /** The last part of each key that starts with the given parts. */
    static Iterable<String> suffixes(MVMap<String, Object> map, String... prefixParts) {
        String prefix = key(prefixParts) + SEP;
        return () -> new Iterator<>() {
            private final Iterator<String> keys = map.keyIterator(prefix);
            private String next = advance();

            private String advance() {
                if (keys.hasNext()) {
                    String key = keys.next();
                    if (key.startsWith(prefix)) {
                        return key.substring(prefix.length());
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public String next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                String result = next;
                next = advance();
                return result;
            }
        };
    }

    static void count(MVMap<String, Object> map, String key, int delta) {
        Object before = map.get(key);
        int total = (before == null ? 0 : (Integer) before) + delta;
        if (total == 0) {
            map.remove(key);
        } else {
            map.put(key, total);
        }
    }

    static int countOf(MVMap<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? 0 : (Integer) value;
    }

    /** Every pending item, for writing out after a crash. */
    public List<String> pendingItems() {
        return List.copyOf(pending.keySet());
    }

    public void markPending(List<String> items) {
        items.forEach(item -> pending.put(item, PRESENT));
    }

    public void clearPending() {
        pending.clear();
    }

    @Override
    public void close() {
        store.close();
    }

    /** A marker value for set-like maps. */
    static final Serializable PRESENT = Boolean.TRUE;
}
