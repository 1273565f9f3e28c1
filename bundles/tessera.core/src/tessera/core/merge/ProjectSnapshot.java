package tessera.core.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tessera.core.model.Attribute;
import tessera.core.model.AttributeType;
import tessera.core.model.Code;
import tessera.core.model.Coding;
import tessera.core.model.Document;
import tessera.core.model.ItemSet;
import tessera.core.model.Memo;
import tessera.core.model.MemoTarget;
import tessera.core.model.OriginalFile;
import tessera.core.store.ProjectReader;

/**
 * Another project (a coder's copy) as a merge reads it: every row named by its GUID and every reference by the
 * GUID of what it refers to, so that nothing depends on the other file's ids.
 */
public record ProjectSnapshot(String source, List<DocumentRow> documents, List<CodeRow> codes, List<CodingRow> codings,
        List<MemoRow> memos, List<AttributeRow> attributes, List<ValueRow> values, List<SetRow> sets) {

    public record DocumentRow(String guid, String name, String text, String language, String format,
            OriginalFile original, List<Integer> pageStarts) {
    }

    /** A code, its parent's GUID (null at the top) and its path, parents before children. */
    public record CodeRow(String guid, String parentGuid, String path, String name, String colour, String description,
            boolean codable) {
    }

    public record CodingRow(String guid, String documentGuid, String codeGuid, String coder, int start, int end,
            Instant created) {
    }

    /** A memo; {@code targetGuid} null for the project's memo. */
    public record MemoRow(String guid, MemoTarget.Kind kind, String targetGuid, String coder, String text,
            Instant created, Instant modified) {
    }

    public record AttributeRow(String guid, String name, AttributeType type) {
    }

    public record ValueRow(String documentGuid, String attributeGuid, String attribute, String value) {
    }

    public record SetRow(String guid, String name, String description, List<String> memberGuids) {
    }

    /** Reads everything a merge needs from an open project. */
    public static ProjectSnapshot of(ProjectReader p, String source) {
        Map<Long, String> docGuids = new HashMap<>();
        List<DocumentRow> documents = new ArrayList<>();
        for (Document d : p.documents()) {
            docGuids.put(d.id(), d.guid());
            documents.add(new DocumentRow(d.guid(), d.name(), p.text(d.id()), d.language(), d.sourceFormat(),
                    p.original(d.id()).orElse(null), d.pageStarts()));
        }
        Map<Long, String> codeGuids = new HashMap<>();
        List<CodeRow> codes = new ArrayList<>();
        for (Code c : p.codebook().inOrder()) {
            codeGuids.put(c.id(), c.guid());
            codes.add(new CodeRow(c.guid(), c.parentId() == null ? null : codeGuids.get(c.parentId()),
                    p.codebook().path(c.id()), c.name(), c.colour(), c.description(), c.codable()));
        }
        Map<Long, String> coders = p.coderNames();
        Map<Long, String> codingGuids = new HashMap<>();
        List<CodingRow> codings = new ArrayList<>();
        for (Coding c : p.codings(tessera.core.store.CodingFilter.ALL)) {
            codingGuids.put(c.id(), c.guid());
            codings.add(new CodingRow(c.guid(), docGuids.get(c.documentId()), codeGuids.get(c.codeId()),
                    coders.get(c.coderId()), c.start(), c.end(), c.created()));
        }
        List<MemoRow> memos = new ArrayList<>();
        for (Memo m : p.allMemos()) {
            String target = switch (m.target().kind()) {
                case PROJECT -> null;
                case DOCUMENT -> docGuids.get(m.target().id());
                case CODE -> codeGuids.get(m.target().id());
                case CODING -> codingGuids.get(m.target().id());
            };
            memos.add(new MemoRow(m.guid(), m.target().kind(), target, coders.get(m.coderId()), m.text(), m.created(),
                    m.modified()));
        }
        Map<Long, Attribute> attributeById = new HashMap<>();
        List<AttributeRow> attributes = new ArrayList<>();
        for (Attribute a : p.attributes()) {
            attributeById.put(a.id(), a);
            attributes.add(new AttributeRow(a.guid(), a.name(), a.type()));
        }
        List<ValueRow> values = p.attributeValues().stream().map(v -> new ValueRow(docGuids.get(v.documentId()),
                attributeById.get(v.attributeId()).guid(), attributeById.get(v.attributeId()).name(), v.value())).toList();
        List<SetRow> sets = new ArrayList<>();
        for (ItemSet s : p.sets()) {
            List<String> members = new ArrayList<>();
            s.documentIds().forEach(id -> members.add(docGuids.get(id)));
            s.codeIds().forEach(id -> members.add(codeGuids.get(id)));
            sets.add(new SetRow(s.guid(), s.name(), s.description(), members));
        }
        return new ProjectSnapshot(source, documents, codes, codings, memos, attributes, values, sets);
    }
}
