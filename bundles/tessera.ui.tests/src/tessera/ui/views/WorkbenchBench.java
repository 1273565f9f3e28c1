package tessera.ui.views;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import tessera.core.model.Code;
import tessera.core.model.Document;
import tessera.core.ops.AddCoding;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.ui.session.ProjectSession;

/**
 * The workbench benchmark (bench/workbench-bench.sh), not a test: it runs only when {@code tessera.bench.workbench}
 * names the file for its results. On the {@link ScaleProject} (10,000 documents, 500 codes, 200,000 codings at scale
 * 1) it measures opening the project until Documents and the Codebook are filled, the Coded Segments of a code with a
 * tenth of the codings, the Matrix view, scrolling the long tables a screen at a time, how long a new coding takes to
 * reach every open view, and the heap the workbench holds. Each time is until the UI thread has done all it queued.
 */
@EnabledIfSystemProperty(named = "tessera.bench.workbench", matches = ".+")
class WorkbenchBench extends SampleWorkbenchTest {

    @Test
    void largeProject() throws Exception {
        double scale = Double.parseDouble(System.getProperty("tessera.bench.scale", "1"));
        Path built = Path.of(System.getProperty("tessera.bench.workbench.project", dir.resolve("built.tessera").toString()));
        String json = measure(page, store, dir, scale, built);
        Files.writeString(Path.of(System.getProperty("tessera.bench.workbench")), json);
        System.out.println("workbench bench: " + json);
    }

    /**
     * Builds the project at {@code built} unless it is there, opens a copy in the workbench and measures it; the
     * results as JSON. CI runs it at a tiny scale ({@link WorkbenchBenchSmokeTest}) so that the benchmark keeps working.
     */
    static String measure(IWorkbenchPage page, ProjectStore sample, Path dir, double scale, Path built)
            throws Exception {
        long b0 = System.nanoTime();
        if (!Files.isRegularFile(built)) {
            ScaleProject.build(built, ScaleProject.sampleParagraphs(sample), scale);
        }
        double buildSeconds = (System.nanoTime() - b0) / 1e9;
        Path file = dir.resolve("workbench.tessera");
        Files.copy(built, file, StandardCopyOption.REPLACE_EXISTING);
        // its search index built beforehand, untimed, as it is on every opening but a project's first: the workbench
        // then opens it from disk in the background, and no build or merge of it shares the cores with what is timed
        try (ProjectStore store = ProjectStores.open(file.toString(), "bench")) {
            tessera.index.ProjectIndex.open(store).close();
        }

        for (String id : new String[] {DocumentsView.ID, CodebookView.ID, SegmentsView.ID}) {
            page.showView(id, null, IWorkbenchPage.VIEW_VISIBLE);
        }
        ProjectSession session = ProjectSession.in(PlatformUI.getWorkbench());
        session.close();
        drained(System.nanoTime());
        System.gc();

        long t0 = System.nanoTime();
        ProjectStore big = ProjectStores.open(file.toString(), "bench");
        session.use(big);
        DocumentsView documents = (DocumentsView) page.findView(DocumentsView.ID);
        CodebookView codebook = (CodebookView) page.findView(CodebookView.ID);
        SegmentsView segments = (SegmentsView) page.findView(SegmentsView.ID);
        int docCount = big.documents().size();
        double openMs = until(t0, () -> documents.viewer().getTable().getItemCount() == docCount
                && codebook.viewer().getTree().getItemCount() > 0);

        Code bigCode = big.codebook().inOrder().stream().filter(c -> c.name().equals(ScaleProject.BIG_CODE))
                .findFirst().orElseThrow();
        long s0 = System.nanoTime();
        codebook.viewer().setSelection(new StructuredSelection(bigCode), true);
        int segmentCount = big.codingCounts().getOrDefault(bigCode.id(), 0);
        double segmentsMs = until(s0, () -> segments.table().getItemCount() == segmentCount);

        double[] documentsScroll = scroll(documents.viewer().getTable());
        double[] segmentsScroll = scroll(segments.table());

        long m0 = System.nanoTime();
        page.showView(MatrixView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        double matrixMs = drained(m0);

        // a coding's change reaching every open view: Documents, Codebook, Coded Segments (of that code), Matrix;
        // with the search index open and following each change on its own thread, as in everyday work
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(tessera.ui.session.SearchIndexes.FAMILY, null);
        Document first = big.documents().get(0);
        double[] change = new double[40];
        for (int i = 0; i < change.length; i++) {
            int start = 3 + i;
            long c0 = System.nanoTime();
            big.apply(new AddCoding(first.id(), bigCode.id(), start, start + 2));
            int expected = segmentCount + i + 1;
            change[i] = until(c0, () -> segments.table().getItemCount() == expected);
        }
        double[] warm = Arrays.copyOfRange(change, 10, change.length);

        System.gc();
        long heapMb = usedHeapMb();
        return String.format(Locale.ROOT,
                "{\"scale\": %s, \"documents\": %d, \"codes\": %d, \"codings\": %d, \"buildSeconds\": %.1f,"
                        + " \"openMs\": %.0f, \"segments\": %d, \"segmentsMs\": %.0f, \"matrixMs\": %.0f,"
                        + " \"scrollDocumentsMs\": {\"screens\": %d, \"p50\": %.1f, \"p95\": %.1f, \"max\": %.1f},"
                        + " \"scrollSegmentsMs\": {\"screens\": %d, \"p50\": %.1f, \"p95\": %.1f, \"max\": %.1f},"
                        + " \"changeColdMs\": [%.1f, %.1f, %.1f], \"changeMs\": {\"p50\": %.1f, \"p95\": %.1f, \"max\": %.1f},"
                        + " \"heapUsedAfterGcMb\": %d, \"maxHeapMb\": %d}%n",
                scale, docCount, big.codebook().inOrder().size(), big.codingCount(), buildSeconds, openMs,
                segmentCount, segmentsMs, matrixMs, documentsScroll.length, pct(documentsScroll, 50),
                pct(documentsScroll, 95), pct(documentsScroll, 100), segmentsScroll.length, pct(segmentsScroll, 50),
                pct(segmentsScroll, 95), pct(segmentsScroll, 100), change[0], change[1], change[2], pct(warm, 50),
                pct(warm, 95), pct(warm, 100), heapMb, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("workbench bench: " + what);
        }
    }

    /** Scrolls a table from top to bottom a screen at a time (at most 200 screens); each frame's time. */
    private static double[] scroll(Table table) {
        List<Double> frames = new ArrayList<>();
        int rows = Math.max(1, table.getClientArea().height / Math.max(1, table.getItemHeight()));
        int step = Math.max(rows, table.getItemCount() / 200);
        for (int top = 0; top < table.getItemCount(); top += step) {
            long s = System.nanoTime();
            table.setTopIndex(top);
            table.update();
            while (Display.getCurrent().readAndDispatch()) {
                // the rows' SetData, when the table is virtual
            }
            table.update();
            frames.add((System.nanoTime() - s) / 1e6);
        }
        return frames.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Milliseconds from {@code start} until {@code done} holds and the UI thread has run everything queued so far
     * (the views' refreshes are queued by the time the change or the opening returns). Not "until idle": the
     * workbench looks for other processes' changes every 200 ms, so its queue is never idle for long.
     */
    private static double until(long start, BooleanSupplier done) throws InterruptedException {
        long deadline = start + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            while (Display.getCurrent().readAndDispatch()) {
                // run what is queued
            }
            if (done.getAsBoolean()) {
                return (System.nanoTime() - start) / 1e6;
            }
            Thread.sleep(1);
        }
        throw new AssertionError("workbench bench: the views did not fill in 300 s");
    }

    private static double drained(long start) throws InterruptedException {
        return until(start, () -> true);
    }

    private static long usedHeapMb() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used >> 20;
    }

    private static double pct(double[] values, int p) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
