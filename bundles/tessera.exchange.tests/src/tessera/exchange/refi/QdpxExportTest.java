package tessera.exchange.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tessera.core.model.Coding;
import tessera.core.model.Document;
import tessera.core.sample.SampleProject;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectStore;
import tessera.core.text.CodePointIndex;

/** The sample project as a .qdpx: valid against REFI-QDA's Project.xsd, GUIDs kept, positions in code points. */
class QdpxExportTest {

    @TempDir
    Path dir;

    private static Map<String, byte[]> unzip(Path file) throws Exception {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                out.put(e.getName(), zip.readAllBytes());
            }
        }
        return out;
    }

    @Test
    void sampleProjectExportsAsValidQdpx() throws Exception {
        try (ProjectStore store = SampleProject.create(dir.resolve("s.tessera"), "tester")) {
            QdpxImportTest.addSetsAndAWordOriginal(store);
            Path qdpx = QdpxExporter.export(store, dir.resolve("sample.qdpx"));
            Map<String, byte[]> entries = unzip(qdpx);
            byte[] qde = entries.get("project.qde");
            // REFI-QDA's Project.xsd (MIT), kept in the test bundle so that every run validates against it
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.newSchema(Path.of("data/Project.xsd").toFile()).newValidator().validate(new StreamSource(
                    new ByteArrayInputStream(qde)));
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            org.w3c.dom.Document xml = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(qde));
            NodeList sources = xml.getElementsByTagNameNS(QdpxExporter.NS, "TextSource");
            assertEquals(store.documents().size(), sources.getLength());
            assertEquals(store.codings(CodingFilter.ALL).size(),
                    xml.getElementsByTagNameNS(QdpxExporter.NS, "PlainTextSelection").getLength());
            assertEquals(store.codebook().size(), xml.getElementsByTagNameNS(QdpxExporter.NS, "Code").getLength());
            assertEquals(store.allMemos().size(), xml.getElementsByTagNameNS(QdpxExporter.NS, "Note").getLength());
            assertEquals(2, xml.getElementsByTagNameNS(QdpxExporter.NS, "Set").getLength());
            assertEquals(2, xml.getElementsByTagNameNS(QdpxExporter.NS, "MemberSource").getLength());
            Document word = store.documentByName("访谈一").orElseThrow();
            assertEquals(5, entries.get("sources/" + word.guid() + ".docx").length, "the Word original travels along");

            // the Japanese text with U+20BB7: its sources/ file and the selections agree in code points
            Document ja = store.documentByName("北九州市の国際環境協力").orElseThrow();
            String text = new String(entries.get("sources/" + ja.guid() + ".txt"), StandardCharsets.UTF_8);
            assertEquals(store.text(ja.id()), text);
            CodePointIndex index = CodePointIndex.of(text);
            Map<String, Coding> byGuid = new HashMap<>();
            store.codings(CodingFilter.document(ja.id())).forEach(c -> byGuid.put(c.guid(), c));
            NodeList codings = xml.getElementsByTagNameNS(QdpxExporter.NS, "Coding");
            int checked = 0;
            for (int i = 0; i < codings.getLength(); i++) {
                Element coding = (Element) codings.item(i);
                Coding c = byGuid.get(coding.getAttribute("guid"));
                if (c != null) {
                    Element selection = (Element) coding.getParentNode();
                    assertEquals(c.start(), Integer.parseInt(selection.getAttribute("startPosition")));
                    assertEquals(c.end(), Integer.parseInt(selection.getAttribute("endPosition")));
                    checked++;
                }
            }
            assertEquals(byGuid.size(), checked, "every coding of the document, by its own GUID");
            assertTrue(text.contains(CodePointIndex.slice(text, index, 0, 3)));
        }
    }
}
