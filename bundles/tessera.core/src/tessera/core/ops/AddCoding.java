package tessera.core.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.Code;
import tessera.core.model.Document;
import tessera.core.model.Label;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.Table;
import tessera.core.store.Tx;

/**
 * Codes [start, end) of a document (Unicode code points, end exclusive) with a code, for the named coder or,
 * when {@code coder} is null, the store's coder.
 */
public record AddCoding(long documentId, long codeId, int start, int end, String coder) implements Operation {

    public AddCoding(long documentId, long codeId, int start, int end) {
        this(documentId, codeId, start, end, null);
    }

    @Override
    public String type() {
        return "coding.add";
    }

    @Override
    public Label label() {
        return Label.of("coding.add");
    }

    @Override
    public void apply(Tx tx) {
        Document doc = Checks.document(tx, documentId);
        Code code = Checks.code(tx, codeId);
        if (!code.codable()) {
            throw new OperationException(NLS.bind(CoreMessages.categoryNotCodable, tx.codebook().path(codeId)));
        }
        Checks.range(doc, start, end);
        long coderId = tx.coderId(coder);
        if (tx.codingAt(documentId, codeId, coderId, start, end).isPresent()) {
            throw new OperationException(NLS.bind(CoreMessages.alreadyCoded,
                    new Object[] {start, end, doc.name(), tx.codebook().path(codeId)}));
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("guid", Tx.newGuid());
        row.put("document_id", documentId);
        row.put("code_id", codeId);
        row.put("coder_id", coderId);
        row.put("start_cp", start);
        row.put("end_cp", end);
        row.put("created_at", tx.nowText());
        tx.insert(Table.CODING, row);
    }
}
