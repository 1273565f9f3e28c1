package tessera.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import tessera.analysis.query.CodingQuery;
import tessera.analysis.query.QueryActions;
import tessera.analysis.query.QueryData;
import tessera.analysis.query.QuerySegment;
import tessera.analysis.query.Segments;
import tessera.core.store.ProjectStore;
import tessera.index.query.QuerySyntaxException;
import tessera.ui.handlers.OperationJob;
import tessera.ui.internal.Messages;

/**
 * Coding queries: a builder for two codes and an operator, the query's text (any expression), the resulting
 * segments, and what they can become: a code, a set of their documents, a sheet. Matrix cells and chart bars
 * show their segments here too.
 */
public final class QueryView extends ProjectView {

    public static final String ID = "tessera.ui.views.query";

    private Composite holder;
    private QueryBuilder builder;
    private Text query;
    private Label error;
    private Label summary;
    private QueryResultsTable results;
    private List<QuerySegment> shown = List.of();
    private String shownQuery = "";

    @Override
    public void createPartControl(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new GridLayout(3, false));
        builder = new QueryBuilder(holder, expression -> {
            query.setText(expression);
            run();
        });
        builder.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        new Label(holder, SWT.NONE).setText(Messages.Query_label);
        query = new Text(holder, SWT.BORDER | SWT.SINGLE);
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.setMessage(Messages.Query_hint);
        query.setToolTipText(Messages.Query_builderHelp);
        query.addListener(SWT.DefaultSelection, e -> run());
        Button run = new Button(holder, SWT.PUSH);
        run.setText(Messages.Query_run);
        run.addListener(SWT.Selection, e -> run());
        error = new Label(holder, SWT.WRAP);
        error.setForeground(holder.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        error.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        summary = new Label(holder, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        results = new QueryResultsTable(holder, this::open);
        results.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        Composite actions = new Composite(holder, SWT.NONE);
        actions.setLayout(new GridLayout(3, false));
        actions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        button(actions, Messages.Query_codeAs, this::codeAs);
        button(actions, Messages.Query_saveSet, this::saveSet);
        button(actions, Messages.Query_export, this::export);
        startListening();
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
    }

    /** Runs the query in the text field; a malformed one is explained and leaves the last results shown. */
    public void run() {
        ProjectStore store = session.store().orElse(null);
        if (store == null) {
            return;
        }
        String text = query.getText();
        try {
            BusyIndicator.showWhile(holder.getDisplay(), () -> show(text, CodingQuery.run(new QueryData(store), text)));
            error.setText("");
        } catch (QuerySyntaxException e) {
            error.setText(e.getMessage());
        }
        holder.layout();
    }

    /** Shows segments found elsewhere (a matrix cell, a chart's bar) under a title. */
    public void show(String title, QueryData data, Segments segments) {
        show(title, CodingQuery.describe(data, segments));
        query.setText("");
        error.setText("");
    }

    private void show(String title, List<QuerySegment> found) {
        shown = found;
        shownQuery = title;
        results.setInput(found);
        summary.setText(NLS.bind(Messages.Query_summary, new Object[] {found.size(),
            found.stream().map(QuerySegment::documentId).distinct().count(), title}));
        holder.layout();
    }

    private void codeAs() {
        ProjectStore store = session.store().orElse(null);
        if (store == null || shown.isEmpty()) {
            return;
        }
        InputDialog d = new InputDialog(holder.getShell(), Messages.Query_codeAs,
                NLS.bind(Messages.Query_codeAsPrompt, shown.size()), Messages.Query_codeAsDefault,
                v -> v.isBlank() ? Messages.Query_nameNeeded : null);
        if (d.open() == Window.OK) {
            OperationJob.start(store, QueryActions.codeAs(d.getValue(), shown), holder.getShell(), Messages.Query_codeAs);
        }
    }

    private void saveSet() {
        ProjectStore store = session.store().orElse(null);
        if (store == null || shown.isEmpty()) {
            return;
        }
        InputDialog d = new InputDialog(holder.getShell(), Messages.Query_saveSet, NLS.bind(Messages.Query_saveSetPrompt,
                shown.stream().map(QuerySegment::documentId).distinct().count()), "",
                v -> v.isBlank() ? Messages.Query_nameNeeded : null);
        if (d.open() == Window.OK) {
            OperationJob.start(store, QueryActions.saveSet(d.getValue(), shownQuery, shown), holder.getShell(),
                    Messages.Query_saveSet);
        }
    }

    private void export() {
        FileDialog d = new FileDialog(holder.getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] {"*.xlsx", "*.csv"});
        d.setOverwrite(true);
        String file = d.open();
        if (file != null) {
            try {
                QueryResultsTable.write(Path.of(file), shown);
            } catch (IOException | RuntimeException e) {
                MessageDialog.openError(holder.getShell(), Messages.Query_export, file + ": " + e.getMessage());
            }
        }
    }

    private void open(QuerySegment s) {
        session.store().flatMap(st -> st.document(s.documentId())).ifPresent(d -> {
            DocumentsView.open(getSite().getPage(), d);
            if (getSite().getPage().getActiveEditor() instanceof tessera.ui.editor.DocumentEditor editor
                    && editor.documentId() == d.id()) {
                editor.reveal(s.start(), s.end());
            }
        });
    }

    @Override
    protected Control control() {
        return holder;
    }

    @Override
    protected void refresh(ProjectStore store) {
        builder.setCodes(store == null ? List.of() : store.codebook().inOrder().stream()
                .map(c -> store.codebook().path(c.id())).toList());
        if (store == null) {
            results.setInput(List.of());
            summary.setText("");
        }
    }

    /** For tests. */
    public Text queryText() {
        return query;
    }

    /** For tests. */
    public List<QuerySegment> shown() {
        return shown;
    }

    /** For tests. */
    public String errorText() {
        return error.getText();
    }

    /** For tests. */
    public QueryBuilder builder() {
        return builder;
    }

    /** For tests: the summary line. */
    public String summaryText() {
        return summary.getText();
    }
}
