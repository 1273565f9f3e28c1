package tessera.core.model;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What a change is called, in a language-neutral form: a message key ({@code code.create}) and its arguments (the
 * code's name), rendered in the reader's language from {@code labels*.properties}. The change log keeps both the
 * label and its English text, so a Chinese reader's Undo menu says 撤销 创建编码“Drivers” for a change an English
 * user made, and the audit trail stays readable without Tessera. A literal label (a key of null) is shown as it is.
 */
public record Label(String key, List<String> args) {

    private static final String BUNDLE = "tessera.core.model.labels";
    /**
     * The labels' bundle per language, looked up once: every change-log entry renders its label twice, and
     * {@code ResourceBundle.getBundle} on each was a tenth of an import of many small files.
     */
    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    public Label {
        args = List.copyOf(args);
    }

    public static Label of(String key, Object... args) {
        return new Label(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** A text shown as it is in every language, e.g. a description a caller composed itself. */
    public static Label literal(String text) {
        return new Label(null, List.of(text));
    }

    /** In English, as the change log's summary keeps it. */
    public String english() {
        return render(Locale.ROOT);
    }

    /** In the language of this JVM's default locale (the workbench's and the command line's language). */
    public String localized() {
        return render(Locale.getDefault());
    }

    private String render(Locale locale) {
        if (key == null) {
            return args.isEmpty() ? "" : args.get(0);
        }
        String template;
        try {
            ResourceBundle bundle = BUNDLES.computeIfAbsent(locale, l -> ResourceBundle.getBundle(BUNDLE, l,
                    Label.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES)));
            template = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + (args.isEmpty() ? "" : " " + String.join(", ", args)); // a label a newer Tessera wrote
        }
        return new MessageFormat(template, locale).format(args.toArray());
    }

    /** The stored form: {@code {"key": ..., "args": [...]}}. */
    public String toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("key", key);
        JsonArray a = new JsonArray();
        args.forEach(a::add);
        o.add("args", a);
        return o.toString();
    }

    /** A stored label, or null for none or one that cannot be read (entries older than labels have none). */
    public static Label fromJson(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            String key = o.has("key") && !o.get("key").isJsonNull() ? o.get("key").getAsString() : null;
            return new Label(key, o.getAsJsonArray("args").asList().stream().map(e -> e.getAsString()).toList());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** How a log entry reads to this reader: its label in their language, else the English summary it kept. */
    public static String render(String labelJson, String summary) {
        Label label = fromJson(labelJson);
        return label == null ? summary : label.localized();
    }
}
