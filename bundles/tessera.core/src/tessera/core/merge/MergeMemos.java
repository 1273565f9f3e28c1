package tessera.core.merge;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Memo;
import tessera.core.model.MemoTarget;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/** Memos: the same GUID (an edit in both copies keeps this project's text), else added on the matched target. */
final class MergeMemos {

    private MergeMemos() {
    }

    static void apply(Tx tx, ProjectSnapshot other, Map<String, Long> documents, Map<String, Long> codes,
            Map<String, Long> codings, MergeReport report) {
        for (ProjectSnapshot.MemoRow m : other.memos()) {
            Optional<Memo> same = tx.allMemos().stream()
                    .filter(x -> x.guid().toLowerCase(Locale.ROOT).equals(m.guid().toLowerCase(Locale.ROOT))).findFirst();
            if (same.isPresent()) {
                if (!same.get().text().equals(m.text())) {
                    report.conflict(NLS.bind(CoreMessages.mergeMemoEdited, excerpt(same.get().text())));
                }
                report.matched(MergeReport.Kind.MEMOS);
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("guid", m.guid());
            row.put("document_id", m.kind() == MemoTarget.Kind.DOCUMENT ? documents.get(m.targetGuid()) : null);
            row.put("code_id", m.kind() == MemoTarget.Kind.CODE ? codes.get(m.targetGuid()) : null);
            row.put("coding_id", m.kind() == MemoTarget.Kind.CODING ? codings.get(m.targetGuid()) : null);
            row.put("coder_id", tx.coderId(m.coder()));
            row.put("text", m.text());
            row.put("created_at", m.created().toString());
            row.put("modified_at", m.modified().toString());
            tx.insert(Table.MEMO, row);
            report.added(MergeReport.Kind.MEMOS);
        }
    }

    private static String excerpt(String text) {
        String line = text.strip().replace('\n', ' ');
        return line.length() > 40 ? line.substring(0, 40) + "..." : line;
    }
}
