package tessera.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;

import tessera.core.model.Code;
import tessera.core.model.Coder;
import tessera.core.store.ProjectStore;
import tessera.exchange.export.ExportKind;
import tessera.exchange.export.ExportOptions;
import tessera.exchange.export.Exporter;
import tessera.exchange.matrix.Cooccurrence;
import tessera.exchange.matrix.MatrixValue;
import tessera.exchange.scope.ExportFilter;
import tessera.ui.internal.Messages;
import tessera.ui.views.CodebookView;
import tessera.ui.views.DocumentRow;
import tessera.ui.views.DocumentsView;

/** The one page of the Export wizard: sheets and their options, filters, format and file. */
public final class ExportWizardPage extends WizardPage {

    private final ProjectStore store;
    private final Set<Long> selectedCodes = new HashSet<>();
    private final Set<Long> selectedDocuments = new HashSet<>();
    Button matrix;
    Button attributes;
    Combo attribute;
    Button cooccurrence;
    Combo mode;
    Spinner distance;
    Button segments;
    Button codebook;
    Combo value;
    Button aggregate;
    Button onlySelectedCodes;
    Button onlySelectedDocuments;
    final List<Button> coders = new ArrayList<>();
    Button xlsx;
    Text file;


    ExportWizardPage(ProjectStore store, IWorkbenchWindow window) {
        super("export");
        this.store = store;
        setTitle(Messages.Export_title);
        setDescription(Messages.Export_description);
        if (window != null && window.getActivePage() != null) {
            selection(window, CodebookView.ID).forEach(o -> selectedCodes.add(((Code) o).id()));
            selection(window, DocumentsView.ID).forEach(o -> selectedDocuments.add(((DocumentRow) o).document().id()));
        }
    }

    private static List<?> selection(IWorkbenchWindow window, String viewId) {
        var s = window.getSelectionService().getSelection(viewId);
        return s instanceof IStructuredSelection ss ? ss.toList() : List.of();
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(c);
        Group what = group(c, Messages.Export_what, 3);
        matrix = check(what, Messages.Export_matrix, 3, true);
        attributes = check(what, Messages.Export_attributes, 1, false);
        attribute = new Combo(what, SWT.READ_ONLY);
        store.attributes().forEach(a -> attribute.add(a.name()));
        if (attribute.getItemCount() > 0) {
            attribute.select(0);
        }
        GridDataFactory.fillDefaults().span(2, 1).applyTo(attribute);
        cooccurrence = check(what, Messages.Export_cooccurrence, 1, false);
        mode = new Combo(what, SWT.READ_ONLY);
        mode.setItems(Messages.Export_overlap, Messages.Export_paragraph, Messages.Export_near);
        mode.select(0);
        distance = new Spinner(what, SWT.BORDER);
        distance.setValues(50, 0, 100_000, 0, 10, 100);
        segments = check(what, Messages.Export_segments, 3, true);
        codebook = check(what, Messages.Export_codebook, 3, true);
        new Label(what, SWT.NONE).setText(Messages.Export_value);
        value = new Combo(what, SWT.READ_ONLY);
        for (MatrixValue v : MatrixValue.values()) {
            value.add(v.label());
        }
        value.select(0);
        aggregate = check(what, Messages.Export_aggregate, 1, false);

        Group filters = group(c, Messages.Export_filters, 1);
        onlySelectedCodes = check(filters, Messages.Export_selectedCodes + " (" + selectedCodes.size() + ")", 1, false);
        onlySelectedCodes.setEnabled(!selectedCodes.isEmpty());
        onlySelectedDocuments = check(filters, Messages.Export_selectedDocuments + " (" + selectedDocuments.size() + ")", 1,
                false);
        onlySelectedDocuments.setEnabled(!selectedDocuments.isEmpty());
        new Label(filters, SWT.NONE).setText(Messages.Export_coders);
        for (Coder coder : store.coders()) {
            Button b = check(filters, coder.name(), 1, true);
            b.setData(coder.id());
            coders.add(b);
        }

        Group where = group(c, Messages.Export_format, 4);
        xlsx = new Button(where, SWT.RADIO);
        xlsx.setText("XLSX");
        xlsx.setSelection(true);
        Button csv = new Button(where, SWT.RADIO);
        csv.setText("CSV");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(csv);
        new Label(where, SWT.NONE).setText(Messages.Export_file);
        file = new Text(where, SWT.BORDER);
        file.setText(tessera.ui.util.Places.file(store, "-review.xlsx").toString());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(360, SWT.DEFAULT).applyTo(file);
        Button browse = new Button(where, SWT.PUSH);
        browse.setText(Messages.Export_browse);
        browse.addListener(SWT.Selection, e -> browse());
        xlsx.addListener(SWT.Selection, e -> extension());
        for (Button b : List.of(matrix, attributes, cooccurrence, segments, codebook)) {
            b.addListener(SWT.Selection, e -> validate());
        }
        file.addListener(SWT.Modify, e -> validate());
        setControl(c);
        validate();
    }

    private static Group group(Composite parent, String title, int columns) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(g);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(g);
        return g;
    }

    private static Button check(Composite parent, String text, int span, boolean on) {
        Button b = new Button(parent, SWT.CHECK);
        b.setText(text);
        b.setSelection(on);
        GridDataFactory.fillDefaults().span(span, 1).applyTo(b);
        return b;
    }

    private void browse() {
        FileDialog d = new FileDialog(getShell(), SWT.SAVE);
        d.setOverwrite(true);
        d.setFilterExtensions(new String[] {xlsx.getSelection() ? "*.xlsx" : "*.csv"});
        String chosen = d.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void extension() {
        String f = file.getText();
        String want = xlsx.getSelection() ? ".xlsx" : ".csv";
        file.setText(f.replaceFirst("\\.(xlsx|csv)$", "") + want);
    }

    private void validate() {
        String error = null;
        if (kinds().isEmpty()) {
            error = Messages.Export_needSheet;
        } else if (file.getText().isBlank()) {
            error = Messages.Export_needFile;
        } else if (attributes.getSelection() && attribute.getSelectionIndex() < 0) {
            error = Messages.Export_needAttribute;
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    List<ExportKind> kinds() {
        List<ExportKind> kinds = new ArrayList<>();
        if (matrix.getSelection()) {
            kinds.add(ExportKind.MATRIX);
        }
        if (attributes.getSelection()) {
            kinds.add(ExportKind.ATTRIBUTES);
        }
        if (cooccurrence.getSelection()) {
            kinds.add(ExportKind.COOCCURRENCE);
        }
        if (segments.getSelection()) {
            kinds.add(ExportKind.SEGMENTS);
        }
        if (codebook.getSelection()) {
            kinds.add(ExportKind.CODEBOOK);
        }
        return kinds;
    }

    /** Sets the file to write (as Browse... does). */
    public void setDestination(Path path) {
        file.setText(path.toString());
    }

    /** What the user chose, read from the controls. */
    public ExportRequest request() {
        Set<Long> coderIds = new HashSet<>();
        coders.stream().filter(Button::getSelection).forEach(b -> coderIds.add((Long) b.getData()));
        ExportFilter filter = new ExportFilter(onlySelectedCodes.getSelection() ? Set.copyOf(selectedCodes) : null, true,
                onlySelectedDocuments.getSelection() ? Set.copyOf(selectedDocuments) : null, Map.of(),
                coderIds.size() == coders.size() ? null : coderIds);
        ExportOptions options = new ExportOptions(MatrixValue.values()[value.getSelectionIndex()], aggregate.getSelection(),
                attributes.getSelection() ? attribute.getText() : null, Cooccurrence.Mode.values()[mode.getSelectionIndex()],
                distance.getSelection());
        return new ExportRequest(kinds(), options, filter, xlsx.getSelection() ? Exporter.Format.XLSX : Exporter.Format.CSV,
                Path.of(file.getText().strip()));
    }
}
