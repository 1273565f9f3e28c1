package tessera.core.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.model.Code;
import tessera.core.model.Document;
import tessera.core.model.MemoTarget;
import tessera.core.ops.AddCoding;
import tessera.core.ops.AddMemo;
import tessera.core.ops.CreateCode;
import tessera.core.ops.RenameCode;
import tessera.core.ops.SetAttribute;
import tessera.core.sample.SampleProject;
import tessera.core.store.Applied;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.Table;

/** Two copies coded apart by two coders, merged into the lead's project, merged again, undone. */
class MergeTest {

    @TempDir
    Path dir;

    private static ProjectSnapshot snapshot(Path file) {
        try (ProjectStore copy = ProjectStores.open(file, "reader")) {
            return ProjectSnapshot.of(copy, file.getFileName().toString());
        }
    }

    @Test
    void copiesCodedApartComeBackTogether() throws Exception {
        Path lead = dir.resolve("lead.tessera");
        Path forLi = dir.resolve("li.tessera");
        Path forSato = dir.resolve("sato.tessera");
        try (ProjectStore p = SampleProject.create(lead, "lead")) {
            p.copyTo(forLi);
            p.copyTo(forSato);
        }
        Document doc;
        try (ProjectStore li = ProjectStores.open(forLi, "Li Wei")) {
            doc = li.documentByName("北九州市の国際環境協力").orElseThrow();
            long trust = li.apply(new CreateCode(null, "Trust")).inserted(Table.CODE);
            long coding = li.apply(new AddCoding(doc.id(), trust, 0, 3)).inserted(Table.CODING);
            li.apply(new AddMemo(MemoTarget.coding(coding), "The mayor's word", "Li Wei"));
            long country = li.attributeByName("country").orElseThrow().id();
            li.apply(new SetAttribute(doc.id(), country, "Japan (Fukuoka)"));
        }
        try (ProjectStore sato = ProjectStores.open(forSato, "Sato Yuki")) {
            Code roles = sato.codebook().byPath("Roles").orElseThrow();
            sato.apply(new RenameCode(roles.id(), "Actors"));
            long trust = sato.apply(new CreateCode(null, "Trust")).inserted(Table.CODE); // the same name, its own GUID
            sato.apply(new AddCoding(doc.id(), trust, 5, 9));
            sato.apply(new AddCoding(doc.id(), roles.id(), 1, 4));
            long country = sato.attributeByName("country").orElseThrow().id();
            sato.apply(new SetAttribute(doc.id(), country, "Japon"));
        }
        try (ProjectStore p = ProjectStores.open(lead, "lead")) {
            int codings = p.codings(CodingFilter.ALL).size();
            int codes = p.codebook().size();

            MergeProject fromLi = new MergeProject(snapshot(forLi));
            p.apply(fromLi);
            MergeReport li = fromLi.report();
            assertEquals(1, li.addedOf(MergeReport.Kind.CODES));
            assertEquals(1, li.addedOf(MergeReport.Kind.CODINGS));
            assertEquals(codings, li.matchedOf(MergeReport.Kind.CODINGS), "the shared codings are not doubled");
            assertEquals(1, li.addedOf(MergeReport.Kind.MEMOS));
            assertEquals(5, li.matchedOf(MergeReport.Kind.DOCUMENTS));
            assertEquals(0, li.addedOf(MergeReport.Kind.DOCUMENTS));
            assertEquals(1, li.conflicts().size(), "Japan (Fukuoka) against the lead's value: " + li.conflicts());

            MergeProject fromSato = new MergeProject(snapshot(forSato));
            Applied sato = p.apply(fromSato);
            MergeReport s = fromSato.report();
            assertEquals(0, s.addedOf(MergeReport.Kind.CODES));
            assertEquals(codes + 1, s.matchedOf(MergeReport.Kind.CODES), "Trust matched by name, Actors by GUID");
            assertEquals(2, s.addedOf(MergeReport.Kind.CODINGS));
            assertTrue(s.conflicts().stream().anyMatch(c -> c.contains("'Roles' is 'Actors'")), s.conflicts().toString());
            assertEquals(codes + 1, p.codebook().size(), "Sato's Trust is the Trust Li added");
            assertEquals("Roles", p.codebook().byPath("Roles").orElseThrow().name(), "the lead's name kept");
            assertEquals(codings + 3, p.codings(CodingFilter.ALL).size());
            assertEquals(1, p.allMemos().stream().filter(m -> m.text().equals("The mayor's word")).count());
            assertEquals(2, p.coderNames().values().stream().filter(n -> n.equals("Li Wei") || n.equals("Sato Yuki"))
                    .count());

            long before = p.lastSeq();
            Applied again = p.apply(new MergeProject(snapshot(forLi)));
            assertNull(again.entry(), "merging the same copy twice changes nothing");
            assertEquals(before, p.lastSeq());

            p.undo();
            assertEquals(codings + 1, p.codings(CodingFilter.ALL).size(), "Sato's merge undone in one step");
            assertEquals(sato.entry().seq(), p.changeLog(1).get(0).targetSeq());
            p.redo();
            assertEquals(codings + 3, p.codings(CodingFilter.ALL).size());
            assertEquals("ok", p.integrityCheck());
        }
    }

    @Test
    void theSamePassageCodedInTwoCopiesIsMergedOnce() throws Exception {
        // the same document, range, code and coder under two GUIDs: matched by place, not added twice
        Path lead = dir.resolve("lead2.tessera");
        Path first = dir.resolve("first.tessera");
        Path second = dir.resolve("second.tessera");
        try (ProjectStore p = SampleProject.create(lead, "lead")) {
            p.copyTo(first);
            p.copyTo(second);
        }
        for (Path copy : List.of(first, second)) {
            try (ProjectStore kim = ProjectStores.open(copy, "Kim Minji")) {
                Document doc = kim.documentByName("北九州市の国際環境協力").orElseThrow();
                kim.apply(new AddCoding(doc.id(), kim.codebook().byPath("Roles").orElseThrow().id(), 2, 7));
            }
        }
        try (ProjectStore p = ProjectStores.open(lead, "lead")) {
            int codings = p.codings(CodingFilter.ALL).size();
            MergeProject one = new MergeProject(snapshot(first));
            p.apply(one);
            assertEquals(1, one.report().addedOf(MergeReport.Kind.CODINGS));
            MergeProject two = new MergeProject(snapshot(second));
            p.apply(two);
            assertEquals(0, two.report().addedOf(MergeReport.Kind.CODINGS), "Kim's passage is there already");
            assertEquals(codings + 1, two.report().matchedOf(MergeReport.Kind.CODINGS));
            assertEquals(codings + 1, p.codings(CodingFilter.ALL).size());
        }
    }
}
