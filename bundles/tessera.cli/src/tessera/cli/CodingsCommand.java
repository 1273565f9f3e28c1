package tessera.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonObject;

import tessera.core.model.Codebook;
import tessera.core.model.Coding;
import tessera.core.ops.RemoveCoding;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectStore;
import tessera.core.text.CodePointIndex;

/** {@code codings P [--doc DOC] [--code PATH [--subcodes]] [--coder NAME]}: the coded segments with their text. */
final class CodingsCommand implements Command {

    @Override
    public String name() {
        return "codings";
    }

    @Override
    public String usage() {
        return "codings PROJECT.tessera [--doc DOC] [--code PATH [--subcodes]] [--coder NAME] | codings PROJECT.tessera remove ID";
    }

    @Override
    public String summary() {
        return "list coded segments with their text, filtered by document, code and coder; remove one (uncode)";
    }

    @Override
    public Set<String> options() {
        return Set.of("doc", "code", "coder");
    }

    @Override
    public Set<String> flags() {
        return Set.of("subcodes");
    }

    @Override
    public int run(Args args, CliContext ctx) {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        if (args.positionals().size() > 1) {
            if (!args.positional(1, "").equals("remove")) {
                throw new UsageException("unknown codings action '" + args.positional(1, "") + "'", usage());
            }
            args.onlyFor("remove");
            args.atMost(3);
            long id;
            try {
                id = Long.parseLong(args.positional(2, "coding id"));
            } catch (NumberFormatException e) {
                throw new UsageException("a coding id is a number", usage());
            }
            store.apply(new RemoveCoding(id));
            JsonObject o = new JsonObject();
            o.addProperty("removed", id);
            ctx.print(o, () -> ctx.out.println("removed coding " + id));
            return 0;
        }
        Codebook book = store.codebook();
        Long doc = args.option("doc") == null ? null : CliContext.document(store, args.option("doc")).id();
        Set<Long> codes = null;
        if (args.option("code") != null) {
            long code = CliContext.code(store, args.option("code")).id();
            codes = args.flag("subcodes") ? book.subtree(code) : Set.of(code);
        }
        Long coder = null;
        if (args.option("coder") != null) {
            coder = store.coderByName(args.option("coder"))
                    .orElseThrow(() -> new CliFailure("no coder named '" + args.option("coder") + "'")).id();
        }
        List<Coding> codings = store.codings(new CodingFilter(doc, codes, coder));
        Map<Long, String> coders = store.coderNames();
        Map<Long, String> texts = new HashMap<>();
        Map<Long, CodePointIndex> indexes = new HashMap<>();
        List<JsonObject> rows = new ArrayList<>();
        for (Coding c : codings) {
            String text = texts.computeIfAbsent(c.documentId(), store::text);
            CodePointIndex index = indexes.computeIfAbsent(c.documentId(), k -> CodePointIndex.of(text));
            rows.add(JsonShapes.coding(store, book, c, coders, text, index));
        }
        ctx.print(JsonShapes.array(rows), () -> rows.forEach(o -> ctx.out.println(o.get("id").getAsLong() + "\t"
                + o.get("document").getAsString() + "\t[" + o.get("start").getAsInt() + ", " + o.get("end").getAsInt() + ")\t"
                + o.get("code").getAsString() + "\t" + o.get("coder").getAsString() + "\t"
                + o.get("text").getAsString().replace('\n', ' '))));
        return 0;
    }
}
