package tessera.ui.editor;

import org.eclipse.jface.text.source.Annotation;

import tessera.core.model.Code;
import tessera.core.model.Coding;

/**
 * One coding in the editor's annotation model. Its type names its code, so that the overview ruler can colour it
 * by code; the drawing strategy and the coding stripes read the code and the lane from the annotation itself.
 *
 * @param lane which stacked underline and stripe the coding takes, so that overlapping codings never share one
 */
public final class CodingAnnotation extends Annotation {

    /** The supertype of every coding annotation; each code's annotations have the type {@code TYPE + "." + id}. */
    public static final String TYPE = "tessera.coding";

    private final Coding coding;
    private final Code code;
    private final String path;
    private final String coder;
    private final String memo;
    private final int lane;

    CodingAnnotation(Coding coding, Code code, String path, String coder, String memo, int lane) {
        super(typeOf(code.id()), false, path);
        this.coding = coding;
        this.code = code;
        this.path = path;
        this.coder = coder;
        this.memo = memo;
        this.lane = lane;
    }

    static String typeOf(long codeId) {
        return TYPE + "." + codeId;
    }

    public Coding coding() {
        return coding;
    }

    public Code code() {
        return code;
    }

    /** The code's path in the codebook, e.g. Drivers/Local. */
    public String path() {
        return path;
    }

    public String coder() {
        return coder;
    }

    /** The coding's memo, or "" when it has none. */
    public String memo() {
        return memo;
    }

    public int lane() {
        return lane;
    }

    /** Whether the annotation already shows this, so that an update can keep it. */
    boolean shows(Coding otherCoding, Code otherCode, String otherPath, String otherCoder, String otherMemo,
            int otherLane) {
        return coding.equals(otherCoding) && code.equals(otherCode) && path.equals(otherPath)
                && coder.equals(otherCoder) && memo.equals(otherMemo) && lane == otherLane;
    }
}
