package tessera.analysis.query;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import tessera.analysis.internal.AnalysisMessages;
import tessera.analysis.query.Expr.Limit;
import tessera.analysis.query.Expr.Limits;
import tessera.core.model.Document;
import tessera.core.model.ItemSet;
import tessera.index.query.QuerySyntaxException;

/** Turns a term's limits into the documents and coders it may draw on; a name that does not exist is an error. */
final class QueryLimits {

    private final QueryData data;
    private final String query;

    QueryLimits(QueryData data, String query) {
        this.data = data;
        this.query = query;
    }

    /** The documents the limits allow, or null when they do not limit documents. */
    Set<Long> documents(Limits limits) {
        if (!limits.limitsDocuments()) {
            return null;
        }
        Set<Long> out = data.documents.stream().map(Document::id).collect(Collectors.toSet());
        if (!limits.documents().isEmpty()) {
            out.retainAll(byName(limits.documents()));
        }
        if (!limits.sets().isEmpty()) {
            out.retainAll(bySet(limits.sets()));
        }
        // values of one attribute are alternatives; different attributes must all hold
        limits.attributes().stream().collect(Collectors.groupingBy(Limit::name, java.util.LinkedHashMap::new,
                Collectors.toList())).values().forEach(group -> out.retainAll(byAttribute(group)));
        return out;
    }

    /** The coders the limits allow, or null for any. */
    Set<Long> coders(Limits limits) {
        if (limits.coders().isEmpty()) {
            return null;
        }
        Set<Long> out = new HashSet<>();
        for (Limit l : limits.coders()) {
            out.add(data.project.coderByName(l.value()).orElseThrow(() -> error(AnalysisMessages.queryNoCoder, l))
                    .id());
        }
        return out;
    }

    private Set<Long> byName(List<Limit> names) {
        Set<Long> out = new HashSet<>();
        for (Limit l : names) {
            out.add(data.documents.stream().filter(d -> d.name().equals(l.value())).findFirst()
                    .orElseThrow(() -> error(AnalysisMessages.queryNoDocument, l)).id());
        }
        return out;
    }

    private Set<Long> bySet(List<Limit> names) {
        Set<Long> out = new HashSet<>();
        List<ItemSet> sets = data.project.sets();
        for (Limit l : names) {
            ItemSet set = sets.stream().filter(s -> s.name().equals(l.value())).findFirst()
                    .orElseThrow(() -> error(AnalysisMessages.queryNoSet, l));
            out.addAll(set.documentIds());
        }
        return out;
    }

    private Set<Long> byAttribute(List<Limit> values) {
        Set<Long> out = new HashSet<>();
        for (Limit l : values) {
            if (data.project.attributeByName(l.name()).isEmpty()) {
                throw new QuerySyntaxException(NLS.bind(AnalysisMessages.queryNoAttribute, l.name()), l.column(),
                        query);
            }
            for (Map.Entry<Long, Map<String, String>> e : data.attributes().entrySet()) {
                if (l.value().equals(e.getValue().get(l.name()))) {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }

    QuerySyntaxException error(String template, Limit l) {
        return new QuerySyntaxException(NLS.bind(template, l.value()), l.column(), query);
    }
}
