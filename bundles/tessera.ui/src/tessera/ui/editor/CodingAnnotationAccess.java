package tessera.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IAnnotationAccessExtension;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;

/**
 * Tells the annotation painter and the overview ruler that every per-code type is a {@link CodingAnnotation#TYPE}:
 * the painter is configured once for codings, and the overview ruler once per code colour.
 */
final class CodingAnnotationAccess implements IAnnotationAccess, IAnnotationAccessExtension {

    @Override
    public Object getType(Annotation annotation) {
        return annotation.getType();
    }

    @Override
    public boolean isMultiLine(Annotation annotation) {
        return true;
    }

    @Override
    public boolean isTemporary(Annotation annotation) {
        return true;
    }

    @Override
    public String getTypeLabel(Annotation annotation) {
        return annotation.getText();
    }

    @Override
    public int getLayer(Annotation annotation) {
        return annotation instanceof CodingAnnotation c ? c.lane() : 0;
    }

    @Override
    public void paint(Annotation annotation, GC gc, Canvas canvas, Rectangle bounds) {
        // codings are drawn by the coding stripes, not by an annotation ruler
    }

    @Override
    public boolean isPaintable(Annotation annotation) {
        return false;
    }

    @Override
    public boolean isSubtype(Object annotationType, Object potentialSupertype) {
        return annotationType.equals(potentialSupertype)
                || (CodingAnnotation.TYPE.equals(potentialSupertype) && String.valueOf(annotationType)
                        .startsWith(CodingAnnotation.TYPE + "."));
    }

    @Override
    public Object[] getSupertypes(Object annotationType) {
        return isSubtype(annotationType, CodingAnnotation.TYPE) && !CodingAnnotation.TYPE.equals(annotationType)
                ? new Object[] {annotationType, CodingAnnotation.TYPE} : new Object[] {annotationType};
    }
}
