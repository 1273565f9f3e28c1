package tessera.analysis.query;

import java.util.List;

/** A parsed coding query. Columns are 1-based code points of the query text, for errors found when it runs. */
public sealed interface Expr {

    /** {@code code:PATH} (with its subcodes) or {@code code!:PATH} (the code alone). */
    record CodeTerm(String path, boolean withSubcodes, Limits limits, int column) implements Expr {
    }

    /** A quoted phrase: where the text shows it, found as the Search view finds it. */
    record Phrase(String text, Limits limits, int column) implements Expr {
    }

    /** A parenthesised query limited to some documents. */
    record Group(Expr inner, Limits limits) implements Expr {
    }

    record Binary(Operator operator, Expr left, Expr right, Distance distance, int column) implements Expr {
    }

    /** How far NEAR and FOLLOWED BY reach: characters, or paragraphs; {@code ANY} for FOLLOWED BY without one. */
    record Distance(int amount, boolean paragraphs) {
        public static final Distance ANY = new Distance(Integer.MAX_VALUE, false);
        public static final Distance NEAR_DEFAULT = new Distance(10, false);
    }

    /**
     * What limits an operand: coders (code terms only), documents by name, attribute values and sets. Values of one
     * kind (of one attribute) are alternatives; different kinds (attributes) must all hold.
     */
    record Limits(List<Limit> coders, List<Limit> documents, List<Limit> attributes, List<Limit> sets) {
        public static final Limits NONE = new Limits(List.of(), List.of(), List.of(), List.of());

        public boolean none() {
            return coders.isEmpty() && documents.isEmpty() && attributes.isEmpty() && sets.isEmpty();
        }

        public boolean limitsDocuments() {
            return !documents.isEmpty() || !attributes.isEmpty() || !sets.isEmpty();
        }
    }

    /** One limit's value ({@code name} is the attribute for attr:, else null) and where it was written. */
    record Limit(String name, String value, int column) {
    }
}
