package tessera.exchange.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.model.Coding;
import tessera.core.sample.SampleProject;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.text.CodePointIndex;
import tessera.exchange.importer.ImportException;

/** .qdpx round trips, files in the styles of MAXQDA, ATLAS.ti and QualCoder, and hostile archives. */
class QdpxImportTest {

    static final String NS = "urn:QDA-XML:project:1.0";
    static final String U = "11111111-1111-1111-1111-111111111111";
    static final String C1 = "22222222-2222-2222-2222-222222222222";
    static final String C2 = "33333333-3333-3333-3333-333333333333";
    static final String S = "44444444-4444-4444-4444-444444444444";

    @TempDir
    Path dir;

    /** What a project says, GUID by GUID, for comparing two projects. */
    private static Set<String> model(ProjectStore s) {
        Set<String> out = new TreeSet<>();
        var book = s.codebook();
        book.inOrder().forEach(c -> out.add("code " + c.guid() + " " + book.path(c.id()) + " " + c.colour() + " "
                + c.codable() + " " + c.description()));
        var names = s.coderNames();
        for (var d : s.documents()) {
            out.add("doc " + d.guid() + " " + d.name() + " " + s.text(d.id()).hashCode());
            for (Coding c : s.codings(CodingFilter.document(d.id()))) {
                out.add("coding " + c.guid() + " " + d.guid() + " " + book.get(c.codeId()).orElseThrow().guid() + " ["
                        + c.start() + "," + c.end() + ") " + names.get(c.coderId()));
            }
        }
        s.attributeValuesByDocument().forEach((doc, values) -> out.add("values " + s.document(doc).orElseThrow()
                .guid() + " " + values));
        s.allMemos().forEach(m -> out.add("memo " + m.guid() + " " + m.target().kind() + " " + m.text()));
        s.sets().forEach(set -> out.add("set " + set.guid() + " " + set.name() + " " + set.description() + " "
                + set.documentIds().stream().map(d -> s.document(d).orElseThrow().guid()).sorted().toList() + " "
                + set.codeIds().stream().map(c -> book.get(c).orElseThrow().guid()).sorted().toList()));
        for (var d : s.documents()) {
            s.original(d.id()).ifPresent(o -> out.add("original " + d.guid() + " " + o.name() + " "
                    + java.util.Arrays.hashCode(o.content())));
        }
        return out;
    }

    @Test
    void exportImportExportKeepsTheSameModel() throws Exception {
        try (ProjectStore sample = SampleProject.create(dir.resolve("s.tessera"), "tester")) {
            addSetsAndAWordOriginal(sample);
            Path first = QdpxExporter.export(sample, dir.resolve("first.qdpx"));
            try (ProjectStore copy = ProjectStores.create(dir.resolve("copy.tessera"), "copy", "tester")) {
                QdpxImporter.Result r = QdpxImporter.importInto(copy, first);
                assertTrue(r.skipped().isEmpty(), r.skipped().toString());
                assertEquals(model(sample), model(copy));
                Path second = QdpxExporter.export(copy, dir.resolve("second.qdpx"));
                try (ProjectStore again = ProjectStores.create(dir.resolve("again.tessera"), "again", "tester")) {
                    QdpxImporter.importInto(again, second);
                    assertEquals(model(sample), model(again));
                }
                long seq = copy.lastSeq();
                tessera.core.store.StoreException twice = assertThrows(tessera.core.store.StoreException.class,
                        () -> QdpxImporter.importInto(copy, first));
                assertTrue(twice.getMessage().contains("imported before"), twice.getMessage());
                assertEquals(seq, copy.lastSeq());
                copy.undo();
                assertTrue(copy.documents().isEmpty(), "one undo takes the whole import back");
            }
        }
    }

    /** Two sets over documents and codes, and a document imported from Word, whose .docx travels as rich text. */
    static void addSetsAndAWordOriginal(ProjectStore p) {
        long doc = p.apply(new tessera.core.ops.AddDocument("访谈一", "城市外交的动力来自地方。", "zh", "docx",
                new tessera.core.model.OriginalFile("访谈一.docx", new byte[] {'P', 'K', 3, 4, 42}), java.util.List.of()))
                .inserted(tessera.core.store.Table.DOCUMENT);
        long set = p.apply(new tessera.core.ops.CreateSet("中方文献", "Chinese sources")).inserted(
                tessera.core.store.Table.SET);
        long first = p.documents().get(0).id();
        long code = p.codebook().inOrder().get(1).id();
        p.apply(new tessera.core.ops.ChangeSetMembers(set, true, java.util.List.of(doc, first), java.util.List.of(code)));
        p.apply(new tessera.core.ops.CreateSet("Empty", ""));
    }

    @Test
    void nvivoStyleWithBracedGuidsCasesSetsWholeSourceCodingsAndAWordFile() throws Exception {
        String g1 = "{AAAAAAAA-0000-0000-0000-000000000001}";
        String qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"" + NS + "\" name=\"n\" origin=\"NVivo 14\">"
                + "<Users><User guid=\"" + U.toUpperCase() + "\" name=\"Lee\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"" + g1 + "\" name=\"Modes\" isCodable=\"true\" color=\"#00FF00\">"
                + "<Description>How cities work together</Description></Code></Codes></CodeBook>"
                + "<Variables><Variable guid=\"{BBBBBBBB-0000-0000-0000-000000000001}\" name=\"Country\" typeOfVariable=\"Text\"/>"
                + "<Variable guid=\"BBBBBBBB-0000-0000-0000-000000000002\" name=\"Year\" typeOfVariable=\"Integer\"/></Variables>"
                + "<Cases><Case guid=\"CCCCCCCC-0000-0000-0000-000000000001\" name=\"Dalian\">"
                + "<VariableValue><VariableRef targetGUID=\"bbbbbbbb-0000-0000-0000-000000000001\"/><TextValue>China</TextValue>"
                + "</VariableValue><VariableValue><VariableRef targetGUID=\"BBBBBBBB-0000-0000-0000-000000000002\"/>"
                + "<IntegerValue>1979</IntegerValue></VariableValue><SourceRef targetGUID=\"{" + S.toUpperCase() + "}\"/>"
                + "</Case><Case guid=\"CCCCCCCC-0000-0000-0000-000000000002\" name=\"Nowhere\"/></Cases>"
                + "<Sources><TextSource guid=\"" + S.toUpperCase() + "\" name=\"interview\" richTextPath=\"internal://R.docx\""
                + " plainTextPath=\"internal://" + S + ".txt\"><Coding guid=\"DDDDDDDD-0000-0000-0000-000000000001\">"
                + "<CodeRef targetGUID=\"aaaaaaaa-0000-0000-0000-000000000001\"/></Coding></TextSource></Sources>"
                + "<Sets><Set guid=\"EEEEEEEE-0000-0000-0000-000000000001\" name=\"Liaoning\"><Description>North-east</Description>"
                + "<MemberSource targetGUID=\"" + S + "\"/><MemberCode targetGUID=\"" + g1 + "\"/>"
                + "<MemberSource targetGUID=\"FFFFFFFF-0000-0000-0000-000000000009\"/></Set></Sets></Project>";
        byte[] docx = {'P', 'K', 3, 4, 7, 7};
        Path p = qdpx("nvivo.qdpx", qde, Map.of("sources/" + S + ".txt", "大连与北九州".getBytes(StandardCharsets.UTF_8),
                "sources/R.docx", docx));
        try (ProjectStore s = ProjectStores.create(dir.resolve("nvivo.tessera"), "n", "tester")) {
            QdpxImporter.Result r = QdpxImporter.importInto(s, p);
            var doc = s.documentByName("interview").orElseThrow();
            assertEquals(S, doc.guid(), "GUIDs in braces and capitals are kept in one form");
            assertEquals(Map.of("Country", "China", "Year", "1979", "Case", "Dalian"),
                    s.attributeValuesByDocument().get(doc.id()), "a case's values go to its sources");
            Coding whole = s.codings(CodingFilter.ALL).get(0);
            assertEquals(0, whole.start());
            assertEquals(6, whole.end(), "a coding of the source is a coding of its whole text");
            assertEquals("tester", s.coderNames().get(whole.coderId()), "no creating user: the importing coder");
            org.junit.jupiter.api.Assertions.assertArrayEquals(docx, s.original(doc.id()).orElseThrow().content());
            var set = s.sets().get(0);
            assertEquals("Liaoning", set.name());
            assertEquals("North-east", set.description());
            assertEquals(java.util.List.of(doc.id()), set.documentIds());
            assertEquals(1, set.codeIds().size());
            assertTrue(r.skipped().stream().anyMatch(x -> x.contains("Nowhere")), r.skipped().toString());
            assertTrue(r.skipped().stream().anyMatch(x -> x.contains("Liaoning") && x.contains("1 members")),
                    r.skipped().toString());
        }
    }

    private Path qdpx(String name, String qde, Map<String, byte[]> files) throws Exception {
        Path p = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(new FileOutputStream(p.toFile()))) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(qde.getBytes(StandardCharsets.UTF_8));
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
        }
        return p;
    }

    private static String project(String origin, int start, int end, String extra) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"" + NS + "\" name=\"p\" origin=\"" + origin
                + "\"><Users><User guid=\"" + U + "\" name=\"Kim\"/></Users><CodeBook><Codes><Code guid=\"" + C1
                + "\" name=\"Drivers\" isCodable=\"false\" color=\"#F00\"><Code guid=\"" + C2
                + "\" name=\"Local\" isCodable=\"true\"/></Code></Codes></CodeBook><Sources><TextSource guid=\"" + S
                + "\" name=\"interview\" plainTextPath=\"internal://" + S + ".txt\"><PlainTextSelection guid=\""
                + "55555555-5555-5555-5555-555555555555\" startPosition=\"" + start + "\" endPosition=\"" + end
                + "\" creatingUser=\"" + U + "\"><Coding guid=\"66666666-6666-6666-6666-666666666666\" creatingUser=\""
                + U + "\"><CodeRef targetGUID=\"" + C2 + "\"/></Coding></PlainTextSelection>" + extra
                + "</TextSource></Sources></Project>";
    }

    private String coded(Path qdpx) throws Exception {
        try (ProjectStore p = ProjectStores.create(dir.resolve(qdpx.getFileName() + ".tessera"), "p", "tester")) {
            QdpxImporter.importInto(p, qdpx);
            Coding c = p.codings(CodingFilter.ALL).get(0);
            String text = p.text(c.documentId());
            assertEquals("Drivers/Local", p.codebook().path(c.codeId()));
            assertEquals("Kim", p.coderNames().get(c.coderId()));
            return CodePointIndex.slice(text, CodePointIndex.of(text), c.start(), c.end());
        }
    }

    @Test
    void maxqdaCountsCrlfAsTwoWithABomInCapitalisedSources() throws Exception {
        String text = "第一行\r\n\uD842\uDFB7田さんは港の人です。";
        byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        int start = text.codePointCount(0, text.indexOf("\uD842"));
        Path p = qdpx("maxqda.qdpx", project("MAXQDA 2022", start, start + 4, ""), Map.of("Sources/" + S + ".txt", bytes));
        assertEquals("\uD842\uDFB7田さん", coded(p));
    }

    @Test
    void atlasTiCountsANewlineAsOneWhileTheFileHasCrlf() throws Exception {
        String text = "第一行\r\n第二行的城市外交";
        int start = "第一行\n第二行的".length();
        Path p = qdpx("atlas.qdpx", project("ATLAS.ti 23", start, start + 4, ""),
                Map.of("sources/" + S + ".txt", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("城市外交", coded(p));
    }

    @Test
    void qualcoderStyleWithNotesAndWhatCannotBeImportedReported() throws Exception {
        String text = "Sister cities meet every year.";
        String extra = "<NoteRef targetGUID=\"77777777-7777-7777-7777-777777777777\"/>";
        String qde = project("QualCoder 3.5", 0, 13, extra).replace("</Sources>", "<PictureSource guid=\""
                + "88888888-8888-8888-8888-888888888888\" name=\"photo\" path=\"internal://x.png\"/></Sources>"
                + "<Notes><Note guid=\"77777777-7777-7777-7777-777777777777\" name=\"n\"><PlainTextContent>Check the date"
                + "</PlainTextContent></Note></Notes>");
        Path p = qdpx("qualcoder.qdpx", qde, Map.of("sources/" + S + ".txt", text.getBytes(StandardCharsets.UTF_8)));
        try (QdpxImporter.Result r = QdpxImporter.read(p)) {
            assertTrue(r.skipped().stream().anyMatch(s -> s.contains("PictureSource")), r.skipped().toString());
        }
        assertEquals("Sister cities", coded(p));
        try (ProjectStore s = ProjectStores.create(dir.resolve("q2.tessera"), "q", "tester")) {
            QdpxImporter.importInto(s, p);
            assertEquals("Check the date", s.allMemos().get(0).text());
            assertEquals(tessera.core.model.MemoTarget.Kind.DOCUMENT, s.allMemos().get(0).target().kind());
        }
    }

    /**
     * project.qde is streamed in two passes: sources may come before the codebook and notes before the sources
     * (out of the schema's order) and still meet their codes and targets; inline text keeps CDATA, entities and
     * characters outside the BMP.
     */
    @Test
    void sectionsOutOfOrderAndInlineTextAreReadAsInOrder() throws Exception {
        String note = "77777777-7777-7777-7777-777777777777";
        String qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"" + NS + "\" name=\"p\">"
                + "<Notes><Note guid=\"" + note + "\" name=\"n\"><PlainTextContent>Ask about 1979</PlainTextContent>"
                + "</Note></Notes><Sources><TextSource guid=\"" + S + "\" name=\"inline\"><PlainTextContent>"
                + "A &amp; B <![CDATA[<met>]]> \uD842\uDFB7\u7530</PlainTextContent><PlainTextSelection guid=\""
                + "55555555-5555-5555-5555-555555555555\" startPosition=\"12\" endPosition=\"14\" creatingUser=\"" + U
                + "\"><Coding guid=\"66666666-6666-6666-6666-666666666666\" creatingUser=\"" + U + "\"><CodeRef targetGUID"
                + "=\"" + C2 + "\"/><NoteRef targetGUID=\"" + note + "\"/></Coding></PlainTextSelection></TextSource>"
                + "</Sources><Users><User guid=\"" + U + "\" name=\"Kim\"/></Users><CodeBook><Codes><Code guid=\"" + C1
                + "\" name=\"Drivers\"><Code guid=\"" + C2 + "\" name=\"Local\"/></Code></Codes></CodeBook></Project>";
        Path p = qdpx("unordered.qdpx", qde, Map.of());
        try (ProjectStore s = ProjectStores.create(dir.resolve("unordered.tessera"), "p", "tester")) {
            QdpxImporter.Result r = QdpxImporter.importInto(s, p);
            assertTrue(r.skipped().isEmpty(), r.skipped().toString());
            var doc = s.documentByName("inline").orElseThrow();
            assertEquals("A & B <met> \uD842\uDFB7\u7530", s.text(doc.id()));
            assertEquals("coding " + "[12,14) Drivers/Local Kim", s.codings(CodingFilter.ALL).stream().map(c -> "coding ["
                    + c.start() + "," + c.end() + ") " + s.codebook().path(c.codeId()) + " " + s.coderNames().get(
                    c.coderId())).reduce("", String::concat));
            assertEquals(tessera.core.model.MemoTarget.Kind.CODING, s.allMemos().get(0).target().kind());
            assertEquals("Ask about 1979", s.allMemos().get(0).text());
        }
    }

    /**
     * GUIDs a file gives twice (two sources, two codings, two notes) leave the later row out, reported, instead of
     * failing the whole import on the project's rule; a source without a GUID gets one.
     */
    @Test
    void guidsGivenTwiceLeaveTheLaterRowOutAndAMissingOneIsMade() throws Exception {
        String coding = "66666666-6666-6666-6666-666666666666";
        String note = "77777777-7777-7777-7777-777777777777";
        java.util.function.BiFunction<String, String, String> source = (guid, name) -> "<TextSource "
                + (guid.isEmpty() ? "" : "guid=\"" + guid + "\" ") + "name=\"" + name + "\"><PlainTextContent>城市外交"
                + name + "</PlainTextContent><PlainTextSelection guid=\"" + java.util.UUID.randomUUID()
                + "\" startPosition=\"0\" endPosition=\"2\"><Coding guid=\"" + coding + "\"><CodeRef targetGUID=\""
                + C2 + "\"/></Coding></PlainTextSelection></TextSource>";
        String qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"" + NS + "\" name=\"p\"><CodeBook>"
                + "<Codes><Code guid=\"" + C2 + "\" name=\"Local\"/></Codes></CodeBook><Sources>" + source.apply(S, "a")
                + source.apply(S, "b") + source.apply("", "c") + "</Sources><Notes><Note guid=\"" + note + "\" name=\"n1\">"
                + "<PlainTextContent>first</PlainTextContent></Note><Note guid=\"" + note + "\" name=\"n2\">"
                + "<PlainTextContent>second</PlainTextContent></Note></Notes></Project>";
        Path p = qdpx("twice.qdpx", qde, Map.of());
        try (ProjectStore s = ProjectStores.create(dir.resolve("twice.tessera"), "p", "tester")) {
            QdpxImporter.Result r = QdpxImporter.importInto(s, p);
            assertEquals(java.util.List.of("a", "c"), s.documents().stream().map(d -> d.name()).sorted().toList());
            assertEquals(S, s.documentByName("a").orElseThrow().guid());
            assertEquals(36, s.documentByName("c").orElseThrow().guid().length(), "a source without a GUID gets one");
            assertEquals(1, s.codings(CodingFilter.ALL).size(), "the coding GUID given again in 'c' is left out");
            assertEquals(java.util.List.of("first"), s.allMemos().stream().map(m -> m.text()).toList());
            String report = r.skipped().toString();
            assertTrue(r.skipped().stream().anyMatch(x -> x.contains("'b'") && x.contains(S)), report);
            assertTrue(r.skipped().stream().anyMatch(x -> x.contains("'c'") && x.contains(coding)), report);
            assertTrue(r.skipped().stream().anyMatch(x -> x.contains("'n2'") && x.contains(note)), report);
        }
    }

    /** A broken source (cut off, or a bomb in its text or Word file) fails the whole import with where, writing nothing. */
    @Test
    void aBrokenSourceLateInTheFileLeavesTheProjectAsItWas() throws Exception {
        String whole = project("x", 0, 2, "");
        Path cut = qdpx("cut.qdpx", whole.substring(0, whole.indexOf("</PlainTextSelection>") + 5), Map.of(
                "sources/" + S + ".txt", "text".getBytes(StandardCharsets.UTF_8)));
        Path bomb = qdpx("sourcebomb.qdpx", whole, Map.of("sources/" + S + ".txt", new byte[40 << 20]));
        Path wordBomb = qdpx("wordbomb.qdpx", whole.replace("name=\"interview\"", "name=\"interview\" richTextPath="
                + "\"internal://W.docx\""), Map.of("sources/" + S + ".txt", "text".getBytes(StandardCharsets.UTF_8),
                "sources/W.docx", new byte[40 << 20]));
        try (ProjectStore s = ProjectStores.create(dir.resolve("broken.tessera"), "b", "tester")) {
            long seq = s.lastSeq();
            ImportException e = assertThrows(ImportException.class, () -> QdpxImporter.importInto(s, cut));
            assertTrue(e.getMessage().contains("cut.qdpx: project.qde"), e.getMessage());
            e = assertThrows(ImportException.class, () -> QdpxImporter.importInto(s, bomb));
            assertTrue(e.getMessage().contains("sourcebomb.qdpx") && e.getMessage().contains(S + ".txt"),
                    e.getMessage());
            e = assertThrows(ImportException.class, () -> QdpxImporter.importInto(s, wordBomb),
                    "an original is checked when read, though its bytes are read again when written");
            assertTrue(e.getMessage().contains("wordbomb.qdpx") && e.getMessage().contains("W.docx"), e.getMessage());
            assertEquals(seq, s.lastSeq(), "nothing was written");
            assertTrue(s.documents().isEmpty());
        }
    }

    @Test
    void hostileAndBrokenArchivesAreRefusedAndTheProjectIsUntouched() throws Exception {
        byte[] ok = "text".getBytes(StandardCharsets.UTF_8);
        Path xxe = qdpx("xxe.qdpx", "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Project xmlns=\"" + NS + "\" name=\"&x;\"/>", Map.of());
        Path slip = qdpx("slip.qdpx", project("x", 0, 2, ""), Map.of("../../evil.txt", ok));
        Path missing = qdpx("missing.qdpx", project("x", 0, 2, ""), Map.of());
        Path bomb = dir.resolve("bomb.qdpx");
        try (ZipOutputStream zip = new ZipOutputStream(new FileOutputStream(bomb.toFile()))) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(new byte[1 << 20]);
            for (int i = 0; i < 100; i++) {
                zip.write(new byte[1 << 20]);
            }
        }
        Path unknownCode = qdpx("unknown.qdpx", project("x", 0, 2, "").replace("<CodeRef targetGUID=\"" + C2,
                "<CodeRef targetGUID=\"99999999-9999-9999-9999-999999999999"), Map.of("sources/" + S + ".txt", ok));
        try (ProjectStore s = ProjectStores.create(dir.resolve("h.tessera"), "h", "tester")) {
            long seq = s.lastSeq();
            for (Path p : java.util.List.of(xxe, slip, missing, bomb)) {
                ImportException e = assertThrows(ImportException.class, () -> QdpxImporter.importInto(s, p), p.toString());
                assertTrue(e.getMessage().contains(p.getFileName().toString()), e.getMessage());
            }
            assertEquals(seq, s.lastSeq(), "nothing was written");
            QdpxImporter.Result r = QdpxImporter.importInto(s, unknownCode);
            assertTrue(r.skipped().stream().anyMatch(x -> x.contains("no code")), r.skipped().toString());
            assertTrue(s.codings(CodingFilter.ALL).isEmpty());
            assertEquals(1, s.documents().size());
        }
    }
}
