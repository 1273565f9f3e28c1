package tessera.core.text;

/** Bytes decoded to text: the charset that decoded them and whether a byte-order mark named it. */
public record DecodedText(String text, String charset, boolean byBom) {
}
