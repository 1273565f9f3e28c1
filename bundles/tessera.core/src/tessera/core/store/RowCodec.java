package tessera.core.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/** Writes row changes to the change log's JSON payload and reads them back with their columns' types. */
final class RowCodec {

    private RowCodec() {
    }

    static Object coerce(Table.Type type, Object v) {
        if (v == null) {
            return null;
        }
        return switch (type) {
            case LONG -> ((Number) v).longValue();
            case INT -> ((Number) v).intValue();
            case TEXT -> (String) v;
            case BOOL -> (Boolean) v;
        };
    }

    /** The changes as the payload's "changes" array, written as it goes. */
    static void write(com.google.gson.stream.JsonWriter w, List<RowChange> changes) throws java.io.IOException {
        w.beginArray();
        for (RowChange c : changes) {
            w.beginObject().name("table").value(c.table().sqlName()).name("id").value(c.id());
            write(w.name("before"), c.before());
            write(w.name("after"), c.after());
            w.endObject();
        }
        w.endArray();
    }

    private static void write(com.google.gson.stream.JsonWriter w, Map<String, Object> row) throws java.io.IOException {
        if (row == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        for (Map.Entry<String, Object> e : row.entrySet()) {
            Object v = e.getValue();
            w.name(e.getKey());
            if (v == null) {
                w.nullValue();
            } else if (v instanceof Number n) {
                w.value(n);
            } else if (v instanceof Boolean b) {
                w.value(b);
            } else {
                w.value((String) v);
            }
        }
        w.endObject();
    }

    static List<RowChange> fromPayload(String payload) {
        JsonArray array = JsonParser.parseString(payload).getAsJsonObject().getAsJsonArray("changes");
        List<RowChange> out = new ArrayList<>(array.size());
        for (JsonElement e : array) {
            JsonObject o = e.getAsJsonObject();
            Table table = Table.bySqlName(o.get("table").getAsString());
            out.add(new RowChange(table, o.get("id").getAsLong(), row(table, o.get("before")), row(table, o.get("after"))));
        }
        return out;
    }

    private static Map<String, Object> row(Table table, JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        Map<String, Object> row = new LinkedHashMap<>();
        for (Table.Column c : table.columns()) {
            JsonElement v = o.get(c.name());
            if (v == null) {
                continue; // a column added after the change was logged: the image says nothing of it
            }
            row.put(c.name(), v.isJsonNull() ? null : switch (c.type()) {
                case LONG -> v.getAsLong();
                case INT -> v.getAsInt();
                case TEXT -> v.getAsString();
                case BOOL -> v.getAsBoolean();
            });
        }
        return row;
    }
}
