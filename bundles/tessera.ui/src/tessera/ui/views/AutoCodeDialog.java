package tessera.ui.views;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import tessera.core.model.Code;
import tessera.core.store.ProjectStore;
import tessera.core.store.StoreException;
import tessera.index.AutoCoder;
import tessera.index.Hit;
import tessera.ui.internal.Messages;

/** Code Hits: a code, a scope (the hit, its sentence or its paragraph) and all hits or the selected ones. */
final class AutoCodeDialog extends Dialog {

    private final SearchView view;
    private Combo code;
    private Combo scope;
    private Button selectedOnly;
    private Label count;
    private List<Code> codes;

    AutoCodeDialog(Shell shell, SearchView view) {
        super(shell);
        this.view = view;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Search_codeHits);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        ProjectStore store = view.session.store().orElseThrow();
        var book = store.codebook();
        codes = book.inOrder().stream().filter(Code::codable).toList();
        new Label(area, SWT.NONE).setText(Messages.Search_codeField);
        // a path that is not a code yet makes one, in the same step as the codings
        code = new Combo(area, SWT.DROP_DOWN);
        code.setItems(codes.stream().map(c -> book.path(c.id())).toArray(String[]::new));
        code.select(0);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(code);
        new Label(area, SWT.NONE).setText(Messages.Search_scope);
        scope = new Combo(area, SWT.READ_ONLY);
        scope.setItems(Messages.Search_scopeHit, Messages.Search_scopeSentence, Messages.Search_scopeParagraph);
        scope.select(0);
        selectedOnly = new Button(area, SWT.CHECK);
        selectedOnly.setText(Messages.Search_selectedOnly);
        selectedOnly.setSelection(!view.selectedHits().isEmpty());
        selectedOnly.setEnabled(!view.selectedHits().isEmpty());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(selectedOnly);
        count = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(count);
        selectedOnly.addListener(SWT.Selection, e -> showCount());
        code.addListener(SWT.Modify, e -> showCount());
        showCount();
        return area;
    }

    /** How many hits Code Hits will code, and whether it makes a new code for them. */
    private void showCount() {
        int n = (selectedOnly.getSelection() ? view.selectedHits() : view.hits()).size();
        String path = code.getText().strip();
        boolean exists = codes.stream().anyMatch(c -> view.session.store().orElseThrow().codebook().path(c.id())
                .equals(path));
        count.setText(path.isEmpty() ? Messages.Search_nameACode : NLS.bind(exists ? Messages.Search_willCode
                : Messages.Search_willCreate, n, path));
        count.getParent().layout();
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!path.isEmpty() && n > 0);
        }
    }

    @Override
    protected void okPressed() {
        String path = code.getText().strip();
        if (!path.isEmpty()) {
            List<Hit> hits = selectedOnly.getSelection() ? view.selectedHits() : view.hits();
            apply(view.session.store().orElseThrow(), hits, path, AutoCoder.Scope.values()[scope.getSelectionIndex()],
                    getShell());
        }
        super.okPressed();
    }

    /** Codes the hits' passages with the code at the path, made there when missing, in one undoable step. */
    static int apply(ProjectStore store, List<Hit> hits, String path, AutoCoder.Scope scope, Shell shell) {
        Code existing = store.codebook().byPath(path).orElse(null);
        if (existing != null) {
            return apply(store, hits, existing, scope, shell);
        }
        AutoCoder.Plan plan = AutoCoder.plan(store, hits, scope, -1, store.coderName());
        try {
            store.apply(new tessera.core.ops.CodeSegments(path, plan.passages().stream()
                    .map(r -> new tessera.core.ops.CodeSegments.Passage(r.documentId(), r.start(), r.end())).toList()));
            if (shell != null) {
                MessageDialog.openInformation(shell, Messages.Search_codeHits, NLS.bind(Messages.Search_coded,
                        new Object[] {plan.passages().size(), path, 0}));
            }
        } catch (StoreException e) {
            if (shell != null) {
                MessageDialog.openError(shell, Messages.Search_codeHits, e.getMessage());
            }
        }
        return plan.passages().size();
    }

    /** Codes the hits' passages in one undoable step and says how many. */
    static int apply(ProjectStore store, List<Hit> hits, Code code, AutoCoder.Scope scope, Shell shell) {
        AutoCoder.Plan plan = AutoCoder.plan(store, hits, scope, code.id(), store.coderName());
        try {
            if (!plan.passages().isEmpty()) {
                store.apply(plan.operation(code.id(), store.codebook().path(code.id())));
            }
            if (shell != null) {
                MessageDialog.openInformation(shell, Messages.Search_codeHits, NLS.bind(Messages.Search_coded,
                        new Object[] {plan.passages().size(), store.codebook().path(code.id()), plan.alreadyCoded()}));
            }
        } catch (StoreException e) {
            if (shell != null) {
                MessageDialog.openError(shell, Messages.Search_codeHits, e.getMessage());
            }
        }
        return plan.passages().size();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Search_codeHits, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
