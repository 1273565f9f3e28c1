package tessera.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;

import tessera.analysis.query.Expr;
import tessera.analysis.query.MatrixQuery;
import tessera.analysis.query.QueryActions;
import tessera.analysis.query.QueryData;
import tessera.core.model.Attribute;
import tessera.core.model.Code;
import tessera.core.store.ProjectStore;
import tessera.exchange.export.Exporter;
import tessera.exchange.matrix.Matrix;
import tessera.exchange.matrix.MatrixValue;
import tessera.ui.internal.Messages;

/**
 * The Matrix Coding Query: rows and columns of codes (those chosen in the Codebook, or all), attribute values,
 * documents, sets or coders; each cell the row's segments combined with the column's. A click on a cell lists its
 * segments in the Coding Query view; the matrix exports to XLSX or CSV with its totals.
 */
public final class MatrixQueryView extends ProjectView implements ISelectionListener {

    public static final String ID = "tessera.ui.views.matrixQuery";

    private Composite holder;
    private AxisChooser rows;
    private AxisChooser columns;
    private Combo operator;
    private Combo value;
    private Label summary;
    private MatrixQueryTable table;
    private List<String> chosenCodes = List.of();
    private MatrixQuery query;
    private QueryData data;
    private Matrix matrix;

    @Override
    public void createPartControl(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(holder, SWT.NONE);
        org.eclipse.swt.layout.RowLayout wrap = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        wrap.center = true;
        bar.setLayout(wrap);
        rows = new AxisChooser(bar, Messages.MatrixQuery_rows, 0);
        columns = new AxisChooser(bar, Messages.MatrixQuery_columns, 1);
        new Label(bar, SWT.NONE).setText(Messages.MatrixQuery_operator);
        operator = new Combo(bar, SWT.DROP_DOWN);
        operator.setItems("AND", "OR", "NOT", "OVERLAPS", "INSIDE", "OUTSIDE", "NEAR/10", "NEAR/1p", "FOLLOWED BY/1p");
        operator.select(0);
        value = new Combo(bar, SWT.READ_ONLY);
        for (MatrixValue v : MatrixValue.values()) {
            value.add(MatrixQuery.valueName(v));
        }
        value.select(0);
        Button run = new Button(bar, SWT.PUSH);
        run.setText(Messages.Query_run);
        run.addListener(SWT.Selection, e -> run());
        Button export = new Button(bar, SWT.PUSH);
        export.setText(Messages.Query_export);
        export.addListener(SWT.Selection, e -> export());
        summary = new Label(holder, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new MatrixQueryTable(holder, this::openCell);
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        getSite().getWorkbenchWindow().getSelectionService().addSelectionListener(CodebookView.ID, this);
        startListening();
        selectionChanged(null, getSite().getWorkbenchWindow().getSelectionService().getSelection(CodebookView.ID));
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        List<String> paths = new ArrayList<>();
        session.store().ifPresent(store -> {
            if (selection instanceof IStructuredSelection s) {
                // each chosen code with its subcodes below it, as the Codebook shows them
                for (Object o : s.toList()) {
                    if (o instanceof Code c) {
                        store.codebook().subtree(c.id()).forEach(id -> {
                            String path = store.codebook().path(id);
                            if (!paths.contains(path)) {
                                paths.add(path);
                            }
                        });
                    }
                }
            }
        });
        chosenCodes = paths;
    }

    /** Computes the matrix with the choices made; a bad operator or a missing attribute is said in the summary. */
    public void run() {
        ProjectStore store = session.store().orElse(null);
        if (store == null) {
            return;
        }
        try {
            BusyIndicator.showWhile(holder.getDisplay(), () -> {
                data = new QueryData(store);
                Expr.Binary op = QueryActions.cellOperator(operator.getText());
                query = new MatrixQuery(data, rows.items(data, chosenCodes), columns.items(data, chosenCodes),
                        op.operator(), op.distance());
                matrix = query.toMatrix(NLS.bind(Messages.MatrixQuery_title, op.operator().written()),
                        MatrixValue.values()[value.getSelectionIndex()]);
            });
            table.show(matrix);
            summary.setText(NLS.bind(Messages.MatrixQuery_summary, new Object[] {matrix.rows().size(),
                matrix.columns().size(), matrix.valueName()}));
        } catch (IllegalArgumentException e) {
            summary.setText(e.getMessage());
        }
        holder.layout();
    }

    private void openCell(int row, int column) {
        if (query == null) {
            return;
        }
        try {
            QueryView view = (QueryView) getSite().getPage().showView(QueryView.ID);
            view.show(matrix.rows().get(row).label() + " \u00d7 " + matrix.columns().get(column), data,
                    query.cell(row, column));
        } catch (PartInitException e) {
            summary.setText(e.getMessage());
        }
    }

    private void export() {
        if (matrix == null) {
            run();
        }
        if (matrix == null) {
            return;
        }
        FileDialog d = new FileDialog(holder.getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] {"*.xlsx", "*.csv"});
        d.setOverwrite(true);
        String file = d.open();
        if (file != null) {
            try {
                Path out = Path.of(file);
                Exporter.Format f = Exporter.Format.ofFile(out) == null ? Exporter.Format.XLSX : Exporter.Format.ofFile(out);
                Exporter.exportMatrix(matrix, "Matrix query", f, out, null);
            } catch (IOException | RuntimeException e) {
                MessageDialog.openError(holder.getShell(), Messages.Query_export, file + ": " + e.getMessage());
            }
        }
    }

    @Override
    protected Control control() {
        return holder;
    }

    @Override
    protected void refresh(ProjectStore store) {
        List<String> names = store == null ? List.of() : store.attributes().stream().map(Attribute::name).toList();
        rows.setAttributes(names);
        columns.setAttributes(names);
        if (store == null) {
            table.show(null);
            query = null;
            matrix = null;
        }
    }

    /** For tests: chooses rows, columns and the operator. */
    public void choose(tessera.analysis.query.MatrixAxis r, String rowAttribute, tessera.analysis.query.MatrixAxis c,
            String columnAttribute, String op) {
        rows.choose(r, rowAttribute);
        columns.choose(c, columnAttribute);
        operator.setText(op);
    }

    /** For tests. */
    public Matrix matrix() {
        return matrix;
    }

    /** For tests: clicks a cell. */
    public void clickCell(int row, int column) {
        openCell(row, column);
    }

    /** For tests. */
    public org.eclipse.swt.widgets.Table table() {
        return table.table();
    }
}
