package tessera.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tessera.analysis.query.QueryData;
import tessera.core.model.Code;
import tessera.core.model.Colour;
import tessera.core.model.CodingRange;

/**
 * The co-occurrence map's graph: codes as nodes (sized by their coded segments) and, between two codes, the number
 * of pairs of their segments that overlap in a document. A passage several coders coded alike is one segment, as
 * in the coding queries and the other charts.
 */
public record CodeGraph(List<Node> nodes, List<Edge> edges) {

    /** At most this many nodes: the codes with the most codings, so that the map stays readable. */
    public static final int MAX_NODES = 40;

    public record Node(long codeId, String name, Colour colour, int codings) {
    }

    public record Edge(long a, long b, int weight) {
    }

    public static CodeGraph of(QueryData data, Set<Long> codeIds, Set<Long> documentIds) {
        Map<Long, List<CodingRange>> byDocument = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        Set<CodingRange> distinct = new java.util.HashSet<>();
        for (CodingRange r : data.codingRanges()) {
            if ((codeIds == null || codeIds.contains(r.codeId()))
                    && (documentIds == null || documentIds.contains(r.documentId()))) {
                // one segment per code and place, whoever coded it
                CodingRange place = new CodingRange(r.documentId(), r.codeId(), 0, r.start(), r.end());
                if (distinct.add(place)) {
                    byDocument.computeIfAbsent(r.documentId(), k -> new ArrayList<>()).add(place);
                    counts.merge(r.codeId(), 1, Integer::sum);
                }
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (Code c : data.codebook().inOrder()) {
            if (counts.containsKey(c.id())) {
                nodes.add(new Node(c.id(), c.name(), Colour.of(c.colour()), counts.get(c.id())));
            }
        }
        nodes.sort(Comparator.comparingInt(Node::codings).reversed());
        List<Node> kept = List.copyOf(nodes.subList(0, Math.min(MAX_NODES, nodes.size())));
        Set<Long> ids = new java.util.HashSet<>(kept.stream().map(Node::codeId).toList());
        Map<List<Long>, Integer> weights = new java.util.TreeMap<>(Comparator.<List<Long>, Long>comparing(l -> l.get(0))
                .thenComparing(l -> l.get(1)));
        for (List<CodingRange> list : byDocument.values()) {
            list.sort(Comparator.comparingInt(CodingRange::start));
            for (int i = 0; i < list.size(); i++) {
                CodingRange a = list.get(i);
                for (int j = i + 1; j < list.size() && list.get(j).start() < a.end(); j++) {
                    CodingRange b = list.get(j);
                    if (a.codeId() != b.codeId() && ids.contains(a.codeId()) && ids.contains(b.codeId())) {
                        weights.merge(List.of(Math.min(a.codeId(), b.codeId()), Math.max(a.codeId(), b.codeId())), 1,
                                Integer::sum);
                    }
                }
            }
        }
        List<Edge> edges = new ArrayList<>();
        weights.forEach((k, w) -> edges.add(new Edge(k.get(0), k.get(1), w)));
        return new CodeGraph(kept, edges);
    }

    public int weight(long a, long b) {
        return edges.stream().filter(e -> e.a() == Math.min(a, b) && e.b() == Math.max(a, b)).mapToInt(Edge::weight)
                .findFirst().orElse(0);
    }
}
