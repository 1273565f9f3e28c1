package tessera.ui.editor;

import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;

/** The coding editor's viewer: codings hover over the text; nothing else of a source editor applies. */
final class CodingViewerConfiguration extends SourceViewerConfiguration {

    private final CodingHover hover;

    CodingViewerConfiguration(IAnnotationModel codings) {
        this.hover = new CodingHover(codings);
    }

    CodingHover hover() {
        return hover;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return hover;
    }

    @Override
    public IInformationControlCreator getInformationControlCreator(ISourceViewer sourceViewer) {
        return CodingTooltip::new;
    }
}
