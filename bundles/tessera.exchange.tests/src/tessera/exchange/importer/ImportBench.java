package tessera.exchange.importer;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;

/**
 * The import benchmark (bench/import-bench.sh), not a test: it runs only when {@code tessera.bench.import} names
 * the file for its results. Word and PDF files are written here from the reference article (Chinese, with a CJK
 * font embedded in the PDFs); each set is imported by Tessera and, in the same run, extracted by bare POI
 * ({@code XWPFWordExtractor}) and bare PDFBox ({@code PDFTextStripper}).
 */
@EnabledIfSystemProperty(named = "tessera.bench.import", matches = ".+")
class ImportBench {

    @TempDir
    Path dir;

    // the sizes and files, overridden by ImportBenchSmokeTest to run the same steps at a tiny size in every test run
    Path article() {
        return Path.of(System.getProperty("tessera.bench.article"));
    }

    Path font() {
        return Path.of(System.getProperty("tessera.bench.font", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
    }

    Path results() {
        return Path.of(System.getProperty("tessera.bench.import"));
    }

    /** Word files, each holding the article {@link #copies()} times. */
    int wordFiles() {
        return 20;
    }

    int copies() {
        return 5;
    }

    int pdfFiles() {
        return 5;
    }

    int rounds() {
        return 7;
    }

    @Test
    void docxAndPdf() throws Exception {
        String article = Files.readString(article()).replace("\r\n", "\n");
        List<String> paragraphs = List.of(article.split("\n+"));
        List<Path> docx = new ArrayList<>();
        List<Path> pdf = new ArrayList<>();
        for (int i = 0; i < wordFiles(); i++) {
            Path d = dir.resolve("article-" + i + ".docx");
            try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(d)) {
                for (int copy = 0; copy < copies(); copy++) {
                    for (String p : paragraphs) {
                        doc.createParagraph().createRun().setText(p);
                    }
                }
                doc.write(out);
            }
            docx.add(d);
        }
        Path font = font();
        org.apache.fontbox.ttf.TrueTypeCollection collection = new org.apache.fontbox.ttf.TrueTypeCollection(font.toFile());
        org.apache.fontbox.ttf.TrueTypeFont ttf = collection.getFontByName("WenQuanYiMicroHei");
        for (int i = 0; i < pdfFiles(); i++) {
            Path p = dir.resolve("article-" + i + ".pdf");
            try (PDDocument doc = new PDDocument()) {
                PDFont f = PDType0Font.load(doc, ttf, true);
                List<String> lines = new ArrayList<>();
                for (String raw : paragraphs) {
                    String para = raw.replaceAll("\\s", " "); // the font has no glyph for tabs
                    for (int at = 0; at < para.length(); at += 38) {
                        lines.add(para.substring(at, Math.min(para.length(), at + 38)));
                    }
                }
                for (int start = 0; start < lines.size(); start += 45) {
                    PDPage page = new PDPage();
                    doc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        cs.beginText();
                        cs.setFont(f, 12);
                        cs.newLineAtOffset(50, 740);
                        for (String line : lines.subList(start, Math.min(lines.size(), start + 45))) {
                            cs.showText(line);
                            cs.newLineAtOffset(0, -15);
                        }
                        cs.endText();
                    }
                }
                doc.save(p.toFile());
            }
            pdf.add(p);
        }
        collection.close();
        StringBuilder report = new StringBuilder("{");
        report.append(row("docx", docx, () -> {
            for (Path d : docx) {
                try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(d));
                        XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
                    x.getText();
                }
            }
        })).append(", ");
        report.append(row("pdf", pdf, () -> {
            for (Path p : pdf) {
                try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                    new PDFTextStripper().getText(doc);
                }
            }
        })).append("}\n");
        Files.writeString(results(), report);
        System.out.println("import bench: " + report);
    }

    interface Work {
        void run() throws Exception;
    }

    private String row(String format, List<Path> files, Work bare) throws Exception {
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        // seven rounds, bare and Tessera in turn, the best of each: the JIT warms both alike (three left the
        // ratio swinging between 0.65 and 0.98 on a 2-core machine)
        double bareS = Double.MAX_VALUE;
        double tesseraS = Double.MAX_VALUE;
        double readerS = Double.MAX_VALUE; // Tessera's reader alone, without the store: where the rest goes
        DocumentReader reader = format.equals("docx") ? new DocxReader() : new PdfReader();
        int imported = 0;
        for (int round = 0; round < rounds(); round++) {
            long t = System.nanoTime();
            bare.run();
            bareS = Math.min(bareS, (System.nanoTime() - t) / 1e9);
            try (ProjectStore store = ProjectStores.create(dir.resolve(format + round + ".tessera"), "b", "bench")) {
                t = System.nanoTime();
                imported = DocumentImporter.importFiles(store, files, null, null).imported().size();
                tesseraS = Math.min(tesseraS, (System.nanoTime() - t) / 1e9);
            }
            t = System.nanoTime();
            for (Path f : files) {
                reader.read(f);
            }
            readerS = Math.min(readerS, (System.nanoTime() - t) / 1e9);
        }
        double mb = bytes / 1048576.0;
        return String.format(java.util.Locale.ROOT, "\"%s\": {\"files\": %d, \"imported\": %d, \"MB\": %.2f,"
                + " \"tesseraMBps\": %.2f, \"readerMBps\": %.2f, \"bareMBps\": %.2f, \"ratio\": %.2f}", format,
                files.size(), imported, mb, mb / tesseraS, mb / readerS, mb / bareS, bareS / tesseraS);
    }
}
