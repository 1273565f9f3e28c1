package tessera.index.query;

/**
 * Text a hit must show: what the stored text of a unit is searched for once the index has proposed the unit.
 *
 * @param word true for word: queries, matched on the unit's segmented, stemmed words; false for text, matched as
 *     folded characters (a CJK literal anywhere, a Latin one as whole words)
 */
public record Literal(String text, boolean word, QueryNode.Term.Kind kind) {
}
