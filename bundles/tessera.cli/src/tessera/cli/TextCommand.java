package tessera.cli;

import java.util.Set;

import com.google.gson.JsonObject;

import tessera.core.model.Document;
import tessera.core.store.ProjectStore;
import tessera.core.text.CodePointIndex;

/** {@code text P DOC [--start N --end M]}: the stored plain text, or a code-point range of it. */
final class TextCommand implements Command {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String usage() {
        return "text PROJECT.tessera DOC [--start N] [--end M]";
    }

    @Override
    public String summary() {
        return "print a document's plain text (positions in code points, end exclusive)";
    }

    @Override
    public Set<String> options() {
        return Set.of("start", "end");
    }

    @Override
    public int run(Args args, CliContext ctx) {
        ProjectStore store = ctx.open(args.positional(0, "project file"));
        Document doc = CliContext.document(store, args.positional(1, "document"));
        args.atMost(2);
        String text = store.text(doc.id());
        CodePointIndex index = CodePointIndex.of(text);
        int start = args.intOption("start") == null ? 0 : args.intOption("start");
        int end = args.intOption("end") == null ? index.codePointLength() : args.intOption("end");
        if (start < 0 || end > index.codePointLength() || start > end) {
            throw new CliFailure("range [" + start + ", " + end + ") does not lie within '" + doc.name() + "', which has "
                    + index.codePointLength() + " characters");
        }
        String slice = CodePointIndex.slice(text, index, start, end);
        JsonObject o = new JsonObject();
        o.addProperty("documentId", doc.id());
        o.addProperty("document", doc.name());
        o.addProperty("start", start);
        o.addProperty("end", end);
        o.addProperty("text", slice);
        ctx.print(o, () -> ctx.out.print(slice.endsWith("\n") || slice.isEmpty() ? slice : slice + "\n"));
        return 0;
    }
}
