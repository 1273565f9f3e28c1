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

    static JsonArray toJson(List<RowChange> changes) {
        JsonArray array = new JsonArray();
        for (RowChange c : changes) {
            JsonObject o = new JsonObject();
            o.addProperty("table", c.table().sqlName());
            o.addProperty("id", c.id());
            o.add("before", row(c.before()));
            o.add("after", row(c.after()));
            array.add(o);
        }
        return array;
    }

    private static JsonElement row(Map<String, Object> row) {
        if (row == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject o = new JsonObject();
        row.forEach((k, v) -> o.add(k, v == null ? JsonNull.INSTANCE
                : v instanceof Number n ? new JsonPrimitive(n)
                : v instanceof Boolean b ? new JsonPrimitive(b) : new JsonPrimitive((String) v)));
        return o;
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
