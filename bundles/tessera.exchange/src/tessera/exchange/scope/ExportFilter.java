package tessera.exchange.scope;

import java.util.Map;
import java.util.Set;

/**
 * What an export covers: codes (with or without their subcodes), documents, attribute values and coders; a
 * null set means all. Attribute values are matched per attribute name: a document passes when, for every named
 * attribute, its value is one of those given.
 */
public record ExportFilter(Set<Long> codeIds, boolean withSubcodes, Set<Long> documentIds,
        Map<String, Set<String>> attributeValues, Set<Long> coderIds) {

    public static final ExportFilter ALL = new ExportFilter(null, true, null, Map.of(), null);
}
