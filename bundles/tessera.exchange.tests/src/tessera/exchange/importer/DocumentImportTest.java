package tessera.exchange.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.exchange.importer.ImportReport;

/** Documents written here in each format, read back as the plain text codings refer to; broken ones refused. */
class DocumentImportTest {

    @TempDir
    Path dir;

    @Test
    void docxKeepsReadingOrderWithListsTablesAndFootnotes() throws Exception {
        Path file = dir.resolve("访谈.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("城市外交的动力");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("地方政府是主要行动者。");
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("见北九州市的案例。");
            p.addFootnoteReference(note);
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("城市");
            table.getRow(0).getCell(1).setText("国家");
            table.getRow(1).getCell(0).setText("大连");
            table.getRow(1).getCell(1).setText("中国");
            doc.createParagraph().createRun().setText("The last   paragraph.");
            doc.write(out);
        }
        String text = new DocxReader().read(file).text();
        List<String> lines = List.of(text.split("\n"));
        assertEquals("城市外交的动力", lines.get(0));
        assertEquals("地方政府是主要行动者。", lines.get(1));
        assertTrue(lines.get(2).startsWith("[") && lines.get(2).endsWith("见北九州市的案例。"), "the footnote follows: " + lines);
        assertEquals("城市 | 国家", lines.get(3));
        assertEquals("大连 | 中国", lines.get(4));
        assertEquals("The last paragraph.", lines.get(5));
    }

    private Path twoPagePdf() throws Exception {
        Path file = dir.resolve("report.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (String[] lines : List.of(new String[] {"Sister cities began with trade and coop-", "eration."},
                    new String[] {"Page two speaks of Kitakyushu."})) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLineAtOffset(0, -14);
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void pdfPagesInOrderWithTheirStartsAndHyphensMended() throws Exception {
        Path file = twoPagePdf();
        ExtractedText t = new PdfReader().read(file);
        assertEquals("Sister cities began with trade and cooperation.\nPage two speaks of Kitakyushu.", t.text());
        assertEquals(List.of(0, t.text().indexOf("Page two")), t.pageStarts());
    }

    @Test
    void htmlVisibleTextByBlocks() throws Exception {
        Path file = dir.resolve("page.html");
        Files.writeString(file, "<html><head><title>t</title><style>p{}</style></head><body>"
                + "<h1>城市外交</h1><p>地方<b>政府</b>的\n作用</p><script>alert(1)</script>"
                + "<div hidden>secret</div><table><tr><td>A</td><td>B</td></tr></table>"
                + "<pre>line one\nline two</pre><p>x<br>y</p></body></html>", StandardCharsets.UTF_8);
        assertEquals("城市外交\n地方政府的作用\nA | B\nline one\nline two\nx\ny", new HtmlReader().read(file).text());
    }

    @Test
    void markdownWithoutItsMarkup() throws Exception {
        Path file = dir.resolve("notes.md");
        Files.writeString(file, "# 城市外交\n\n城市之间的*合作*\n日趋增多。See [the paper](http://x).\n\n"
                + "1. first\n2. second\n\n- bullet\n\n```\ncode line\n```\n\n<div>raw</div>\n", StandardCharsets.UTF_8);
        assertEquals("城市外交\n城市之间的合作日趋增多。See the paper.\n1. first\n2. second\n\u2022 bullet\ncode line",
                new MarkdownReader().read(file).text());
    }

    @Test
    void brokenEncryptedAndHostileFilesAreRefusedByName() throws Exception {
        Path notPdf = dir.resolve("broken.pdf");
        Files.write(notPdf, "%PDF-1.7 this is no pdf".getBytes(StandardCharsets.US_ASCII));
        ImportException e = assertThrows(ImportException.class, () -> new PdfReader().read(notPdf));
        assertTrue(e.getMessage().contains("broken.pdf"), e.getMessage());

        Path locked = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            doc.protect(policy);
            doc.save(locked.toFile());
        }
        e = assertThrows(ImportException.class, () -> new PdfReader().read(locked));
        assertTrue(e.getMessage().contains("password"), e.getMessage());

        Path notDocx = dir.resolve("fake.docx");
        Files.write(notDocx, new byte[] {1, 2, 3, 4});
        e = assertThrows(ImportException.class, () -> new DocxReader().read(notDocx));
        assertTrue(e.getMessage().contains("fake.docx"), e.getMessage());

        // a zip bomb dressed as a Word document: one entry inflating a thousandfold
        Path bomb = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(new FileOutputStream(bomb.toFile()))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        e = assertThrows(ImportException.class, () -> new DocxReader().read(bomb));
        assertTrue(e.getMessage().contains("bomb.docx"), e.getMessage());
    }

    private static final String ODF = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"";

    private Path odt(String name, String content, String manifest) throws Exception {
        Path file = dir.resolve(name);
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("styles.xml"));
            zip.write(("<office:document-styles " + ODF + "><office:styles><text:list-style style:name=\"Numbering 1\">"
                    + "<text:list-level-style-number text:level=\"1\" style:num-format=\"1\"/></text:list-style>"
                    + "</office:styles></office:document-styles>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void odtInReadingOrderWithListsTablesNotesAndRuby() throws Exception {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + ODF + ">"
                + "<office:automatic-styles><text:list-style style:name=\"L1\"><text:list-level-style-bullet"
                + " text:level=\"1\" text:bullet-char=\"-\"/></text:list-style></office:automatic-styles>"
                + "<office:body><office:text><text:sequence-decls><text:sequence-decl text:name=\"Table\"/>"
                + "</text:sequence-decls><text:tracked-changes><text:changed-region><text:deletion><text:p>删掉的字"
                + "</text:p></text:deletion></text:changed-region></text:tracked-changes>"
                + "<text:h text:outline-level=\"1\">城市外交的动力</text:h>"
                + "<text:p>地方政府<text:span>是</text:span>主要行动者。<text:note text:note-class=\"footnote\">"
                + "<text:note-citation>1</text:note-citation><text:note-body><text:p>见北九州市的案例。</text:p>"
                + "</text:note-body></text:note></text:p>"
                + "<text:list text:style-name=\"Numbering 1\"><text:list-item><text:p>经济</text:p></text:list-item>"
                + "<text:list-item><text:p>环境</text:p></text:list-item></text:list>"
                + "<text:list text:style-name=\"L1\"><text:list-item><text:p>Dalian</text:p></text:list-item></text:list>"
                + "<table:table><table:table-column/><table:table-row><table:table-cell><text:p>城市</text:p>"
                + "</table:table-cell><table:table-cell><text:p>国家</text:p></table:table-cell></table:table-row>"
                + "<table:table-row><table:table-cell><text:p>北九州</text:p></table:table-cell><table:table-cell>"
                + "<text:p>日本</text:p></table:table-cell></table:table-row></table:table>"
                + "<text:p><text:ruby><text:ruby-base>北九州</text:ruby-base><text:ruby-text>きたきゅうしゅう"
                + "</text:ruby-text></text:ruby>市は<text:s text:c=\"3\"/>港<text:line-break/>の町です。</text:p>"
                + "<text:p>The \uD842\uDFB7 end<office:annotation><text:p>a comment</text:p></office:annotation>.</text:p>"
                + "</office:text></office:body></office:document-content>";
        Path file = odt("城市.odt", content, "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:"
                + "manifest:1.0\"/>");
        List<String> lines = List.of(new OdtReader().read(file).text().split("\n"));
        assertEquals(List.of("城市外交的动力", "地方政府是主要行动者。", "[1] 见北九州市的案例。", "1. 经济", "2. 环境",
                "\u2022 Dalian", "城市 | 国家", "北九州 | 日本", "北九州市は港の町です。", "The \uD842\uDFB7 end."), lines);

        Path locked = odt("locked.odt", content, "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:"
                + "xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/>"
                + "</manifest:file-entry></manifest:manifest>");
        ImportException e = assertThrows(ImportException.class, () -> new OdtReader().read(locked));
        assertTrue(e.getMessage().contains("locked.odt") && e.getMessage().contains("password"), e.getMessage());
        Path entity = odt("entity.odt", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<office:document-content " + ODF + "><office:body><office:text><text:p>&e;</text:p></office:text>"
                + "</office:body></office:document-content>", "<m/>");
        e = assertThrows(ImportException.class, () -> new OdtReader().read(entity));
        assertTrue(e.getMessage().contains("entity.odt") && e.getMessage().contains("DTD"), e.getMessage());
    }

    @Test
    void rtfInItsCodePagesWithUnicodeNotesAndTables() throws Exception {
        String rtf = "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}"
                + "{\\f1\\froman\\fcharset0 Times New Roman;}{\\f2\\fnil\\fcharset128 MS Mincho;}}"
                + "{\\colortbl;\\red255\\green0\\blue0;}{\\*\\generator Writer}{\\info{\\title \\'b3\\'c7}}"
                + "{\\header \\pard page {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}\r\n"
                + "\\pard\\f0 \\'b3\\'c7\\'ca\\'d0\\'cd\\'e2\\'bd\\'bb{\\v hidden}\\par\r\n"
                + "\\pard\\uc1\\u21271?\\u20061?\\u24030?{\\super\\chftn}{\\footnote\\pard{\\super\\chftn} "
                + "\\f1 See the\\~report.}\\f1  and {\\field{\\*\\fldinst HYPERLINK \"http://x\"}{\\fldrslt Dalian}}\\par\r\n"
                + "{\\pict\\pngblip 89504e470d0a}\\pard\\f2 \\'8d\\'60\\'82\\'cc\\'92\\'ac\\f1  \\u55362?\\u57271?\\par\r\n"
                + "\\trowd\\cellx1000\\cellx2000\\pard\\intbl\\f0 A\\cell B\\cell\\row\r\n"
                + "\\pard Last \\{line\\}\\line end\\par}";
        Path file = dir.resolve("城市.rtf");
        Files.writeString(file, rtf, StandardCharsets.US_ASCII);
        List<String> lines = List.of(new RtfReader().read(file).text().split("\n"));
        assertEquals(List.of("城市外交", "北九州 and Dalian", "[1] See the report.", "港の町\uD842\uDFB7", "A | B",
                "Last {line} end"), lines);
        Path notRtf = dir.resolve("fake.rtf");
        Files.writeString(notRtf, "plain words");
        ImportException e = assertThrows(ImportException.class, () -> new RtfReader().read(notRtf));
        assertTrue(e.getMessage().contains("fake.rtf"), e.getMessage());
    }

    @Test
    void theProjectKeepsEachOriginalFileAndThePagesOfAPdf() throws Exception {
        Path pdf = twoPagePdf();
        Path gbk = dir.resolve("北九州.txt");
        Files.write(gbk, "北九州市与大连市\r\n友好城市".getBytes(java.nio.charset.Charset.forName("GB18030")));
        try (ProjectStore store = ProjectStores.create(dir.resolve("o.tessera"), "o", "tester")) {
            ImportReport r = DocumentImporter.importFiles(store, List.of(pdf, gbk), null, null);
            assertTrue(r.failed().isEmpty(), r.failed().toString());
            var report = store.documentByName("report").orElseThrow();
            assertEquals("report.pdf", report.originalName());
            org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(pdf),
                    store.original(report.id()).orElseThrow().content());
            String text = store.text(report.id());
            assertEquals(List.of(0, text.indexOf("Page two")), report.pageStarts());
            assertEquals(2, report.pageAt(text.indexOf("Kitakyushu")));
            var txt = store.documentByName("北九州").orElseThrow();
            assertEquals("北九州市与大连市\n友好城市", store.text(txt.id()));
            org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(gbk),
                    store.original(txt.id()).orElseThrow().content(), "the file as it was, in GB18030 with CRLF");
        }
    }

    @Test
    void oneFailingFileDoesNotStopTheOthers() throws Exception {
        Path md = dir.resolve("a.md");
        Files.writeString(md, "# 标题\n\n正文。", StandardCharsets.UTF_8);
        Path bad = dir.resolve("b.pdf");
        Files.writeString(bad, "not a pdf");
        Path html = dir.resolve("c.html");
        Files.writeString(html, "<p>网页</p>", StandardCharsets.UTF_8);
        Path odd = dir.resolve("d.xyz");
        Files.writeString(odd, "?");
        try (ProjectStore store = ProjectStores.create(dir.resolve("p.tessera"), "p", "tester")) {
            ImportReport r = DocumentImporter.importFiles(store, List.of(md, bad, html, odd), null, null);
            assertEquals(List.of("a", "c"), r.imported().stream().map(ImportReport.Imported::name).toList());
            assertEquals(2, r.failed().size());
            assertTrue(r.failed().get(0).reason().contains("b.pdf"));
            assertTrue(r.failed().get(1).reason().contains("not a format"));
            assertEquals("标题\n正文。", store.text(r.imported().get(0).documentId()));
            assertEquals(2, store.documents().size(), "the failed files left nothing behind");
        }
    }

    @Test
    void filesOfOneNameFromTwoFoldersAreBothImportedAndTheRenameIsReported() throws Exception {
        Path a = Files.createDirectories(dir.resolve("coder-a")).resolve("notes.txt");
        Path b = Files.createDirectories(dir.resolve("coder-b")).resolve("notes.txt");
        Path c = Files.createDirectories(dir.resolve("coder-c")).resolve("notes.md");
        Files.writeString(a, "访谈一：城市外交。", StandardCharsets.UTF_8);
        Files.writeString(b, "Interview two: sister cities.", StandardCharsets.UTF_8);
        Files.writeString(c, "Interview three.", StandardCharsets.UTF_8);
        try (ProjectStore store = ProjectStores.create(dir.resolve("p.tessera"), "p", "tester")) {
            ImportReport r = DocumentImporter.importFiles(store, List.of(a, b, c), null, null);
            assertEquals(List.of("notes", "notes (2)", "notes (3)"),
                    r.imported().stream().map(ImportReport.Imported::name).toList());
            assertEquals(java.util.Arrays.asList(null, "notes", "notes"),
                    r.imported().stream().map(ImportReport.Imported::renamedFrom).toList());
            assertEquals("Interview two: sister cities.", store.text(r.imported().get(1).documentId()));

            // again, asking to skip what is there: the same texts are left out and reported, a new one comes in
            Path d = dir.resolve("coder-a").resolve("notes-2.txt");
            Files.writeString(d, "A new text.", StandardCharsets.UTF_8);
            ImportReport again = DocumentImporter.importFiles(store, List.of(a, b, d), null, true, null);
            assertEquals(List.of("notes-2"), again.imported().stream().map(ImportReport.Imported::name).toList());
            assertEquals(2, again.skipped().size());
            assertTrue(again.skipped().get(1).reason().contains("already in the project as 'notes (2)'"),
                    again.skipped().get(1).reason());
            assertEquals(4, store.documents().size());
        }
    }
}
