package tessera.exchange.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.ops.ChangeSetMembers;
import tessera.core.ops.CreateCode;
import tessera.core.ops.CreateSet;
import tessera.core.sample.SampleProject;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.Table;
import tessera.exchange.importer.ImportException;

/** REFI-QDA codebooks: a valid .qdc out, the same codebook back in, merges into a codebook, and hostile files. */
class QdcTest {

    @TempDir
    Path dir;

    private static Set<String> codebook(ProjectStore s) {
        Set<String> out = new TreeSet<>();
        var book = s.codebook();
        book.inOrder().forEach(c -> out.add(c.guid() + " " + book.path(c.id()) + " " + c.colour() + " " + c.codable()
                + " " + c.description()));
        s.sets().stream().filter(set -> !set.codeIds().isEmpty()).forEach(set -> out.add("set " + set.guid() + " "
                + set.name() + " " + set.codeIds().stream().map(c -> book.get(c).orElseThrow().guid()).sorted().toList()));
        return out;
    }

    @Test
    void theCodebookGoesOutValidAndComesBackTheSame() throws Exception {
        try (ProjectStore sample = SampleProject.create(dir.resolve("s.tessera"), "tester")) {
            long set = sample.apply(new CreateSet("Levels", "the three levels")).inserted(Table.SET);
            List<Long> roots = sample.codebook().roots().stream().map(c -> c.id()).toList();
            sample.apply(new ChangeSetMembers(set, true, List.of(), roots));
            Path qdc = QdcExporter.export(sample, dir.resolve("book.qdc"));
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.newSchema(Path.of("data/Codebook.xsd").toFile()).newValidator().validate(new StreamSource(qdc.toFile()));
            try (ProjectStore copy = ProjectStores.create(dir.resolve("c.tessera"), "c", "tester")) {
                QdcImporter.Result r = QdcImporter.importInto(copy, qdc);
                assertEquals(sample.codebook().size(), r.codesAdded());
                assertEquals(1, r.setsAdded());
                assertTrue(r.skipped().isEmpty(), r.skipped().toString());
                assertEquals(codebook(sample), codebook(copy));
                QdcImporter.Result again = QdcImporter.importInto(copy, qdc);
                assertEquals(0, again.codesAdded(), "the same codebook twice: everything matches");
                assertEquals(codebook(sample), codebook(copy));
            }
        }
    }

    @Test
    void aMaxqdaCodebookMergesIntoTheProjectsCodes() throws Exception {
        String qdc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""
                + " origin=\"MAXQDA 2024\"><Codes><Code guid=\"{5215CC69-B628-4E02-AFB9-9BEEAEE55808}\" name=\"Drivers\""
                + " isCodable=\"false\"><Description>Why cities cooperate</Description>"
                + "<Code guid=\"D7AA29DA-519B-4946-9B90-253B6DB8FD0A\" name=\"Local\" isCodable=\"true\" color=\"#ff0\">"
                + "<Description>城市自身的利益</Description></Code>"
                + "<Code guid=\"0DCEF2F5-E55C-49DA-8C33-9B0803C7AEB4\" name=\"地方\" isCodable=\"true\" color=\"#33cc33\"/>"
                + "</Code></Codes><Sets><Set guid=\"9FA9BCB7-5B59-47A9-8C3E-F65CFFDC7520\" name=\"Core\">"
                + "<MemberCode guid=\"0dcef2f5-e55c-49da-8c33-9b0803c7aeb4\"/><MemberCode guid=\"11111111-2222-3333-4444-555555555555\"/>"
                + "</Set></Sets></CodeBook>";
        Path file = dir.resolve("maxqda.qdc");
        Files.writeString(file, qdc, StandardCharsets.UTF_8);
        try (ProjectStore p = ProjectStores.create(dir.resolve("m.tessera"), "m", "tester")) {
            long drivers = p.apply(new CreateCode(null, "Drivers")).inserted(Table.CODE);
            long local = p.apply(new CreateCode(drivers, "Local", "#123456", "the project's own words", true))
                    .inserted(Table.CODE);
            QdcImporter.Result r = QdcImporter.importInto(p, file);
            assertEquals(3, r.codesRead());
            assertEquals(1, r.codesAdded(), "Drivers and Local matched by name under the same parent");
            assertEquals(1, r.descriptionsAdded(), "Drivers had no description; Local keeps its own");
            assertEquals("the project's own words", p.code(local).orElseThrow().description());
            assertEquals("#123456", p.code(local).orElseThrow().colour());
            var added = p.codebook().byPath("Drivers/地方").orElseThrow();
            assertEquals("0dcef2f5-e55c-49da-8c33-9b0803c7aeb4", added.guid());
            assertEquals("#33cc33", added.colour());
            assertEquals(List.of(added.id()), p.sets().get(0).codeIds());
            assertTrue(r.skipped().stream().anyMatch(s -> s.contains("Core")), r.skipped().toString());
            p.undo();
            assertEquals(2, p.codebook().size(), "one undo takes the merge back");
            assertTrue(p.sets().isEmpty());
        }
    }

    @Test
    void brokenAndHostileCodebooksAreRefusedAndTheProjectIsUntouched() throws Exception {
        Path xxe = dir.resolve("xxe.qdc");
        Files.writeString(xxe, "<?xml version=\"1.0\"?><!DOCTYPE CodeBook [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b"
                + " \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                + "<Code guid=\"5215cc69-b628-4e02-afb9-9beeaee55808\" name=\"&b;\" isCodable=\"true\"/></Codes></CodeBook>");
        Path project = dir.resolve("project.qdc");
        Files.writeString(project, "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>");
        Path truncated = dir.resolve("truncated.qdc");
        Files.writeString(truncated, "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=");
        try (ProjectStore p = ProjectStores.create(dir.resolve("h.tessera"), "h", "tester")) {
            long seq = p.lastSeq();
            for (Path f : List.of(xxe, project, truncated, dir.resolve("missing.qdc"))) {
                ImportException e = assertThrows(ImportException.class, () -> QdcImporter.importInto(p, f));
                assertTrue(e.getMessage().contains(f.getFileName().toString()), e.getMessage());
            }
            assertEquals(seq, p.lastSeq());
            assertEquals(0, p.codebook().size());
        }
    }
}
