package tessera.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import tessera.core.model.Code;
import tessera.core.model.Coding;
import tessera.core.model.Label;
import tessera.core.ops.AddCoding;
import tessera.core.ops.Batch;
import tessera.core.store.Applied;
import tessera.core.store.Operation;
import tessera.core.store.ProjectStore;
import tessera.core.store.RowChange;
import tessera.core.store.Table;
import tessera.core.text.CodePointIndex;
import tessera.ui.session.ProjectSession;
import tessera.ui.util.Colours;

/**
 * The coding editor: a document's plain text, read-only, in a source viewer whose annotation model holds its
 * codings. The parts: {@link CodingDocumentProvider} loads the text, {@link CodingAnnotationUpdater} follows the
 * project's changes into the model, {@link CodingDrawingStrategy} paints codings in the text,
 * {@link CodingStripesColumn} beside it, {@link CodingOverviewRuler} at the right, and {@link CodingViewerConfiguration} adds
 * the hover. Offsets are code points everywhere but in this class and its parts.
 */
public final class DocumentEditor extends EditorPart implements ProjectSession.Listener {

    public static final String ID = "tessera.ui.editor.document";
    public static final String CONTEXT_MENU = ID + ".context";

    private SelectionStatus status;
    private final ParagraphLabels paragraphNumbers = new ParagraphLabels();

    private final Colours.Cache colours = new Colours.Cache();
    private final CodingAnnotationAccess access = new CodingAnnotationAccess();
    private final EditorSelection selection = new EditorSelection();
    private ProjectSession session;
    private SourceViewer viewer;
    private CodingStripesColumn stripes;
    private CodingOverviewRuler overview;
    private CodingViewerConfiguration configuration;
    private CodingDocumentProvider.Loaded loaded;
    private CodingAnnotationUpdater updater;
    private Font font;
    private Long shownCoder;
    private Long selectedCodingId;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DocumentEditorInput)) {
            throw new PartInitException("not a Tessera document: " + input);
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        session = ProjectSession.in(site);
    }

    public long documentId() {
        return ((DocumentEditorInput) getEditorInput()).documentId();
    }

    @Override
    public void createPartControl(Composite parent) {
        CompositeRuler ruler = new CompositeRuler();
        stripes = new CodingStripesColumn(colours, a -> selectCoding(a.coding().id()));
        ruler.addDecorator(0, stripes);
        stripes.numberParagraphs(paragraphNumbers);
        overview = new CodingOverviewRuler(colours);
        viewer = new SourceViewer(parent, ruler, overview, true, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
        StyledText text = viewer.getTextWidget();
        text.setMargins(12, 8, 12, 8);
        text.setLineSpacing(3 + CodingDrawingStrategy.UNDERLINE_LANES * CodingDrawingStrategy.UNDERLINE_PITCH);
        font = CjkFonts.create(parent.getDisplay(), 12);
        text.setFont(font);
        text.addDisposeListener(e -> font.dispose());
        stripes.setTextWidget(text);
        // a double-click on Chinese, Japanese or Korean text selects the word the segmenter finds there, not the
        // whole run of characters up to the next punctuation mark
        text.addListener(SWT.MouseDoubleClick, e -> {
            int offset = text.getOffsetAtPoint(new Point(e.x, e.y));
            if (offset >= 0) {
                selectWordAt(offset);
            }
        });
        // after the text re-wraps (a resize, Reset Perspective) the layers are painted again where the words now are
        text.addListener(SWT.Resize, e -> text.getDisplay().asyncExec(() -> {
            if (!text.isDisposed()) {
                text.redraw();
            }
        }));
        text.addCaretListener(e -> {
            if (status != null) {
                status.update();
            }
        });
        text.addListener(SWT.FocusIn, e -> {
            if (status != null) {
                status.update();
            }
        });
        // A plain click in the text lets go of a coding chosen on the stripes; shift-clicks extend the selection.
        text.addListener(SWT.MouseDown, e -> {
            if ((e.stateMask & SWT.SHIFT) == 0) {
                selectedCodingId = null;
                selection.changed(null);
            }
        });
        session.addListener(this);
        session.store().ifPresent(this::load);
        installContextMenu(text);
        CodeDropTarget.install(this);
        getSite().setSelectionProvider(selection);
    }

    private void load(ProjectStore store) {
        loaded = new CodingDocumentProvider().load(store, documentId());
        configuration = new CodingViewerConfiguration(loaded.annotations());
        viewer.configure(configuration);
        paragraphNumbers.number(loaded.document());
        stripes.refit();
        viewer.setDocument(loaded.document(), loaded.annotations());
        viewer.setEditable(false);
        AnnotationPainter painter = new AnnotationPainter(viewer, access);
        painter.addDrawingStrategy(CodingAnnotation.TYPE, new CodingDrawingStrategy(colours));
        painter.addAnnotationType(CodingAnnotation.TYPE, CodingAnnotation.TYPE);
        painter.setAnnotationTypeColor(CodingAnnotation.TYPE, viewer.getTextWidget().getForeground());
        viewer.addPainter(painter);
        painter.paint(org.eclipse.jface.text.IPainter.CONFIGURATION); // paint from the first frame, not the first edit
        stripes.useModel(loaded.annotations());
        overview.useModel(loaded.annotations());
        updater = new CodingAnnotationUpdater(loaded.annotations(), documentId(), loaded.index());
        updater.load(store);
        annotationsChanged();
        status = new SelectionStatus(getEditorSite().getActionBars().getStatusLineManager(), viewer.getTextWidget(),
                loaded.index(), loaded.document().get());
        status.update();
    }

    /** After the updater changed the model: the overview repaints, the stripes take the width their lanes need. */
    private void annotationsChanged() {
        overview.update();
        stripes.setLanes(updater.lanes());
        if (selectedCodingId != null && updater.annotationOf(selectedCodingId) == null) {
            selectedCodingId = null;
        }
        selection.changed(selectedCoding().orElse(null));
    }

    private void installContextMenu(StyledText text) {
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        text.setMenu(menu.createContextMenu(text));
        getSite().registerContextMenu(CONTEXT_MENU, menu, selection);
    }

    /** The text widget, whose offsets are UTF-16. */
    public StyledText textWidget() {
        return viewer.getTextWidget();
    }

    /** Selects the CJK word at a UTF-16 offset of the text, as the index segments it; Latin text is left alone. */
    public void selectWordAt(int offset) {
        StyledText text = textWidget();
        if (offset >= text.getCharCount() || !isCjk(text.getText(offset, offset).codePointAt(0))) {
            return;
        }
        int line = text.getLineAtOffset(offset);
        int lineStart = text.getOffsetAtLine(line);
        String language = session.store().flatMap(s -> s.document(documentId())).map(d -> d.language()).orElse("zh");
        int[] word = tessera.index.WordTokens.at(text.getLine(line), offset - lineStart, language,
                tessera.ui.session.WordListPreference.options().keepWhole());
        if (word != null) {
            text.setSelection(lineStart + word[0], lineStart + word[1]);
            if (status != null) {
                status.update();
            }
        }
    }

    private static boolean isCjk(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    /** For tests: how wide the margin's numbers are. */
    public int paragraphMargin() {
        return stripes.numbersWidth();
    }

    /** For tests: the paragraph number the margin shows beside a line, or "" for a blank line. */
    public String paragraphLabel(int line) {
        return paragraphNumbers.label(line);
    }

    /** What the status bar says of the caret or selection, e.g. "Paragraph 3, characters 120 to 164 (44)". */
    public String selectionStatus() {
        return status == null ? "" : status.describe();
    }

    /** Converts between the text's code points and the widget's UTF-16 offsets. */
    public CodePointIndex index() {
        return loaded.index();
    }

    /** The selected text as code points [start, end), a selection ending inside a surrogate pair taking it whole. */
    public int[] selectedRange() {
        Point s = textWidget().getSelectionRange();
        return new int[] {index().toCodePointFloor(s.x), index().toCodePointCeil(s.x + s.y)};
    }

    /** Codes the selected text with each code, as one step of undo; nothing when no text is selected. */
    public Optional<Applied> codeSelection(List<Code> codes) {
        int[] range = selectedRange();
        if (range[0] == range[1] || codes.isEmpty()) {
            return Optional.empty();
        }
        ProjectStore store = session.store().orElseThrow();
        List<Operation> ops = new ArrayList<>();
        for (Code c : codes) {
            ops.add(new AddCoding(documentId(), c.id(), range[0], range[1]));
        }
        return Optional.of(store.apply(ops.size() == 1 ? ops.get(0) : new Batch(Label.of("batch.code", ops.size()), ops)));
    }

    /** The coding chosen on the stripes, if it is still shown. */
    public Optional<Coding> selectedCoding() {
        CodingAnnotation a = selectedCodingId == null || updater == null ? null : updater.annotationOf(selectedCodingId);
        return Optional.ofNullable(a).map(CodingAnnotation::coding);
    }

    /** Chooses a coding, as a click on its stripe does: its passage is selected and shown. */
    public void selectCoding(long codingId) {
        CodingAnnotation a = updater.annotationOf(codingId);
        if (a == null) {
            return;
        }
        selectedCodingId = codingId;
        reveal(a.coding().start(), a.coding().end());
        selection.changed(a.coding());
    }

    /** The codings shown at a UTF-16 offset, shortest first. */
    public List<Coding> codingsAt(int offset) {
        return configuration.hover().at(offset).stream().map(CodingAnnotation::coding).toList();
    }

    /** The coding the editor's commands act on: the one chosen on the stripes, else the shortest under the caret. */
    public Optional<Coding> currentCoding() {
        Optional<Coding> chosen = selectedCoding();
        if (chosen.isPresent()) {
            return chosen;
        }
        return codingsAt(textWidget().getCaretOffset()).stream().findFirst();
    }

    /** Shows the codings of one coder, or of all when {@code coderId} is null. */
    public void showCoder(Long coderId) {
        shownCoder = coderId;
        updater.filter(coderId);
        annotationsChanged();
    }

    /** Each coder's codings in stripes of their own, side by side (comparing coders), or all in shared lanes. */
    public void groupByCoder(boolean grouped) {
        updater.groupByCoder(grouped);
        stripes.labelWithCoder(grouped);
        annotationsChanged();
    }

    public boolean groupedByCoder() {
        return updater.groupedByCoder();
    }

    public Long shownCoder() {
        return shownCoder;
    }

    /** For tests and the hover: the coding annotations now in the model. */
    public List<CodingAnnotation> annotations() {
        return updater.shown();
    }

    /** The model of the codings' annotations, positions in UTF-16. */
    public org.eclipse.jface.text.source.IAnnotationModel annotationModel() {
        return loaded.annotations();
    }

    CodingOverviewRuler overview() {
        return overview;
    }

    CodingStripesColumn stripes() {
        return stripes;
    }

    /** Selects and shows [start, end) in code points, e.g. a coded segment opened from a list. */
    public void reveal(int start, int end) {
        if (loaded == null) {
            return;
        }
        int from = index().toUtf16(start);
        int to = index().toUtf16(end);
        viewer.setSelectedRange(from, to - from);
        viewer.revealRange(from, to - from);
    }

    @Override
    public void projectOpened(ProjectStore store) {
        textWidget().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
    }

    @Override
    public void changed(Applied applied) {
        boolean removed = applied.changes().stream().anyMatch(c -> c.table() == Table.DOCUMENT && c.id() == documentId()
                && c.kind() == RowChange.Kind.DELETE);
        textWidget().getDisplay().asyncExec(() -> {
            if (textWidget().isDisposed() || updater == null) {
                return;
            }
            if (removed) {
                getSite().getPage().closeEditor(this, false);
            } else {
                session.store().ifPresent(store -> {
                    if (updater.follow(applied, store)) {
                        annotationsChanged();
                    }
                });
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
        textWidget().setFocus();
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
