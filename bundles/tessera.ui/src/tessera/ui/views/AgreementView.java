package tessera.ui.views;

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
import tessera.analysis.agreement.Consensus;
import tessera.analysis.agreement.Disagreements;
import tessera.core.store.ProjectStore;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.internal.Messages;

/**
 * Intercoder agreement of the open project: choose two or more coders, the codes and documents, and the unit;
 * compute (a Job); read per code and coder pair the percentage agreement, Cohen's kappa and Krippendorff's alpha,
 * coloured against Krippendorff's thresholds (0.8 reliable, 0.667 tentative), with a total row, then every stretch
 * where the coders differ. A double-click opens the stretch in its document with the stripes side by side by coder.
 */
public final class AgreementView extends ProjectView {

    public static final String ID = "tessera.ui.views.agreement";

    private Composite holder;
    private AgreementScopeBar scope;
    private Label status;
    private Label notes;
    private Table figures;
    private Table disagreements;
    private String consensusCoder = Messages.Agreement_consensusTitle; // the name offered first

    @Override
    public void createPartControl(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new GridLayout(1, false));
        scope = new AgreementScopeBar(holder, this::compute);
        status = new Label(holder, SWT.WRAP);
        status.setText(Messages.Agreement_hint);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        notes = new Label(holder, SWT.WRAP);
        notes.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(holder, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        figures = table(sash, new int[] {260, 110, 110, 100, 90, 150}, Messages.Agreement_code,
                Messages.Agreement_first, Messages.Agreement_second, Messages.Agreement_percent, Messages.Agreement_kappa,
                Messages.Agreement_alpha);
        disagreements = table(sash, new int[] {260, 110, 260, 220}, Messages.Agreement_document,
                Messages.Agreement_range, Messages.Agreement_code, Messages.Agreement_codedBy);
        disagreements.addListener(SWT.DefaultSelection, e -> openDisagreement());
        consensusMenu();
        startListening();
    }

    private static Table table(Composite parent, int[] widths, String... titles) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(t, SWT.NONE);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
        return t;
    }

    @Override
    protected Control control() {
        return holder;
    }

    /** Lists the project's coders, codes and documents; the figures wait for Compute. */
    @Override
    protected void refresh(ProjectStore store) {
        if (store == null) {
            scope.clear();
            return;
        }
        scope.refresh(store, store.coderNames().values().stream().sorted().toList());
        holder.layout(true, true);
    }

    /** Computes the figures for the chosen scope in a Job and shows them when done. */
    public Job compute() {
        ProjectStore store = session.store().orElse(null);
        List<String> who = scope.coders();
        if (store == null || who.size() < 2) {
            status.setText(Messages.Agreement_twoCoders);
            return null;
        }
        var documents = scope.documents();
        var codes = scope.codes();
        Long parent = scope.code();
        boolean byDocument = scope.documentsAsUnits();
        status.setText(Messages.Agreement_computing);
        Job job = Job.create(Messages.Agreement_computing, monitor -> {
            AgreementFigures f = byDocument ? AgreementFigures.documents(store, documents, parent, who)
                    : AgreementFigures.characters(store, documents, codes, who, monitor);
            if (!holder.isDisposed()) {
                holder.getDisplay().asyncExec(() -> show(f));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void show(AgreementFigures f) {
        if (figures.isDisposed()) {
            return;
        }
        figures.removeAll();
        for (AgreementFigures.Row r : f.rows()) {
            TableItem item = new TableItem(figures, SWT.NONE);
            item.setText(new String[] {r.code(), r.first(), r.second(), percent(r.agreement()),
                AgreementFigures.figure(r.kappa()), AgreementFigures.figure(r.alpha())});
            item.setBackground(4, colour(r.kappa()));
            item.setBackground(5, colour(r.alpha()));
            if (r.total()) {
                item.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(
                        org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
            }
        }
        disagreements.removeAll();
        ProjectStore store = session.store().orElse(null);
        for (Disagreements.Stretch s : f.stretches()) {
            TableItem item = new TableItem(disagreements, SWT.NONE);
            item.setText(new String[] {s.document().name(), "[" + s.start() + ", " + s.end() + ")",
                store == null ? "" : store.codebook().path(s.codeId()), String.join(", ", s.coders())});
            item.setData(s);
        }
        status.setText(f.summary());
        notes.setText(String.join("\n", f.notes()));
        holder.layout(true, true);
    }

    private static String percent(Double value) {
        return value == null ? Messages.Agreement_undefined : String.format("%.1f%%", value);
    }

    /** Krippendorff's thresholds: 0.8 and above reliable, 0.667 tentative, below that not to rely on. */
    private Color colour(Double figure) {
        if (figure == null) {
            return null;
        }
        int rgb = figure >= 0.8 ? 0xc8e6c9 : figure >= 0.667 ? 0xfff3b0 : 0xf8c4c4;
        return new Color(figures.getDisplay(), rgb >> 16, rgb >> 8 & 0xff, rgb & 0xff);
    }

    /** Opens the stretch in its document, selected, with each coder's codings in stripes of their own. */
    private void openDisagreement() {
        int i = disagreements.getSelectionIndex();
        if (i < 0) {
            return;
        }
        Disagreements.Stretch s = (Disagreements.Stretch) disagreements.getItem(i).getData();
        DocumentsView.open(getSite().getPage(), s.document());
        IEditorPart editor = getSite().getPage().getActiveEditor();
        if (editor instanceof DocumentEditor d && d.documentId() == s.document().id()) {
            d.showCoder(null);
            d.groupByCoder(true);
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

    /** Codes the stretch as the consensus coder, one undoable step. */
    public void resolve(Disagreements.Stretch s, Consensus.Mode mode, String coder, String consensus) {
        ProjectStore store = session.store().orElse(null);
        if (store == null) {
            return;
        }
        List<String> who = scope.coders().stream().filter(c -> !c.equals(consensus)).toList();
        AgreementScope one = AgreementScope.of(store, java.util.Set.of(s.document().id()), List.of(s.codeId()), who);
        List<int[]> ranges = Consensus.ranges(one, s.document().id(), s.codeId(), s.start(), s.end(), mode, coder);
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
        return scope.coderTable();
    }

    AgreementScopeBar scope() {
        return scope;
    }

    String status() {
        return status.getText();
    }
}
