package tessera.app.workbench;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import tessera.ui.views.AttributesView;
import tessera.ui.views.CodebookView;
import tessera.ui.views.DocumentsView;
import tessera.ui.views.AgreementView;
import tessera.ui.views.MatrixView;
import tessera.ui.views.ChartsView;
import tessera.ui.views.FrequenciesView;
import tessera.ui.views.MatrixQueryView;
import tessera.ui.views.QueryView;
import tessera.ui.views.MemoView;
import tessera.ui.views.SearchView;
import tessera.ui.views.SegmentsView;

/**
 * Documents and Codebook on the left, the document being read on the right, the Coded Segments, Matrix, Memo,
 * Attributes, Search and Word Frequencies views below it.
 */
public final class CodingPerspective implements IPerspectiveFactory {

    public static final String ID = "tessera.app.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        String editors = layout.getEditorArea();
        IFolderLayout documents = layout.createFolder("documents", IPageLayout.LEFT, 0.34f, editors);
        documents.addView(DocumentsView.ID);
        IFolderLayout codebook = layout.createFolder("codebook", IPageLayout.BOTTOM, 0.45f, "documents");
        codebook.addView(CodebookView.ID);
        IFolderLayout below = layout.createFolder("below", IPageLayout.BOTTOM, 0.66f, editors);
        below.addView(SegmentsView.ID);
        below.addView(MatrixView.ID);
        below.addView(AgreementView.ID);
        below.addView(MemoView.ID);
        below.addView(AttributesView.ID);
        below.addView(SearchView.ID);
        below.addView(FrequenciesView.ID);
        below.addView(QueryView.ID);
        below.addView(MatrixQueryView.ID);
        below.addView(ChartsView.ID);
    }
}
