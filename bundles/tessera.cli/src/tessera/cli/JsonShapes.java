package tessera.cli;

import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.core.model.Attribute;
import tessera.core.model.ChangeLogEntry;
import tessera.core.model.Codebook;
import tessera.core.model.Coding;
import tessera.core.model.Document;
import tessera.core.model.Memo;
import tessera.core.store.ProjectReader;
import tessera.core.text.CodePointIndex;

/** The JSON shapes of the CLI's answers, documented in the README; positions are Unicode code points. */
final class JsonShapes {

    private JsonShapes() {
    }

    static JsonObject document(Document d, Map<Long, Map<String, String>> attributes, int codings) {
        JsonObject o = new JsonObject();
        o.addProperty("id", d.id());
        o.addProperty("name", d.name());
        o.addProperty("language", d.language());
        o.addProperty("format", d.sourceFormat());
        o.addProperty("length", d.length());
        o.addProperty("codings", codings);
        o.addProperty("imported", d.importedAt().toString());
        if (d.hasOriginal()) {
            o.addProperty("original", d.originalName());
        }
        if (!d.pageStarts().isEmpty()) {
            com.google.gson.JsonArray pages = new com.google.gson.JsonArray();
            d.pageStarts().forEach(pages::add);
            o.add("pageStarts", pages);
        }
        JsonObject attrs = new JsonObject();
        attributes.getOrDefault(d.id(), Map.of()).forEach(attrs::addProperty);
        o.add("attributes", attrs);
        return o;
    }

    static JsonObject coding(ProjectReader store, Codebook book, Coding c, Map<Long, String> coders, String text,
            CodePointIndex index) {
        JsonObject o = new JsonObject();
        o.addProperty("id", c.id());
        o.addProperty("documentId", c.documentId());
        o.addProperty("document", store.document(c.documentId()).map(Document::name).orElse(""));
        o.addProperty("code", book.path(c.codeId()));
        o.addProperty("coder", coders.get(c.coderId()));
        o.addProperty("start", c.start());
        o.addProperty("end", c.end());
        o.addProperty("text", CodePointIndex.slice(text, index, c.start(), c.end()));
        o.addProperty("created", c.created().toString());
        return o;
    }

    static JsonObject memo(Memo m, Map<Long, String> coders) {
        JsonObject o = new JsonObject();
        o.addProperty("id", m.id());
        o.addProperty("on", m.target().kind().name().toLowerCase(java.util.Locale.ROOT));
        o.addProperty("targetId", m.target().id());
        o.addProperty("coder", coders.get(m.coderId()));
        o.addProperty("text", m.text());
        o.addProperty("created", m.created().toString());
        o.addProperty("modified", m.modified().toString());
        return o;
    }

    static JsonObject attribute(Attribute a) {
        JsonObject o = new JsonObject();
        o.addProperty("id", a.id());
        o.addProperty("name", a.name());
        o.addProperty("type", a.type().name().toLowerCase(java.util.Locale.ROOT));
        return o;
    }

    static JsonObject entry(ChangeLogEntry e) {
        JsonObject o = new JsonObject();
        o.addProperty("seq", e.seq());
        o.addProperty("at", e.at().toString());
        o.addProperty("coder", e.coder());
        o.addProperty("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        o.addProperty("target", e.targetSeq());
        o.addProperty("operation", e.operation());
        o.addProperty("summary", e.summary());
        return o;
    }

    static JsonArray array(List<JsonObject> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }
}
