package tessera.core.model;

/** What a memo is written on: the project itself, or one document, code or coding. */
public record MemoTarget(Kind kind, Long id) {

    public enum Kind { PROJECT, DOCUMENT, CODE, CODING }

    public static final MemoTarget PROJECT = new MemoTarget(Kind.PROJECT, null);

    public MemoTarget {
        if ((kind == Kind.PROJECT) != (id == null)) {
            throw new IllegalArgumentException("a project memo has no target id; every other memo has one");
        }
    }

    public static MemoTarget document(long id) {
        return new MemoTarget(Kind.DOCUMENT, id);
    }

    public static MemoTarget code(long id) {
        return new MemoTarget(Kind.CODE, id);
    }

    public static MemoTarget coding(long id) {
        return new MemoTarget(Kind.CODING, id);
    }
}
