package tessera.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tessera.core.ops.AddCoding;
import tessera.core.ops.AddDocument;
import tessera.core.ops.CreateCode;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.Table;

/** Agreement computed on a real project: code points outside the BMP, overlapping codings, three coders. */
class ProjectAgreementTest {

    @TempDir
    Path dir;
    ProjectStore store;
    long doc1;
    long doc2;
    long local;

    @BeforeEach
    void project() {
        store = ProjectStores.create(dir.resolve("p.tessera"), "p", "lead");
        // 20 code points each; 𠮷 is one code point and two UTF-16 units
        doc1 = store.apply(new AddDocument("one", "𠮷田市与北九州市的环境合作始于一九八〇年", "zh", "txt")).inserted(Table.DOCUMENT);
        doc2 = store.apply(new AddDocument("two", "Busan and Fukuoka sisters", "en", "txt")).inserted(Table.DOCUMENT);
        local = store.apply(new CreateCode(null, "Local")).inserted(Table.CODE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void code(long doc, int start, int end, String coder) {
        store.apply(new AddCoding(doc, local, start, end, coder));
    }

    @Test
    void charactersOfTwoCodersCountedOverTheContinuum() {
        code(doc1, 0, 4, "A"); // 𠮷田市与
        code(doc1, 2, 6, "A"); // overlaps A's own: the union is [0, 6)
        code(doc1, 3, 8, "B");
        code(doc2, 0, 5, "B"); // "Busan": only B
        AgreementScope scope = AgreementScope.of(store, null, List.of(local), null);
        assertEquals(List.of("A", "B"), scope.coders());
        assertEquals(20 + 25, scope.characters());
        CharacterAgreement.Pair pair = CharacterAgreement.of(scope, true).get(0).pairs().get(0);
        PairCounts c = pair.counts();
        assertEquals(3, c.both(), "[3, 6)");
        assertEquals(3, c.firstOnly(), "[0, 3): 𠮷 counts once");
        assertEquals(2 + 5, c.secondOnly(), "[6, 8) and Busan");
        assertEquals(45 - 3 - 3 - 7, c.neither());
        double tu = 45;
        double a = 6;
        double b = 10;
        double ef = a * b / tu + (tu - a) * (tu - b) / tu;
        assertEquals((3 + c.neither() - ef) / (tu - ef), c.kappa(), 1e-12);
        assertEquals(List.of(new PairCounts(3, 3, 2, 12), new PairCounts(0, 0, 5, 20)),
                pair.byDocument().stream().map(CharacterAgreement.DocumentCounts::counts).toList());
    }

    @Test
    void threeCodersMakeThreePairsAndDisagreementsSayWhoCodedWhat() {
        code(doc1, 0, 6, "A");
        code(doc1, 0, 6, "B");
        code(doc1, 0, 4, "C");
        code(doc2, 10, 17, "C");
        AgreementScope scope = AgreementScope.of(store, null, List.of(local), null);
        List<CharacterAgreement.Pair> pairs = CharacterAgreement.of(scope, false).get(0).pairs();
        assertEquals(List.of("A/B", "A/C", "B/C"), pairs.stream().map(p -> p.first() + "/" + p.second()).toList());
        assertEquals(1.0, pairs.get(0).counts().kappa(), 1e-12, "A and B coded alike");

        List<Disagreements.Stretch> stretches = Disagreements.of(scope);
        assertEquals(2, stretches.size());
        Disagreements.Stretch first = stretches.get(0);
        assertEquals(doc1, first.document().id());
        assertEquals(4, first.start());
        assertEquals(6, first.end());
        assertEquals(List.of("A", "B"), first.coders(), "C stopped at 4");
        Disagreements.Stretch second = stretches.get(1);
        assertEquals(List.of(10, 17, 1), List.of(second.start(), second.end(), second.coders().size()));
        assertEquals("C", second.coders().get(0));
    }

    @Test
    void aCoderWhoCodedNothingStillCountsWhenNamed() {
        code(doc1, 0, 5, "A");
        AgreementScope scope = AgreementScope.of(store, null, List.of(local), List.of("A", "B"));
        PairCounts c = CharacterAgreement.of(scope, false).get(0).pairs().get(0).counts();
        assertEquals(new PairCounts(0, 5, 0, 40), c);
        assertTrue(c.kappa() <= 0.0, "one coder only: no agreement beyond chance");
    }

    @Test
    void documentsAsUnitsForMutuallyExclusiveValues() {
        long tone = store.apply(new CreateCode(null, "Tone", null, "", false)).inserted(Table.CODE);
        long positive = store.apply(new CreateCode(tone, "positive")).inserted(Table.CODE);
        long negative = store.apply(new CreateCode(tone, "negative")).inserted(Table.CODE);
        long doc3 = store.apply(new AddDocument("three", "Kitakyushu and Dalian", "en", "txt")).inserted(Table.DOCUMENT);
        store.apply(new AddCoding(doc1, positive, 0, 2, "A"));
        store.apply(new AddCoding(doc1, positive, 5, 7, "B"));
        store.apply(new AddCoding(doc2, positive, 0, 5, "A"));
        store.apply(new AddCoding(doc2, negative, 0, 5, "B"));
        store.apply(new AddCoding(doc3, negative, 0, 3, "A"));
        store.apply(new AddCoding(doc3, negative, 0, 3, "B"));
        store.apply(new AddCoding(doc3, positive, 5, 8, "C")); // C: one value only, doc3
        store.apply(new AddCoding(doc2, positive, 0, 1, "C"));
        store.apply(new AddCoding(doc2, negative, 2, 3, "C")); // two values in one document: no value, noted

        DocumentAgreement.Group g = DocumentAgreement.of(store, tone, store.documents(), List.of("A", "B", "C"));
        assertEquals(3, g.documents());
        List<List<String>> units = List.of(Arrays.asList("positive", "positive", null),
                Arrays.asList("positive", "negative", null), Arrays.asList("negative", "negative", "positive"));
        assertEquals(NominalAlpha.of(units), g.alpha(), 1e-12);
        assertEquals(1, g.notes().size());
        assertTrue(g.notes().get(0).contains("two") && g.notes().get(0).startsWith("C "), g.notes().get(0));
        CohenKappa.Result ab = g.pairs().get(0).result();
        assertEquals(3, ab.units());
        assertEquals(200.0 / 3, ab.agreement(), 1e-9);
        CohenKappa.Result bc = g.pairs().get(2).result();
        assertEquals(1, bc.units(), "B and C both gave a value to one document only");
        assertEquals(0.0, bc.agreement(), 1e-12);
    }

    @Test
    void aDisagreementResolvedByAdoptingUnionOrIntersection() {
        code(doc1, 0, 6, "A");
        code(doc1, 3, 8, "B");
        AgreementScope scope = AgreementScope.of(store, null, List.of(local), List.of("A", "B"));
        Disagreements.Stretch first = Disagreements.of(scope).get(0);
        assertEquals(List.of(0, 3), List.of(first.start(), first.end()));
        assertEquals("[[0, 6]]", ranges(scope, first, Consensus.Mode.ADOPT, "A"));
        assertEquals("[[3, 8]]", ranges(scope, first, Consensus.Mode.ADOPT, "B"), "B's coding touches the region");
        assertEquals("[[0, 8]]", ranges(scope, first, Consensus.Mode.UNION, null));
        assertEquals("[[3, 6]]", ranges(scope, first, Consensus.Mode.INTERSECTION, null));

        List<int[]> union = Consensus.ranges(scope, doc1, local, first.start(), first.end(), Consensus.Mode.UNION, null);
        long before = store.lastSeq();
        store.apply(Consensus.operation(store, doc1, local, union, "Consensus"));
        assertEquals(before + 1, store.lastSeq(), "one step of undo");
        AgreementScope after = AgreementScope.of(store, null, List.of(local), null);
        assertEquals(List.of("A", "B", "Consensus"), after.coders());
        assertEquals(8, after.spans(local, "Consensus", doc1).length());
        assertEquals(0, ((tessera.core.ops.Batch) Consensus.operation(store, doc1, local, union, "Consensus"))
                .operations().size(), "adopting the same twice adds nothing");
        store.undo();
        assertEquals(List.of("A", "B"), AgreementScope.of(store, null, List.of(local), null).coders());
    }

    private static String ranges(AgreementScope scope, Disagreements.Stretch s, Consensus.Mode mode, String coder) {
        return Consensus.ranges(scope, s.document().id(), s.codeId(), s.start(), s.end(), mode, coder).stream()
                .map(java.util.Arrays::toString).toList().toString();
    }
}
