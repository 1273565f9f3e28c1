package tessera.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import tessera.core.model.Code;
import tessera.core.model.Coding;
import tessera.core.model.Document;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectStore;
import tessera.core.text.CodePointIndex;
import tessera.exchange.sheet.SingleSheet;
import tessera.index.WordFrequencies;
import tessera.ui.internal.Messages;

/**
 * Word frequencies of the corpus, of the document selected in Documents, or of the code selected in the Codebook
 * (its segments, with subcodes): CJK segmented by dictionary, stop words left out; exportable as CSV.
 */
public final class FrequenciesView extends ProjectView {

    public static final String ID = "tessera.ui.views.frequencies";
    static final int LIMIT = 500;

    private Composite holder;
    private Combo scope;
    private Label title;
    private TableViewer table;
    private List<WordFrequencies.Word> words = List.of();

    @Override
    public void createPartControl(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 4).applyTo(holder);
        scope = new Combo(holder, SWT.READ_ONLY);
        scope.setItems(Messages.Freq_corpus, Messages.Freq_document, Messages.Freq_code);
        scope.select(0);
        scope.addListener(SWT.Selection, e -> count());
        Button refresh = new Button(holder, SWT.PUSH);
        refresh.setText(Messages.Freq_count);
        refresh.addListener(SWT.Selection, e -> count());
        Button export = new Button(holder, SWT.PUSH);
        export.setText(Messages.Freq_export);
        export.addListener(SWT.Selection, e -> export());
        Button lists = new Button(holder, SWT.PUSH);
        lists.setText(Messages.Freq_lists + "...");
        lists.addListener(SWT.Selection, e -> {
            if (new WordListDialog(holder.getShell()).open() == org.eclipse.jface.window.Window.OK) {
                count();
            }
        });
        title = new Label(holder, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        table = new TableViewer(holder, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(table.getControl());
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Freq_word, 160, w -> w.word());
        column(Messages.Freq_language, 70, w -> w.language());
        column(Messages.Freq_countColumn, 80, w -> Integer.toString(w.count()));
        column(Messages.Freq_documents, 80, w -> Integer.toString(w.documents()));
        startListening();
    }

    private void column(String name, int width, Function<WordFrequencies.Word, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
        c.getColumn().setText(name);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((WordFrequencies.Word) element);
            }
        });
    }

    /** Counts the words of the chosen scope: 0 corpus, 1 selected document, 2 selected code. */
    public void count(int which) {
        scope.select(which);
        count();
    }

    private void count() {
        ProjectStore store = session.store().orElse(null);
        if (store == null) {
            return;
        }
        List<WordFrequencies.Passage> passages = new ArrayList<>();
        String what = Messages.Freq_corpus;
        var selection = getSite().getWorkbenchWindow().getSelectionService();
        if (scope.getSelectionIndex() == 1) {
            Document d = selection.getSelection(DocumentsView.ID) instanceof IStructuredSelection s
                    && s.getFirstElement() instanceof DocumentRow row ? row.document() : null;
            if (d == null) {
                title.setText(Messages.Freq_selectDocument);
                return;
            }
            passages.add(new WordFrequencies.Passage(d.id(), store.text(d.id()), d.language()));
            what = d.name();
        } else if (scope.getSelectionIndex() == 2) {
            Code code = selection.getSelection(CodebookView.ID) instanceof IStructuredSelection s
                    && s.getFirstElement() instanceof Code c ? c : null;
            if (code == null) {
                title.setText(Messages.Freq_selectCode);
                return;
            }
            for (Coding c : store.codings(CodingFilter.codes(store.codebook().subtree(code.id())))) {
                Document d = store.document(c.documentId()).orElseThrow();
                String text = store.text(d.id());
                passages.add(new WordFrequencies.Passage(d.id(), CodePointIndex.slice(text, CodePointIndex.of(text),
                        c.start(), c.end()), d.language()));
            }
            what = store.codebook().path(code.id());
        } else {
            store.documents().forEach(d -> passages.add(new WordFrequencies.Passage(d.id(), store.text(d.id()),
                    d.language())));
        }
        words = WordFrequencies.count(passages, LIMIT, tessera.ui.session.WordListPreference.options());
        table.setInput(words);
        title.setText(NLS.bind(Messages.Freq_title, what, words.size()));
        holder.layout();
    }

    private void export() {
        FileDialog d = new FileDialog(holder.getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] {"*.csv", "*.xlsx"});
        d.setOverwrite(true);
        String file = d.open();
        if (file != null) {
            try {
                SingleSheet.write(Path.of(file), "Words", WordFrequencies.HEADERS, WordFrequencies.rows(words));
            } catch (IOException e) {
                MessageDialog.openError(holder.getShell(), Messages.Freq_export, file + ": " + e.getMessage());
            }
        }
    }

    public List<WordFrequencies.Word> words() {
        return words;
    }

    @Override
    protected Control control() {
        return holder;
    }

    @Override
    protected void refresh(ProjectStore store) {
        if (store == null) {
            table.setInput(List.of());
        }
    }
}
