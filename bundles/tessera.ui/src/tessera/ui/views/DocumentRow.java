package tessera.ui.views;

import java.util.Map;

import tessera.core.model.Document;

/** One line of the Documents view: the document, its attribute values by name and its number of codings. */
public record DocumentRow(Document document, Map<String, String> attributes, int codings) {
}
