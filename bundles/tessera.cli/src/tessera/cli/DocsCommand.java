package tessera.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonObject;

import tessera.core.model.Document;
import tessera.core.ops.RemoveDocument;
import tessera.core.ops.RenameDocument;
import tessera.core.store.ProjectStore;

/**
 * {@code docs P}, {@code docs P rename DOC NAME}, {@code docs P language DOC TAG}, {@code docs P remove DOC},
 * {@code docs P original DOC --out FILE}.
 */
final class DocsCommand implements Command {

    @Override
    public String name() {
        return "docs";
    }

    @Override
    public String usage() {
        return "docs PROJECT.tessera [rename DOC NEW-NAME | language DOC TAG | remove DOC | original DOC --out FILE]";
    }

    @Override
    public String summary() {
        return "list documents with their attributes; rename one, override its language, remove it, or write out the"
                + " file it was imported from";
    }

    @Override
    public int run(Args args, CliContext ctx) {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        String sub = args.positionals().size() > 1 ? args.positional(1, "") : "list";
        args.onlyFor(sub, sub.equals("original") ? new String[] {"out"} : new String[0]);
        switch (sub) {
            case "list" -> list(store, ctx);
            case "rename" -> {
                args.atMost(4);
                Document d = CliContext.document(store, args.positional(2, "document"));
                store.apply(new RenameDocument(d.id(), args.positional(3, "new name")));
                Document renamed = store.document(d.id()).orElseThrow();
                ctx.print(JsonShapes.document(renamed, store.attributeValuesByDocument(), 0),
                        () -> ctx.out.println("renamed " + d.name() + " to " + renamed.name()));
            }
            case "language" -> {
                args.atMost(4);
                Document d = CliContext.document(store, args.positional(2, "document"));
                store.apply(new tessera.core.ops.SetDocumentLanguage(d.id(), args.positional(3, "language")));
                Document changed = store.document(d.id()).orElseThrow();
                ctx.print(JsonShapes.document(changed, store.attributeValuesByDocument(), 0),
                        () -> ctx.out.println(d.name() + " is now read as " + changed.language()));
            }
            case "remove" -> {
                args.atMost(3);
                Document d = CliContext.document(store, args.positional(2, "document"));
                store.apply(new RemoveDocument(d.id()));
                JsonObject o = new JsonObject();
                o.addProperty("removed", d.id());
                o.addProperty("name", d.name());
                ctx.print(o, () -> ctx.out.println("removed " + d.name() + " (undo brings it back)"));
            }
            case "original" -> {
                args.atMost(3);
                Document d = CliContext.document(store, args.positional(2, "document"));
                java.nio.file.Path out = java.nio.file.Path.of(args.required("out"));
                tessera.core.model.OriginalFile original = store.original(d.id()).orElseThrow(() -> new CliFailure(
                        "the project keeps no original file of " + d.name() + " (it was made before Tessera kept them,"
                                + " or came from a REFI-QDA project without one)"));
                try {
                    java.nio.file.Files.write(out, original.content());
                } catch (java.io.IOException e) {
                    throw new CliFailure("cannot write " + out + ": " + e.getMessage());
                }
                JsonObject o = new JsonObject();
                o.addProperty("document", d.name());
                o.addProperty("original", original.name());
                o.addProperty("file", out.toAbsolutePath().toString());
                o.addProperty("bytes", original.content().length);
                ctx.print(o, () -> ctx.out.println("wrote " + out + " (" + original.name() + ", "
                        + original.content().length + " bytes)"));
            }
            default -> throw new UsageException("unknown docs action '" + sub + "'", usage());
        }
        return 0;
    }

    private static void list(ProjectStore store, CliContext ctx) {
        List<Document> docs = store.documents();
        Map<Long, Map<String, String>> attrs = store.attributeValuesByDocument();
        Map<Long, Integer> counts = store.codingCountsByDocument();
        ctx.print(JsonShapes.array(docs.stream().map(d -> JsonShapes.document(d, attrs, counts.getOrDefault(d.id(), 0)))
                .toList()), () -> {
                    for (Document d : docs) {
                        StringBuilder line = new StringBuilder();
                        line.append(d.id()).append('\t').append(d.name()).append('\t').append(d.language())
                                .append('\t').append(d.length()).append(" chars\t")
                                .append(counts.getOrDefault(d.id(), 0)).append(" codings");
                        attrs.getOrDefault(d.id(), Map.of()).forEach((k, v) -> line.append('\t').append(k).append('=').append(v));
                        ctx.out.println(line);
                    }
                });
    }

    @Override
    public Set<String> options() {
        return Set.of("out");
    }
}
