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

    @Test
    void openApplyScroll() throws Exception {
        String text = bigChineseText();
        long docId = store.apply(new AddDocument("bench", text, "zh", "txt")).inserted(Table.DOCUMENT);
        int length = text.codePointCount(0, text.length());
        List<Code> codes = store.codebook().inOrder().stream().filter(Code::codable).toList();
        Random random = new Random(42);
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < CODINGS; i++) {
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
        processEvents();

        // the first codings after opening run before the JIT has compiled the path: reported apart ("cold")
        double[] apply = new double[60];
        for (int i = 0; i < apply.length; i++) {
            int at = widget.getText().indexOf("城市", 1000 + i * 12_000);
            widget.setTopIndex(widget.getLineAtOffset(at));
            widget.setSelection(at, at + 2 + i % 5);
            processEvents();
            int before = editor.annotations().size();
            long s = System.nanoTime();
            run("tessera.ui.quickCode", codes.get(i % codes.size()).name());
            widget.update();
            apply[i] = (System.nanoTime() - s) / 1e6;
            if (editor.annotations().size() != before + 1) {
                throw new AssertionError("the coding was not painted");
            }
        }

        double[] warm = Arrays.copyOfRange(apply, 10, apply.length);

        // the floor under "apply": committing one coding with its log entry (fully synced), without the workbench
        double[] commit = new double[30];
        for (int i = 0; i < commit.length; i++) {
            int at = 5000 + i * 20_000;
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
                "{\"bytes\": %d, \"codePoints\": %d, \"codings\": %d, \"openMs\": %.1f,"
                        + " \"applyColdMs\": [%.1f, %.1f, %.1f, %.1f, %.1f],"
                        + " \"applyMs\": {\"p50\": %.1f, \"p95\": %.1f, \"max\": %.1f},"
                        + " \"commitMs\": {\"p50\": %.1f, \"p95\": %.1f},"
                        + " \"scroll\": {\"screens\": %d, \"totalMs\": %.0f, \"p50\": %.1f, \"p95\": %.1f, \"max\": %.1f},"
                        + " \"heapMb\": %d}\n",
                text.getBytes(StandardCharsets.UTF_8).length, length, store.codings(
                        tessera.core.store.CodingFilter.document(docId)).size(), openMs,
                apply[0], apply[1], apply[2], apply[3], apply[4], pct(warm, 50), pct(warm, 95), pct(warm, 100),
                pct(commit, 50), pct(commit, 95), f.length, scrollMs, pct(f, 50), pct(f, 95), pct(f, 100),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        Files.writeString(Path.of(System.getProperty("tessera.bench.editor")), json);
        System.out.println("editor bench: " + json);
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
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < TARGET_BYTES) {
            text.append(source).append("\n\n");
        }
        return text.toString();
    }
}
