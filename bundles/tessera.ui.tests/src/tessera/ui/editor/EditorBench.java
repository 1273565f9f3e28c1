package tessera.ui.editor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.swt.custom.StyledText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import tessera.core.model.Code;
import tessera.core.model.Document;
import tessera.core.ops.AddCoding;
import tessera.core.ops.AddDocument;
import tessera.core.ops.Batch;
import tessera.core.store.Operation;
import tessera.core.store.Table;

/**
 * The editor benchmark (bench/editor-bench.sh), not a test: it runs only when {@code tessera.bench.editor} names
 * the file for its results. A Chinese document of about 2 MB (the reference article repeated, or the sample's
 * Chinese texts when ../shared is absent) carries 5,000 codings; it measures opening the editor until the text is
 * painted, coding a passage until it is repainted, and scrolling through the whole document a screen at a time.
 */
@EnabledIfSystemProperty(named = "tessera.bench.editor", matches = ".+")
class EditorBench extends EditorFixture {

    static final int CODINGS = 5_000;
    static final int TARGET_BYTES = 2 * 1024 * 1024;

    /** Codings on the document: 5,000 for the benchmark, a few for the smoke test that keeps it working. */
    int codings() {
        return CODINGS;
    }

    /** The document's size in UTF-8 bytes. */
    int targetBytes() {
        return TARGET_BYTES;
    }

    /** How long the editor may lay out wrapped lines after opening before coding is timed. */
    long settleMs() {
        return Long.getLong("tessera.bench.settleMs", 20_000);
    }

    /** Where the results go. */
    Path results() {
        return Path.of(System.getProperty("tessera.bench.editor"));
    }

    @Test
    void openApplyScroll() throws Exception {
        String text = bigChineseText();
        long docId = store.apply(new AddDocument("bench", text, "zh", "txt")).inserted(Table.DOCUMENT);
        int length = text.codePointCount(0, text.length());
        List<Code> codes = store.codebook().inOrder().stream().filter(Code::codable).toList();
        Random random = new Random(42);
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < codings(); i++) {
            int start = random.nextInt(length - 400);
            ops.add(new AddCoding(docId, codes.get(i % codes.size()).id(), start, start + 5 + random.nextInt(300)));
        }
        store.apply(new Batch("bench codings", ops));
        Document doc = store.document(docId).orElseThrow();

        long t0 = System.nanoTime();
        DocumentEditor editor = (DocumentEditor) page.openEditor(new DocumentEditorInput(doc.id(), doc.name()),
                DocumentEditor.ID);
        StyledText widget = editor.textWidget();
        widget.redraw();
        widget.update();
        double openMs = (System.nanoTime() - t0) / 1e6;
        // StyledText measures the heights of wrapped lines in idle time after opening; coding is timed after that
        long idle = System.nanoTime();
        settle(settleMs());
        double layoutMs = (System.nanoTime() - idle) / 1e6;

        // the first codings after opening run before the JIT has compiled the path: reported apart ("cold")
        double[] apply = new double[60];
        for (int i = 0; i < apply.length; i++) {
            // every 12,000 characters in the 2 MB document; closer together in a smaller one
            int at = widget.getText().indexOf("城市", 1000 + i * Math.min(12_000, (length - 2_000) / apply.length));
            widget.setTopIndex(widget.getLineAtOffset(at));
            widget.setSelection(at, at + 2 + i % 5);
            processEvents();
            int before = editor.annotations().size();
            long s = System.nanoTime();
            // the command, then the UI thread's queue only until the editor has followed the change and painted:
            // what a user waits for (idle work StyledText still has queued is not drained here)
            var cmd = org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class)
                    .getCommand("tessera.ui.quickCode");
            org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
                    .executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(cmd,
                            java.util.Map.of(tessera.ui.handlers.CodebookHandlers.VALUE,
                                    codes.get(i % codes.size()).name())), null);
            while (editor.annotations().size() == before) {
                widget.getDisplay().readAndDispatch();
            }
            widget.update();
            editor.stripes().getControl().update();
            apply[i] = (System.nanoTime() - s) / 1e6;
            if (editor.annotations().size() != before + 1) {
                throw new AssertionError("the coding was not painted");
            }
        }

        double[] warm = Arrays.copyOfRange(apply, 10, apply.length);

        // the floor under "apply" on this display: repainting the whole visible text once, nothing changed
        double[] repaint = new double[30];
        for (int i = 0; i < repaint.length; i++) {
            long s = System.nanoTime();
            widget.redraw();
            widget.update();
            repaint[i] = (System.nanoTime() - s) / 1e6;
        }

        // the floor under "apply": committing one coding with its log entry (fully synced), without the workbench
        double[] commit = new double[30];
        for (int i = 0; i < commit.length; i++) {
            int at = 5000 + i * Math.min(20_000, (length - 6_000) / commit.length);
            long s = System.nanoTime();
            store.apply(new AddCoding(docId, codes.get(0).id(), at, at + 7));
            commit[i] = (System.nanoTime() - s) / 1e6;
        }
        processEvents();

        List<Double> frames = new ArrayList<>();
        int page = widget.getClientArea().height;
        long scrollStart = System.nanoTime();
        for (int y = 0; y < widget.getLinePixel(widget.getLineCount()) + widget.getTopPixel(); y += page) {
            long s = System.nanoTime();
            widget.setTopPixel(y);
            widget.update();
            editor.stripes().getControl().update();
            frames.add((System.nanoTime() - s) / 1e6);
            if (widget.getTopPixel() < y) {
                break; // reached the end
            }
        }
        double scrollMs = (System.nanoTime() - scrollStart) / 1e6;
        double[] f = frames.stream().mapToDouble(Double::doubleValue).toArray();

        String json = String.format(java.util.Locale.ROOT,
                "{\"bytes\": %d, \"codePoints\": %d, \"codings\": %d, \"openMs\": %.1f, \"settleMs\": %.0f,"
                        + " \"applyColdMs\": [%.1f, %.1f, %.1f, %.1f, %.1f],"
                        + " \"applyMs\": {\"p50\": %.1f, \"p95\": %.1f, \"max\": %.1f},"
                        + " \"commitMs\": {\"p50\": %.1f, \"p95\": %.1f},"
                        + " \"fullRepaintMs\": {\"p50\": %.1f, \"p95\": %.1f},"
                        + " \"scroll\": {\"screens\": %d, \"totalMs\": %.0f, \"p50\": %.1f, \"p95\": %.1f, \"max\": %.1f},"
                        + " \"heapMb\": %d}\n",
                text.getBytes(StandardCharsets.UTF_8).length, length, store.codings(
                        tessera.core.store.CodingFilter.document(docId)).size(), openMs, layoutMs,
                apply[0], apply[1], apply[2], apply[3], apply[4], pct(warm, 50), pct(warm, 95), pct(warm, 100),
                pct(commit, 50), pct(commit, 95), pct(repaint, 50), pct(repaint, 95), f.length, scrollMs, pct(f, 50), pct(f, 95), pct(f, 100),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        Files.writeString(results(), json);
        System.out.println("editor bench: " + json);
    }

    /** Runs the UI thread's queue until it has been empty for 200 ms, or at most {@code limitMs}. */
    private static void settle(long limitMs) throws InterruptedException {
        long quietSince = System.nanoTime();
        long end = System.nanoTime() + limitMs * 1_000_000L;
        while (System.nanoTime() - quietSince < 200_000_000L && System.nanoTime() < end) {
            if (org.eclipse.swt.widgets.Display.getCurrent().readAndDispatch()) {
                quietSince = System.nanoTime();
            } else {
                Thread.sleep(5);
            }
        }
    }

    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** About 2 MB of Chinese prose in paragraphs: the reference article when it is there, else the sample's. */
    private String bigChineseText() throws Exception {
        Path article = Path.of(System.getProperty("tessera.bench.corpus", "../../../shared/corpus/city-diplomacy-cjk-2016.txt"));
        String source;
        if (Files.isRegularFile(article)) {
            source = Files.readString(article).replace("\r\n", "\n");
        } else {
            StringBuilder b = new StringBuilder();
            for (Document d : store.documents()) {
                if ("zh".equals(d.language())) {
                    b.append(store.text(d.id())).append("\n\n");
                }
            }
            source = b.toString();
        }
        StringBuilder text = new StringBuilder();
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < targetBytes()) {
            text.append(source).append("\n\n");
        }
        return text.toString();
    }
}
