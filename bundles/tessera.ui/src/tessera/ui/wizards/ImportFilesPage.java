package tessera.ui.wizards;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import tessera.ui.internal.Messages;

/**
 * The one page of the import wizard: the files to bring in (added by dialog or dropped from the desktop), what
 * each is, and the encoding of plain-text files. Unsupported files keep the page from finishing, with a message
 * that names them.
 */
final class ImportFilesPage extends WizardPage {

    /** Encodings offered for plain text; the first entry means "detect". */
    private static final String[] ENCODINGS = {"UTF-8", "GB18030", "Big5", "Shift_JIS", "EUC-JP", "EUC-KR",
        "windows-1252", "ISO-8859-1", "UTF-16"};

    private final List<Path> files = new ArrayList<>();
    private TableViewer viewer;
    private Combo encoding;

    ImportFilesPage(List<Path> initial) {
        super("files");
        setTitle(Messages.ImportWizard_title);
        setDescription(Messages.ImportWizard_description);
        files.addAll(initial);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
        viewer = new TableViewer(c, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.ImportWizard_file, 320, p -> p.getFileName().toString());
        column(Messages.ImportWizard_kind, 160, p -> ImportKind.of(p).label());
        column(Messages.ImportWizard_size, 90, ImportFilesPage::size);
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 260).span(1, 3).applyTo(viewer.getControl());
        Button add = button(c, Messages.ImportWizard_add);
        add.addListener(SWT.Selection, e -> addFromDialog());
        Button remove = button(c, Messages.ImportWizard_remove);
        remove.addListener(SWT.Selection, e -> {
            ((IStructuredSelection) viewer.getSelection()).toList().forEach(files::remove);
            update();
        });
        new Label(c, SWT.NONE);
        Composite row = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        new Label(row, SWT.NONE).setText(Messages.ImportWizard_encoding);
        encoding = new Combo(row, SWT.DROP_DOWN);
        encoding.add(Messages.ImportWizard_detect);
        Arrays.stream(ENCODINGS).forEach(encoding::add);
        encoding.select(0);
        encoding.addListener(SWT.Modify, e -> update());
        DropTarget drop = new DropTarget(viewer.getControl(), DND.DROP_COPY | DND.DROP_DEFAULT);
        drop.setTransfer(new Transfer[] {FileTransfer.getInstance()});
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String[] names) {
                    add(Arrays.stream(names).map(Path::of).toList());
                }
            }
        });
        setControl(c);
        update();
    }

    private void column(String title, int width, java.util.function.Function<Path, String> text) {
        TableViewerColumn col = new TableViewerColumn(viewer, SWT.NONE);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Path) element);
            }
        });
    }

    private static Button button(Composite c, String text) {
        Button b = new Button(c, SWT.PUSH);
        b.setText(text);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(b);
        return b;
    }

    private static String size(Path p) {
        try {
            long bytes = Files.size(p);
            return bytes < 10_000 ? bytes + " B" : bytes < 10_000_000 ? bytes / 1024 + " KB" : bytes / (1024 * 1024) + " MB";
        } catch (IOException e) {
            return "?";
        }
    }

    private void addFromDialog() {
        FileDialog d = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        d.setText(Messages.ImportWizard_title);
        d.setFilterExtensions(new String[] {"*.txt;*.md;*.markdown;*.html;*.htm;*.docx;*.odt;*.rtf;*.pdf;*.qdc;*.qdpx",
            "*.txt;*.md;*.markdown;*.html;*.htm;*.docx;*.odt;*.rtf;*.pdf", "*.qdc;*.qdpx", "*.*"});
        if (d.open() != null) {
            add(Arrays.stream(d.getFileNames()).map(n -> Path.of(d.getFilterPath(), n)).toList());
        }
    }

    /** Adds files, each once. */
    void add(List<Path> more) {
        LinkedHashSet<Path> all = new LinkedHashSet<>(files);
        all.addAll(more);
        files.clear();
        files.addAll(all);
        update();
    }

    private void update() {
        if (viewer == null) {
            return;
        }
        viewer.setInput(files.toArray());
        List<String> unsupported = files.stream().filter(f -> ImportKind.of(f) == ImportKind.UNSUPPORTED)
                .map(f -> f.getFileName().toString()).toList();
        String error = null;
        if (!unsupported.isEmpty()) {
            error = NLS.bind(Messages.ImportWizard_unsupported, String.join(", ", unsupported));
        } else if (charset() == null && encoding.getSelectionIndex() != 0) {
            error = NLS.bind(Messages.ImportWizard_badEncoding, encoding.getText());
        }
        setErrorMessage(error);
        setPageComplete(error == null && !files.isEmpty());
    }

    List<Path> files() {
        return List.copyOf(files);
    }

    /** The encoding chosen for plain text, or null to detect it. */
    Charset charset() {
        if (encoding == null || encoding.getSelectionIndex() == 0 || encoding.getText().isBlank()
                || encoding.getText().equals(Messages.ImportWizard_detect)) {
            return null;
        }
        try {
            return Charset.forName(encoding.getText().strip());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
