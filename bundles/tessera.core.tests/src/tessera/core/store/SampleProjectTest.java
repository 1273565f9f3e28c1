package tessera.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.model.Coding;
import tessera.core.model.Document;
import tessera.core.model.MemoTarget;
import tessera.core.sample.SampleProject;
import tessera.core.text.CodePointIndex;

class SampleProjectTest {

    @TempDir
    Path dir;

    @Test
    void sampleHoldsDocumentsCodebookAttributesAndThreeCoders() throws Exception {
        try (ProjectStore s = SampleProject.create(dir.resolve("sample.tessera"), "reader")) {
            List<Document> docs = s.documents();
            assertEquals(SampleProject.NAME, s.projectName());
            assertEquals(5, docs.size());
            assertEquals(Set.of("zh", "en", "ja"), Set.copyOf(docs.stream().map(Document::language).toList()));
            assertEquals(List.of("Kim Minji", "Li Wei", "Sato Yuki"), s.coders().stream().map(c -> c.name()).toList());
            long kim = s.coderByName("Kim Minji").orElseThrow().id();
            List<Coding> second = s.codings(CodingFilter.ALL).stream().filter(c -> c.coderId() == kim).toList();
            assertEquals(15, second.size(), "Kim Minji's independent second coding");
            assertEquals(5, second.stream().map(Coding::documentId).distinct().count(), "of every document");
            assertTrue(s.codebook().byPath("Modes/Transnational city networks").isPresent());
            assertTrue(!s.codebook().byPath("Drivers").orElseThrow().codable());
            assertEquals(3, s.attributes().size());
            assertEquals(1, s.memos(MemoTarget.PROJECT).size());
            assertEquals("ok", s.integrityCheck());
        }
    }

    @Test
    void aFreshSampleHasNothingToUndoAndTheUsersFirstChangeIsTheFirstUndo() throws Exception {
        try (ProjectStore s = SampleProject.create(dir.resolve("sample.tessera"), "reader")) {
            assertTrue(!s.canUndo(), "the sample was built by " + SampleProject.AUTHOR + ", not by the reader");
            assertTrue(!s.canRedo());
            assertEquals(SampleProject.AUTHOR, s.changeLog(1).get(0).coder());
            s.apply(new tessera.core.ops.CreateCode(null, "Tourism"));
            assertEquals("Create code \"Tourism\"", s.undoLabel().orElseThrow());
            s.undo();
            assertTrue(!s.canUndo(), "one undo, and the sample is as it was made");
            assertTrue(s.codebook().byPath("Drivers").isPresent());
        }
    }

    @Test
    void codingOutsideTheBmpCoversExactlyItsPassage() throws Exception {
        try (ProjectStore s = SampleProject.create(dir.resolve("sample.tessera"), "reader")) {
            Document ja = s.documentByName("北九州市の国際環境協力").orElseThrow();
            String text = s.text(ja.id());
            CodePointIndex index = CodePointIndex.of(text);
            long roles = s.codebook().byPath("Roles").orElseThrow().id();
            Coding quote = s.codings(new CodingFilter(ja.id(), Set.of(roles), null)).stream()
                    .filter(c -> CodePointIndex.slice(text, index, c.start(), c.end()).contains("\uD842\uDFB7"))
                    .findFirst().orElseThrow();
            String passage = "元職員の\uD842\uDFB7田さんは、「技術よりも、人と人との信頼が大切だった」と振り返る。";
            assertEquals(passage, CodePointIndex.slice(text, index, quote.start(), quote.end()));
            assertEquals(passage.codePointCount(0, passage.length()), quote.length());
            assertEquals(text.codePointCount(0, text.length()), ja.length());
        }
    }

    @Test
    void codingRangesAreWhereTheFilteredCodingsLie() throws Exception {
        try (ProjectStore s = SampleProject.create(dir.resolve("sample.tessera"), "reader")) {
            long doc = s.documentByName("东北亚城市合作的三重动力").orElseThrow().id();
            long local = s.codebook().byPath("Drivers/Local").orElseThrow().id();
            long kim = s.coderByName("Kim Minji").orElseThrow().id();
            for (CodingFilter f : List.of(CodingFilter.ALL, CodingFilter.document(doc), CodingFilter.codes(Set.of(local)),
                    new CodingFilter(doc, Set.of(local), kim), CodingFilter.codes(Set.of()))) {
                Set<tessera.core.model.CodingRange> expected = new java.util.HashSet<>();
                s.codings(f).forEach(c -> expected.add(new tessera.core.model.CodingRange(c.documentId(), c.codeId(),
                        c.coderId(), c.start(), c.end())));
                List<tessera.core.model.CodingRange> ranges = s.codingRanges(f);
                assertEquals(expected.size(), ranges.size(), f.toString());
                assertEquals(expected, Set.copyOf(ranges), f.toString());
            }
            assertEquals(45, s.codingRanges(CodingFilter.ALL).size());
        }
    }
}
