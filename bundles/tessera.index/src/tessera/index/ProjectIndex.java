package tessera.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Version;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import tessera.core.model.Document;
import tessera.core.store.Applied;
import tessera.core.store.ChangeListener;
import tessera.core.store.ProjectStore;
import tessera.index.analysis.CjkBigramAnalyzer;
import tessera.index.analysis.WordAnalyzers;
import tessera.index.internal.IndexMessages;

/**
 * The search index of a project: a Lucene index in {@code P.tessera.index/} beside the project, a cache derived
 * from it. Each commit records the Lucene version, the schema, the analyzers and the last change-log sequence it
 * holds; an index that is missing, unreadable, of another version or ahead of its project is rebuilt, one that is
 * behind catches up from the change log. While open it follows every committed change on a thread of its own, so
 * a coding updates one segment and nothing is rebuilt.
 */
public final class ProjectIndex implements AutoCloseable {

    static final String SEQ = "tessera.seq";
    static final String SCHEMA = "tessera.schema";
    static final String LUCENE = "tessera.lucene";
    static final String ANALYZERS = "tessera.analyzers";
    /** Behind by more changes than this, rebuilding is quicker than replaying. */
    static final int MAX_REPLAY = 5_000;

    private final ProjectStore store;
    private final Path dir;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ExecutorService follower;
    private final ChangeListener listener;
    private final UnitIndexer indexer;
    private volatile long seq;
    /** Why the last update failed, while the index is behind its project; null when it holds every change. */
    private volatile Exception missed;
    /** Tests make this many index updates fail, to check that a failure is never lost. */
    volatile int faultsToInject;
    private final String openedBecause;
    private final System.Logger log = System.getLogger("tessera.index");

    private ProjectIndex(ProjectStore store, Path dir, FSDirectory directory, IndexWriter writer, long seq,
            String openedBecause) throws IOException {
        this.store = store;
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.seq = seq;
        this.openedBecause = openedBecause;
        this.indexer = new UnitIndexer(store, writer);
        this.searchers = new SearcherManager(writer, null);
        this.follower = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tessera-index " + store.path().getFileName());
            t.setDaemon(true);
            return t;
        });
        this.listener = applied -> follower.execute(() -> follow(applied));
    }

    /** The index folder of a project file. */
    public static Path directoryOf(Path project) {
        return project.resolveSibling(project.getFileName() + ".index");
    }

    /** Opens the project's index, rebuilding or catching up first as needed (with progress and cancel). */
    public static ProjectIndex open(ProjectStore store, IProgressMonitor monitor) {
        Path dir = directoryOf(store.path());
        SubMonitor progress = SubMonitor.convert(monitor, IndexMessages.opening, 100);
        try {
            refuseIfInUse(dir);
            String problem = check(dir, store.lastSeq());
            if (problem != null) {
                deleteTree(dir);
            }
            FSDirectory directory = FSDirectory.open(dir);
            IndexWriter writer = new IndexWriter(directory, config());
            long seq = problem == null ? Long.parseLong(SegmentInfos.readLatestCommit(directory).getUserData()
                    .getOrDefault(SEQ, "0")) : 0;
            ProjectIndex index = new ProjectIndex(store, dir, directory, writer, seq,
                    problem == null ? "current" : problem);
            try {
                if (problem != null || store.lastSeq() - seq > MAX_REPLAY) {
                    index.rebuild(progress.split(95));
                } else {
                    index.catchUp(progress.split(95));
                }
            } catch (RuntimeException | IOException e) {
                index.closeQuietly(false);
                throw e;
            }
            store.addListener(index.listener);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("the search index in " + dir + " cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * Lucene lets one writer at a time have an index: while another process (the workbench) has this project's,
     * say so, before anything here reads or rebuilds the folder under it.
     */
    private static void refuseIfInUse(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (FSDirectory d = FSDirectory.open(dir); Lock probe = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            probe.ensureValid();
        } catch (LockObtainFailedException e) {
            throw new IndexUnavailableException(IndexMessages.bind(IndexMessages.inUse, dir), e);
        }
    }

    /** Why an existing index cannot be used as it is, or null when it can. */
    static String check(Path dir, long projectSeq) {
        if (!Files.isDirectory(dir)) {
            return "missing";
        }
        try (FSDirectory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) {
                return "missing";
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(d).getUserData();
            if (!Version.LATEST.toString().equals(data.get(LUCENE))) {
                return "made by Lucene " + data.get(LUCENE) + ", not " + Version.LATEST;
            }
            if (!Integer.toString(Fields.SCHEMA).equals(data.get(SCHEMA))) {
                return "of schema " + data.get(SCHEMA) + ", not " + Fields.SCHEMA;
            }
            if (!WordAnalyzers.ID.equals(data.get(ANALYZERS))) {
                return "made with other analyzers";
            }
            long seq = Long.parseLong(data.getOrDefault(SEQ, "-1"));
            if (seq < 0 || seq > projectSeq) {
                return "not of this project (sequence " + seq + ", project at " + projectSeq + ")";
            }
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                reader.numDocs(); // opening reads every segment's header and checksum of its commit
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "unreadable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        }
    }

    private static IndexWriterConfig config() {
        Map<String, Analyzer> fields = new HashMap<>();
        fields.put(Fields.TEXT, CjkBigramAnalyzer.forIndex());
        for (String key : WordAnalyzers.LANGUAGES) {
            fields.put(WordAnalyzers.field(key), WordAnalyzers.of(key));
        }
        IndexWriterConfig c = new IndexWriterConfig(new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields));
        c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        // a larger buffer means fewer, larger flushes while a rebuild feeds many small units from several threads
        c.setRAMBufferSizeMB(Math.max(64, Math.min(256, Runtime.getRuntime().maxMemory() / 8 / 1048576)));
        c.setCommitOnClose(false);
        return c;
    }

    /** Indexes every document again, from scratch. */
    public synchronized void rebuild(IProgressMonitor monitor) throws IOException {
        long at = store.lastSeq();
        List<Document> documents = store.documents();
        SubMonitor progress = SubMonitor.convert(monitor, IndexMessages.bind(IndexMessages.indexing, documents.size()),
                documents.size() + 1);
        writer.deleteAll();
        UnitIndexer.Context context = indexer.context();
        // IndexWriter takes documents from several threads: analysis (SmartChinese above all) uses every core
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> pending = new java.util.ArrayList<>();
            for (Document d : documents) {
                pending.add(pool.submit(() -> {
                    if (progress.isCanceled()) {
                        return null;
                    }
                    indexer.addDocument(d, context);
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : pending) {
                if (progress.isCanceled()) {
                    // no shutdownNow: an interrupt while Kuromoji or SmartChinese loads its dictionary would break
                    // that analyzer's class for the rest of the session; the tasks see the cancel and stop
                    pool.shutdown();
                    awaitQuietly(pool);
                    writer.rollback();
                    throw new OperationCanceledException();
                }
                try {
                    f.get();
                } catch (ExecutionException e) {
                    pool.shutdown();
                    awaitQuietly(pool);
                    throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new OperationCanceledException();
                }
                progress.worked(1);
            }
            flushInParallel(pool, threads);
        } finally {
            pool.shutdown();
        }
        commit(at);
        progress.worked(1);
    }

    /**
     * Writes the buffered units out as segments on every thread of the pool: a commit flushes all that is left on
     * the calling thread alone, which the profile showed idling the other cores for seconds at the end of a build.
     */
    private void flushInParallel(ExecutorService pool, int threads) throws IOException {
        List<java.util.concurrent.Future<?>> flushes = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            flushes.add(pool.submit(() -> {
                while (writer.flushNextBuffer()) {
                    // each call writes one thread's buffer; the pool's threads take turns until none is left
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> f : flushes) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            }
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void catchUp(IProgressMonitor monitor) throws IOException {
        long last = store.lastSeq();
        SubMonitor progress = SubMonitor.convert(monitor, IndexMessages.updating, (int) Math.max(1, last - seq));
        for (long s = seq + 1; s <= last; s++) {
            indexer.apply(store.changesOf(s), s, false);
            progress.worked(1);
        }
        if (last != seq) {
            commit(last);
        }
    }

    /**
     * Applies one committed change. After a failed update the index is behind: the next change first replays
     * every entry it missed from the change log, and until that works {@link #seq} stays at the last change the
     * index really holds, so nothing that was missed can be overwritten by a later success.
     */
    private void follow(Applied applied) {
        if (applied.entry() == null) {
            return;
        }
        long target = applied.entry().seq();
        try {
            if (missed == null && target == seq + 1) {
                injectFault();
                indexer.apply(applied.changes(), target, true);
            } else {
                replay(target);
            }
            seq = target;
            missed = null;
            writer.setLiveCommitData(commitData(seq).entrySet());
            // no refresh here: a search refreshes first (awaitCurrent), once for all the changes before it. A
            // refresh after each change flushed a segment of one unit while the coder's views were updating, on
            // the same two cores: p95 of a coding reaching every view 130 ms with it (bench/REPORT-workbench.md)
        } catch (IOException | RuntimeException e) {
            if (missed == null) {
                missed = e;
                log.log(System.Logger.Level.WARNING, IndexMessages.bind(IndexMessages.followFailed, target, e), e);
            }
        }
    }

    /** Applies the change-log entries after {@link #seq} up to {@code target} that the index has not seen. */
    private void replay(long target) throws IOException {
        for (long s = seq + 1; s <= target; s++) {
            injectFault();
            indexer.apply(store.changesOf(s), s, false);
        }
    }

    /**
     * Replays what the index missed, up to the project's newest entry, read once: a change another process commits
     * meanwhile is the next follow's, never counted as applied without being so.
     */
    private void catchUpMissed() throws IOException {
        long last = store.lastSeq();
        replay(last);
        seq = last;
        missed = null;
        writer.setLiveCommitData(commitData(last).entrySet());
    }

    /** Tests run this on the thread that follows the project, to hold it back while changes are committed. */
    void onFollowingThread(Runnable task) {
        follower.execute(task);
    }

    private void injectFault() throws IOException {
        if (faultsToInject > 0) {
            faultsToInject--;
            throw new IOException("injected failure");
        }
    }

    private static Map<String, String> commitData(long seq) {
        return Map.of(SEQ, Long.toString(seq), SCHEMA, Integer.toString(Fields.SCHEMA), LUCENE,
                Version.LATEST.toString(), ANALYZERS, WordAnalyzers.ID);
    }

    private void commit(long at) throws IOException {
        writer.setLiveCommitData(commitData(at).entrySet());
        writer.commit();
        seq = at;
        searchers.maybeRefreshBlocking();
    }

    /**
     * Waits until every change committed so far is in the index. Says so rather than searching an index that is
     * still busy after 30 s or that missed a change it cannot replay.
     */
    public void awaitCurrent() {
        try {
            follower.submit(() -> {
                if (missed != null) {
                    try {
                        catchUpMissed();
                    } catch (IOException | RuntimeException e) {
                        missed = e;
                    }
                }
            }).get(30, TimeUnit.SECONDS);
            searchers.maybeRefreshBlocking();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexUnavailableException(IndexMessages.bind(IndexMessages.interrupted, dir), e);
        } catch (TimeoutException e) {
            throw new IndexUnavailableException(IndexMessages.bind(IndexMessages.busy, dir), e);
        } catch (ExecutionException | IOException e) {
            throw new IndexUnavailableException(IndexMessages.bind(IndexMessages.refreshFailed, dir, e), e);
        }
        Exception problem = missed;
        if (problem != null) {
            throw new IndexUnavailableException(IndexMessages.bind(IndexMessages.behind, seq + 1, problem), problem);
        }
    }

    public SearchResult search(String query, SearchOptions options) {
        awaitCurrent();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return new Search(searcher, seq).run(query, options);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index in " + dir + " failed: " + e.getMessage(), e);
        }
    }

    /** Waits for the merges Lucene runs in the background after a build, e.g. before timing queries. */
    public void awaitMerges() {
        if (writer.getConfig().getMergeScheduler() instanceof org.apache.lucene.index.ConcurrentMergeScheduler cms) {
            cms.sync();
        }
    }

    /** The last change-log sequence the index holds. */
    public long seq() {
        return seq;
    }

    /** Why the index was built or caught up when it was opened: "current", "missing", "unreadable (...)". */
    public String openedBecause() {
        return openedBecause;
    }

    /** The number of units (documents, paragraphs, segments) in the index. */
    public int units() {
        awaitCurrent();
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index's size on disk in bytes. */
    public long sizeOnDisk() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    @Override
    public void close() {
        closeQuietly(true);
    }

    private void closeQuietly(boolean commit) {
        store.removeListener(listener);
        follower.shutdown();
        try {
            follower.awaitTermination(60, TimeUnit.SECONDS);
            if (missed != null) {
                catchUpMissed(); // a last try: the failure may have passed
            }
            if (commit && writer.isOpen()) {
                writer.commit();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            if (missed == null) {
                log.log(System.Logger.Level.WARNING, IndexMessages.bind(IndexMessages.saveFailed, dir, e), e);
            }
            missed = e;
        }
        try {
            searchers.close();
            if (writer.isOpen()) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            log.log(System.Logger.Level.WARNING, IndexMessages.bind(IndexMessages.closeFailed, dir, e), e);
        }
        if (missed != null) {
            deleteTree(dir); // it misses a change: next time it is rebuilt
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the old search index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** For callers without a monitor. */
    public static ProjectIndex open(ProjectStore store) {
        return open(store, new NullProgressMonitor());
    }
}
