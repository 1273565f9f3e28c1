package tessera.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import tessera.analysis.query.AxisItem;
import tessera.analysis.query.CodingQuery;
import tessera.analysis.query.MatrixAxis;
import tessera.analysis.query.MatrixQuery;
import tessera.analysis.query.Operator;
import tessera.analysis.query.QueryData;
import tessera.analysis.query.QuerySegment;
import tessera.charts.ChartHit;
import tessera.charts.ChartKind;
import tessera.exchange.matrix.MatrixValue;

/**
 * The Coding Query, Matrix Coding Query and Charts views on the sample project: the builder writes the query the
 * engine runs, a malformed query is explained, a matrix cell and a chart's bar lead to their segments.
 */
class AnalysisViewsTest extends SampleWorkbenchTest {

    private <T> T fresh(String id, Class<T> type) throws Exception {
        var earlier = page.findView(id);
        if (earlier != null) {
            page.hideView(earlier);
        }
        T view = type.cast(page.showView(id));
        processEvents();
        return view;
    }

    @Test
    void theBuilderWritesTheQueryAndTheResultsAreTheEnginesOwn() throws Exception {
        QueryView view = fresh(QueryView.ID, QueryView.class);
        view.builder().choose("Drivers/National", "AND", 0, false, "Constraints");
        assertEquals("code:\"Drivers/National\" AND code:\"Constraints\"", view.builder().expression());
        view.queryText().setText(view.builder().expression());
        view.run();
        List<QuerySegment> expected = CodingQuery.run(new QueryData(store), view.builder().expression());
        assertFalse(expected.isEmpty(), "the sample has national drivers that are also constraints");
        assertEquals(expected, view.shown());
        assertTrue(view.summaryText().startsWith("Segments: " + expected.size() + ","), view.summaryText());
        view.builder().choose("Drivers/Local", "NEAR", 1, true, "Modes/Bilateral sister cities");
        assertEquals("code:\"Drivers/Local\" NEAR/1p code:\"Modes/Bilateral sister cities\"",
                view.builder().expression());
    }

    @Test
    void aMalformedQueryIsExplainedAndTheLastResultsStay() throws Exception {
        QueryView view = fresh(QueryView.ID, QueryView.class);
        view.queryText().setText("code:Drivers");
        view.run();
        int before = view.shown().size();
        assertTrue(before > 0);
        view.queryText().setText("code:Drivers AND (code:Modes");
        view.run();
        assertTrue(view.errorText().contains("column 18"), view.errorText());
        assertEquals(before, view.shown().size());
    }

    @Test
    void aMatrixCellListsItsSegments() throws Exception {
        MatrixQueryView view = fresh(MatrixQueryView.ID, MatrixQueryView.class);
        view.choose(MatrixAxis.CODES, null, MatrixAxis.ATTRIBUTE, "country", "AND");
        view.run();
        QueryData data = new QueryData(store);
        List<AxisItem> rows = MatrixAxis.CODES.items(data, List.of());
        List<AxisItem> columns = MatrixAxis.ATTRIBUTE.items(data, List.of("country"));
        MatrixQuery direct = new MatrixQuery(data, rows, columns, Operator.AND, null);
        assertEquals(rows.size(), view.matrix().rows().size());
        assertEquals(rows.size() + 1, view.table().getItemCount(), "a row per code and the totals");
        assertEquals(columns.size() + 2, view.table().getColumnCount(), "labels, a column per country, the total");
        int drivers = 0;
        int china = columns.stream().map(AxisItem::label).toList().indexOf("country = China");
        assertEquals(direct.value(drivers, china, MatrixValue.COUNT), view.matrix().cell(drivers, china));
        assertTrue(view.matrix().cell(drivers, china) > 0);
        assertEquals(Long.toString(view.matrix().cell(drivers, china)), view.table().getItem(drivers).getText(china + 1));
        view.clickCell(drivers, china);
        processEvents();
        QueryView results = (QueryView) page.findView(QueryView.ID);
        assertEquals(view.matrix().cell(drivers, china), results.shown().size());
    }

    @Test
    void chartsDrawForTheSampleAndABarLeadsToItsSegments() throws Exception {
        ChartsView view = fresh(ChartsView.ID, ChartsView.class);
        // room for the bars, as a user makes it by maximising the view
        page.setPartState(page.getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        processEvents();
        try {
            charts(view);
        } finally {
            page.setPartState(page.getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        }
    }

    private void charts(ChartsView view) throws Exception {
        view.bar().choose(ChartKind.CODES_BY_ATTRIBUTE);
        processEvents();
        assertFalse(view.hits().isEmpty(), view.statusText());
        ChartHit bar = view.hits().get(0);
        var centre = bar.shape().getBounds2D();
        view.clickAt(centre.getCenterX(), centre.getCenterY());
        processEvents();
        QueryView results = (QueryView) page.findView(QueryView.ID);
        assertEquals(bar.segments().get().size(), results.shown().size());
        for (ChartKind kind : List.of(ChartKind.CODE_FREQUENCIES, ChartKind.HIERARCHY, ChartKind.COOCCURRENCE_MAP,
                ChartKind.WORDCLOUD)) {
            view.bar().choose(kind);
            processEvents();
            assertFalse(view.hits().isEmpty(), kind + ": " + view.statusText());
        }
        view.bar().choose(ChartKind.PORTRAIT);
        processEvents();
        assertTrue(view.hits().isEmpty() && view.statusText().contains("document"), view.statusText());
        DocumentsView.open(page, store.documents().get(0));
        processEvents();
        view.redraw();
        assertFalse(view.hits().isEmpty(), "the open document's codeline: " + view.statusText());
    }
}
