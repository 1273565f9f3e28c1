package tessera.charts;

import tessera.analysis.query.QueryData;
import tessera.charts.internal.ChartMessages;

/** Makes the chart a request asks for, from a project's data. */
public final class Charts {

    private Charts() {
    }

    public static Chart make(QueryData data, ChartRequest r) {
        return switch (r.kind()) {
            case CODES_BY_ATTRIBUTE -> new BarChartDrawing(BarData.codesByAttribute(data, r), r.stacked(), false);
            case CODE_FREQUENCIES -> new BarChartDrawing(BarData.codeFrequencies(data, r), false, true);
            case HIERARCHY -> new TreemapDrawing(CodeTree.of(data, r.codeIds(), r.documentIds()), data,
                    r.documentIds());
            case COOCCURRENCE_MAP -> new GraphDrawing(CodeGraph.of(data, codesWithSubcodes(data, r), r.documentIds()),
                    data, r.documentIds());
            case PORTRAIT -> {
                if (r.documentId() == null) {
                    throw new IllegalArgumentException(ChartMessages.needsDocument);
                }
                yield new CodelineDrawing(Codeline.of(data, r.documentId(), codesWithSubcodes(data, r)));
            }
            case WORDCLOUD -> new WordCloudDrawing(WordCloudData.of(data, r.codeIds(), r.documentIds()), data,
                    r.documentIds());
        };
    }

    private static java.util.Set<Long> codesWithSubcodes(QueryData data, ChartRequest r) {
        return r.codeIds() == null ? null : WordCloudData.subtrees(data, r.codeIds());
    }
}
