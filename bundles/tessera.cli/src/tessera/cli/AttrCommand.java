package tessera.cli;

import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tessera.core.model.Attribute;
import tessera.core.model.AttributeType;
import tessera.core.model.Document;
import tessera.core.ops.DefineAttribute;
import tessera.core.ops.DeleteAttribute;
import tessera.core.ops.SetAttribute;
import tessera.core.store.ProjectStore;
import tessera.core.store.Table;

/** Document attributes: define (typed), set a document's value, list, delete. */
final class AttrCommand implements Command {

    @Override
    public String name() {
        return "attr";
    }

    @Override
    public String usage() {
        return "attr PROJECT.tessera (define NAME [--type text|number|date|boolean] | set DOC NAME VALUE | list"
                + " | delete NAME)";
    }

    @Override
    public String summary() {
        return "define document attributes (country, city, year...) and set their values";
    }

    @Override
    public Set<String> options() {
        return Set.of("type");
    }

    @Override
    public int run(Args args, CliContext ctx) {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        String action = args.positional(1, "attr action (define, set, list or delete)");
        args.onlyFor(action, action.equals("define") ? new String[] {"type"} : new String[0]);
        switch (action) {
            case "define" -> {
                args.atMost(3);
                AttributeType type;
                try {
                    type = AttributeType.parse(args.option("type") == null ? "text" : args.option("type"));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage(), usage());
                }
                long id = store.apply(new DefineAttribute(args.positional(2, "attribute name"), type)).inserted(Table.ATTRIBUTE);
                Attribute a = store.attributes().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
                ctx.print(JsonShapes.attribute(a), () -> ctx.out.println("defined " + a.name() + " (" + type + ")"));
            }
            case "set" -> {
                args.atMost(5);
                Document doc = CliContext.document(store, args.positional(2, "document"));
                Attribute a = attribute(store, args.positional(3, "attribute name"));
                String value = args.positional(4, "value (empty to clear)");
                store.apply(new SetAttribute(doc.id(), a.id(), value));
                String stored = store.attributeValuesByDocument().getOrDefault(doc.id(), Map.of()).get(a.name());
                JsonObject o = new JsonObject();
                o.addProperty("document", doc.name());
                o.addProperty("attribute", a.name());
                o.addProperty("value", stored);
                ctx.print(o, () -> ctx.out.println(doc.name() + ": " + a.name() + " = " + (stored == null ? "(none)" : stored)));
            }
            case "list" -> {
                args.atMost(2);
                Map<Long, Map<String, String>> values = store.attributeValuesByDocument();
                JsonObject o = new JsonObject();
                JsonArray defs = new JsonArray();
                store.attributes().forEach(a -> defs.add(JsonShapes.attribute(a)));
                o.add("attributes", defs);
                JsonArray docs = new JsonArray();
                for (Document d : store.documents()) {
                    JsonObject row = new JsonObject();
                    row.addProperty("document", d.name());
                    JsonObject v = new JsonObject();
                    values.getOrDefault(d.id(), Map.of()).forEach(v::addProperty);
                    row.add("values", v);
                    docs.add(row);
                }
                o.add("documents", docs);
                ctx.print(o, () -> {
                    store.attributes().forEach(a -> ctx.out.println(a.name() + " (" + a.type().name().toLowerCase() + ")"));
                    for (Document d : store.documents()) {
                        ctx.out.println(d.name() + "\t" + values.getOrDefault(d.id(), Map.of()));
                    }
                });
            }
            case "delete" -> {
                args.atMost(3);
                Attribute a = attribute(store, args.positional(2, "attribute name"));
                store.apply(new DeleteAttribute(a.id()));
                JsonObject o = new JsonObject();
                o.addProperty("deleted", a.name());
                ctx.print(o, () -> ctx.out.println("deleted attribute " + a.name()));
            }
            default -> throw new UsageException("unknown attr action '" + action + "'", usage());
        }
        return 0;
    }

    private static Attribute attribute(ProjectStore store, String name) {
        return store.attributeByName(name)
                .orElseThrow(() -> new CliFailure("no attribute named '" + name + "' (see: tessera attr P list)"));
    }
}
