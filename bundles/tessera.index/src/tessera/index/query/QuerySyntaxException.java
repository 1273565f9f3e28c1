package tessera.index.query;

import org.eclipse.osgi.util.NLS;

import tessera.index.internal.IndexMessages;

/** A query that cannot be parsed: what is wrong and at which column (1-based, in code points) of the query. */
public final class QuerySyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int column;
    private final String query;

    public QuerySyntaxException(String problem, int column, String query) {
        super(NLS.bind(IndexMessages.atColumn, problem, column));
        this.column = column;
        this.query = query;
    }

    public int column() {
        return column;
    }

    /** The query with a caret under the column, for a terminal. */
    public String pointer() {
        return query + "\n" + " ".repeat(Math.max(0, column - 1)) + "^";
    }
}
