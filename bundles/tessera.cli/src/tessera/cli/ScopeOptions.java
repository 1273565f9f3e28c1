package tessera.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tessera.core.store.ProjectStore;
import tessera.exchange.scope.ExportFilter;

/**
 * The scope options that exports and agreement share: {@code --codes PATH,...}, {@code --docs DOC,...},
 * {@code --where NAME=VALUE,...} and {@code --coders NAME,...}, each resolved against the project.
 */
final class ScopeOptions {

    private ScopeOptions() {
    }

    static ExportFilter filter(ProjectStore store, Args args, boolean withSubcodes) {
        Set<Long> codes = null;
        if (args.option("codes") != null) {
            codes = new HashSet<>();
            for (String path : list(args.option("codes"))) {
                codes.add(CliContext.code(store, path).id());
            }
        }
        Set<Long> docs = null;
        if (args.option("docs") != null) {
            docs = new HashSet<>();
            for (String d : list(args.option("docs"))) {
                docs.add(CliContext.document(store, d).id());
            }
        }
        Map<String, Set<String>> where = new HashMap<>();
        if (args.option("where") != null) {
            for (String cond : list(args.option("where"))) {
                int eq = cond.indexOf('=');
                if (eq <= 0) {
                    throw new UsageException("--where takes NAME=VALUE, not '" + cond + "'", args.usage());
                }
                String name = cond.substring(0, eq).strip();
                store.attributeByName(name).orElseThrow(() -> new CliFailure("no attribute named '" + name + "'"));
                where.computeIfAbsent(name, k -> new HashSet<>()).add(cond.substring(eq + 1).strip());
            }
        }
        Set<Long> coders = null;
        if (args.option("coders") != null) {
            coders = new HashSet<>();
            for (String name : list(args.option("coders"))) {
                coders.add(store.coderByName(name).orElseThrow(() -> new CliFailure("no coder named '" + name + "'")).id());
            }
        }
        return new ExportFilter(codes, withSubcodes, docs, where, coders);
    }

    static List<String> list(String value) {
        return List.of(value.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The documents, codes (in codebook order, each on its own) and coders an agreement is computed on. */
    record Agreement(List<tessera.core.model.Document> documents, List<Long> codes, List<String> coders) {

        /** The scope as the analysis reads it: coders null for everyone who coded. */
        tessera.analysis.agreement.AgreementScope read(ProjectStore store) {
            Set<Long> ids = new HashSet<>();
            documents.forEach(d -> ids.add(d.id()));
            return tessera.analysis.agreement.AgreementScope.of(store, ids, codes, coders);
        }
    }

    /** Resolves --docs, --where, --codes and --coders for an agreement. */
    static Agreement agreement(ProjectStore store, Args args) {
        ExportFilter filter = filter(store, args, false);
        List<tessera.core.model.Document> documents = tessera.exchange.scope.ExportScope.of(store,
                new ExportFilter(null, false, filter.documentIds(), filter.attributeValues(), null)).documents();
        List<Long> codes = filter.codeIds() == null ? null
                : store.codebook().inOrder().stream().map(c -> c.id()).filter(filter.codeIds()::contains).toList();
        List<String> coders = args.option("coders") == null ? null : list(args.option("coders"));
        return new Agreement(documents, codes, coders);
    }
}
