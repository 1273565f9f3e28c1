package tessera.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;

import tessera.analysis.agreement.AgreementScope;
import tessera.analysis.agreement.CharacterAgreement;
import tessera.analysis.agreement.Consensus;
import tessera.analysis.agreement.Disagreements;
import tessera.core.store.ProjectStore;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.internal.Messages;

/**
 * Intercoder agreement of the open project: choose two or more coders, compute (a Job), and read per code and coder
 * pair the percentage agreement and Cohen's kappa by character, coloured against Krippendorff's thresholds (0.8
 * reliable, 0.667 tentative), then every stretch where the coders differ; a double-click opens it in its document.
 */
public final class AgreementView extends ProjectView {

    public static final String ID = "tessera.ui.views.agreement";

    private Composite holder;
    private Table coders;
    private Label status;
    private Table figures;
    private Table disagreements;
    private Job running;
    private String consensusCoder = Messages.Agreement_consensusTitle; // the name offered first

    @Override
    public void createPartControl(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new GridLayout(1, false));
        Composite top = new Composite(holder, SWT.NONE);
        top.setLayout(new GridLayout(3, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(top, SWT.NONE).setText(Messages.Agreement_coders);
        coders = new Table(top, SWT.CHECK | SWT.BORDER | SWT.H_SCROLL);
        coders.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button compute = new Button(top, SWT.PUSH);
        compute.setText(Messages.Agreement_compute);
        compute.addListener(SWT.Selection, e -> compute());
        status = new Label(holder, SWT.NONE);
        status.setText(Messages.Agreement_hint);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(holder, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        figures = table(sash, Messages.Agreement_code, Messages.Agreement_first, Messages.Agreement_second,
                Messages.Agreement_percent, Messages.Agreement_kappa);
        disagreements = table(sash, Messages.Agreement_document, Messages.Agreement_range, Messages.Agreement_code,
                Messages.Agreement_codedBy);
        disagreements.addListener(SWT.DefaultSelection, e -> openDisagreement());
        consensusMenu();
        startListening();
    }

    private static Table table(Composite parent, String... titles) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (String title : titles) {
            TableColumn c = new TableColumn(t, SWT.NONE);
            c.setText(title);
            c.setWidth(title.equals(titles[0]) ? 260 : 120);
        }
        return t;
    }

    @Override
    protected Control control() {
        return holder;
    }

    /** Lists the project's coders, all chosen; the figures wait for Compute. */
    @Override
    protected void refresh(ProjectStore store) {
        List<String> chosen = chosenCoders();
        coders.removeAll();
        if (store == null) {
            return;
        }
        for (String name : store.coderNames().values().stream().sorted().toList()) {
            TableItem item = new TableItem(coders, SWT.NONE);
            item.setText(name);
            item.setChecked(chosen.isEmpty() || chosen.contains(name));
        }
        ((GridData) coders.getLayoutData()).heightHint = Math.min(5, coders.getItemCount()) * coders.getItemHeight();
        holder.layout(true, true);
    }

    private List<String> chosenCoders() {
        List<String> out = new ArrayList<>();
        for (TableItem i : coders.getItems()) {
            if (i.getChecked()) {
                out.add(i.getText());
            }
        }
        return out;
    }

    /** Computes the figures for the chosen coders in a Job and shows them when done. */
    public Job compute() {
        ProjectStore store = session.store().orElse(null);
        List<String> who = chosenCoders();
        if (store == null || who.size() < 2) {
            status.setText(Messages.Agreement_twoCoders);
            return null;
        }
        status.setText(Messages.Agreement_computing);
        running = Job.create(Messages.Agreement_computing, monitor -> {
            AgreementScope scope = AgreementScope.of(store, null, null, who);
            List<CharacterAgreement.CodeAgreement> byCode = CharacterAgreement.of(scope, false);
            List<Disagreements.Stretch> stretches = Disagreements.of(scope);
            if (!holder.isDisposed()) {
                holder.getDisplay().asyncExec(() -> show(store, scope, byCode, stretches));
            }
            return Status.OK_STATUS;
        });
        running.setUser(true);
        running.schedule();
        return running;
    }

    private void show(ProjectStore store, AgreementScope scope, List<CharacterAgreement.CodeAgreement> byCode,
            List<Disagreements.Stretch> stretches) {
        if (figures.isDisposed()) {
            return;
        }
        figures.removeAll();
        for (CharacterAgreement.CodeAgreement c : byCode) {
            for (CharacterAgreement.Pair p : c.pairs()) {
                TableItem item = new TableItem(figures, SWT.NONE);
                Double kappa = p.counts().kappa();
                item.setText(new String[] {store.codebook().path(c.codeId()), p.first(), p.second(),
                        format("%.1f%%", p.counts().agreement()), format("%.3f", kappa)});
                item.setBackground(4, colour(kappa));
            }
        }
        disagreements.removeAll();
        for (Disagreements.Stretch s : stretches) {
            TableItem item = new TableItem(disagreements, SWT.NONE);
            item.setText(new String[] {s.document().name(), "[" + s.start() + ", " + s.end() + ")",
                    store.codebook().path(s.codeId()), String.join(", ", s.coders())});
            item.setData(s);
        }
        status.setText(NLS.bind(Messages.Agreement_done, new Object[] {scope.coders().size(),
            scope.documents().size(), scope.characters(), stretches.size()}));
    }

    /** A figure, or n/a where it is undefined (0/0). */
    private static String format(String pattern, Double value) {
        return value == null ? Messages.Agreement_undefined : String.format(pattern, value);
    }

    /** Krippendorff's thresholds: 0.8 and above reliable, 0.667 tentative, below that not to rely on. */
    private Color colour(Double kappa) {
        if (kappa == null) {
            return null;
        }
        int rgb = kappa >= 0.8 ? 0xc8e6c9 : kappa >= 0.667 ? 0xfff3b0 : 0xf8c4c4;
        return new Color(figures.getDisplay(), rgb >> 16, rgb >> 8 & 0xff, rgb & 0xff);
    }

    private void openDisagreement() {
        int i = disagreements.getSelectionIndex();
        if (i < 0) {
            return;
        }
        Disagreements.Stretch s = (Disagreements.Stretch) disagreements.getItem(i).getData();
        DocumentsView.open(getSite().getPage(), s.document());
        IEditorPart editor = getSite().getPage().getActiveEditor();
        if (editor instanceof DocumentEditor d && d.documentId() == s.document().id()) {
            d.reveal(s.start(), s.end());
        }
    }

    /** The disagreement's context menu: adopt one coder's coding, the union or the intersection as a consensus. */
    private void consensusMenu() {
        Menu menu = new Menu(disagreements);
        disagreements.setMenu(menu);
        menu.addListener(SWT.Show, e -> {
            for (MenuItem old : menu.getItems()) {
                old.dispose();
            }
            int i = disagreements.getSelectionIndex();
            if (i < 0) {
                return;
            }
            Disagreements.Stretch s = (Disagreements.Stretch) disagreements.getItem(i).getData();
            for (String coder : s.coders()) {
                item(menu, NLS.bind(Messages.Agreement_adopt, coder), () -> resolve(s, Consensus.Mode.ADOPT, coder));
            }
            item(menu, Messages.Agreement_union, () -> resolve(s, Consensus.Mode.UNION, null));
            item(menu, Messages.Agreement_intersection, () -> resolve(s, Consensus.Mode.INTERSECTION, null));
        });
    }

    private static void item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private void resolve(Disagreements.Stretch s, Consensus.Mode mode, String coder) {
        InputDialog ask = new InputDialog(getSite().getShell(), Messages.Agreement_consensusTitle,
                Messages.Agreement_consensusCoder, consensusCoder, v -> v.isBlank() ? Messages.Agreement_consensusCoder
                        : null);
        if (ask.open() != Window.OK) {
            return;
        }
        consensusCoder = ask.getValue().strip();
        resolve(s, mode, coder, consensusCoder);
    }

    /** Codes the stretch as the consensus coder, one undoable step, and computes the figures again. */
    public void resolve(Disagreements.Stretch s, Consensus.Mode mode, String coder, String consensus) {
        ProjectStore store = session.store().orElse(null);
        if (store == null) {
            return;
        }
        List<String> who = chosenCoders().stream().filter(c -> !c.equals(consensus)).toList();
        AgreementScope scope = AgreementScope.of(store, java.util.Set.of(s.document().id()), List.of(s.codeId()), who);
        List<int[]> ranges = Consensus.ranges(scope, s.document().id(), s.codeId(), s.start(), s.end(), mode, coder);
        store.apply(Consensus.operation(store, s.document().id(), s.codeId(), ranges, consensus));
    }

    /** For tests. */
    public Table figures() {
        return figures;
    }

    public Table disagreements() {
        return disagreements;
    }

    public Table coders() {
        return coders;
    }
}
