package tessera.ui.views;

import java.util.Map;

import tessera.core.model.Document;

/**
 * One line of the Documents view: the document and its attribute values by name. Its number of codings is read
 * from the session's tally when shown, so a coding's change updates the line in place.
 */
public record DocumentRow(Document document, Map<String, String> attributes) {
}
