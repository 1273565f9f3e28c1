package tessera.core.merge;

import java.util.Map;

import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.Tx;

/**
 * Brings another project that shares documents (a coder's copy) into this one, in one undoable step. Rows match by
 * GUID; documents without a match by identical text, codes by path; a coding this project has already (same
 * document, range, code and coder) is not doubled, so merging twice changes nothing. Where the copies disagree (a
 * code renamed in one, an attribute with two values) this project's value is kept and the report says so.
 */
public record MergeProject(ProjectSnapshot other, MergeReport report) implements Operation {

    public MergeProject(ProjectSnapshot other) {
        this(other, new MergeReport());
    }

    @Override
    public String type() {
        return "project.merge";
    }

    @Override
    public Label label() {
        return Label.of("project.merge", other.source());
    }

    @Override
    public Object arguments() {
        return Map.of("source", other.source(), "documents", other.documents().size(), "codes", other.codes().size(),
                "codings", other.codings().size(), "memos", other.memos().size());
    }

    @Override
    public void apply(Tx tx) {
        report.reset();
        Map<String, Long> documents = MergeDocuments.apply(tx, other, report);
        Map<String, Long> codes = MergeCodes.apply(tx, other, report);
        Map<String, Long> codings = MergeCodings.apply(tx, other, documents, codes, report);
        MergeMemos.apply(tx, other, documents, codes, codings, report);
        MergeAttributes.apply(tx, other, documents, report);
        MergeSets.apply(tx, other, documents, codes, report);
    }
}
