package tessera.ui.editor;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.part.EditorPart;

import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.model.Coding;
import tessera.core.store.Applied;
import tessera.core.store.CodingFilter;
import tessera.core.store.ProjectStore;
import tessera.core.store.RowChange;
import tessera.core.store.Table;
import tessera.core.text.CodePointIndex;
import tessera.ui.internal.Messages;
import tessera.ui.session.ProjectSession;
import tessera.ui.session.Sessions;

/**
 * Shows a document's plain text, read-only, with its codings painted in their codes' colours; it repaints when
 * the project's codings or codes change. (The full coding editor replaces this skeleton.)
 */
public final class DocumentEditor extends EditorPart implements ProjectSession.Listener {

    public static final String ID = "tessera.ui.editor.document";

    private final CodingHighlighter highlighter = new CodingHighlighter();
    private ProjectSession session;
    private StyledText text;
    private Font font;
    private CodePointIndex index;
    private List<Coding> codings = List.of();
    private Map<Long, Code> codes = Map.of();
    private Codebook book = new Codebook(List.of());
    private Map<Long, String> coders = Map.of();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DocumentEditorInput)) {
            throw new PartInitException("not a Tessera document: " + input);
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        session = Sessions.get();
    }

    public long documentId() {
        return ((DocumentEditorInput) getEditorInput()).documentId();
    }

    @Override
    public void createPartControl(Composite parent) {
        text = new StyledText(parent, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
        text.setEditable(false);
        text.setMargins(12, 8, 12, 8);
        text.setLineSpacing(4);
        font = CjkFonts.create(parent.getDisplay(), 12);
        text.setFont(font);
        text.addMouseMoveListener(e -> text.setToolTipText(tooltipAt(new Point(e.x, e.y))));
        text.addDisposeListener(e -> font.dispose());
        MenuManager menu = new MenuManager();
        for (String command : new String[] {"tessera.ui.codeSelection", "tessera.ui.uncode", "org.eclipse.ui.edit.undo"}) {
            menu.add(new CommandContributionItem(new CommandContributionItemParameter(getSite(), null, command,
                    CommandContributionItem.STYLE_PUSH)));
        }
        text.setMenu(menu.createContextMenu(text));
        session.addListener(this);
        session.store().ifPresent(this::load);
    }

    private void load(ProjectStore store) {
        String content = store.text(documentId());
        index = CodePointIndex.of(content);
        text.setText(content);
        paint(store);
    }

    private void paint(ProjectStore store) {
        codings = store.codings(CodingFilter.document(documentId()));
        book = store.codebook();
        codes = book.inOrder().stream().collect(Collectors.toMap(Code::id, c -> c));
        coders = store.coderNames();
        List<StyleRange> styles = highlighter.styles(index, codings, codes);
        text.setStyleRanges(styles.toArray(StyleRange[]::new));
    }

    /** The codes and coders of the codings under the mouse, one per line. */
    private String tooltipAt(Point point) {
        int offset = text.getOffsetAtPoint(point);
        if (offset < 0 || index == null) {
            return null;
        }
        int cp = index.toCodePointFloor(offset);
        String tip = codings.stream().filter(c -> c.start() <= cp && cp < c.end())
                .map(c -> NLS.bind(Messages.DocumentEditor_codedBy, book.path(c.codeId()), coders.get(c.coderId())))
                .collect(Collectors.joining("\n"));
        return tip.isEmpty() ? null : tip;
    }

    /** Selects and shows [start, end) in code points, e.g. a coded segment opened from a list. */
    public void reveal(int start, int end) {
        if (index == null) {
            return;
        }
        int from = index.toUtf16(start);
        text.setSelection(from, index.toUtf16(end));
        text.showSelection();
    }

    /** For tests and later actions: the text widget. */
    public StyledText textWidget() {
        return text;
    }

    @Override
    public void projectOpened(ProjectStore store) {
        text.getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
    }

    @Override
    public void changed(Applied applied) {
        boolean mine = applied.changes().stream().anyMatch(c -> c.table() == Table.CODE || c.table() == Table.CODER
                || (c.table() == Table.CODING && Long.valueOf(documentId()).equals(c.value("document_id"))));
        boolean removed = applied.changes().stream().anyMatch(c -> c.table() == Table.DOCUMENT && c.id() == documentId()
                && c.kind() == RowChange.Kind.DELETE);
        if (!mine && !removed) {
            return;
        }
        text.getDisplay().asyncExec(() -> {
            if (text.isDisposed()) {
                return;
            }
            if (removed) {
                getSite().getPage().closeEditor(this, false);
            } else {
                session.store().ifPresent(this::paint);
            }
        });
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(this);
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // every change is stored when it is made
    }

    @Override
    public void doSaveAs() {
        // not offered
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
