package tessera.exchange.refi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.w3c.dom.Element;

import tessera.core.ops.ImportProject;
import tessera.core.text.LanguageGuess;
import tessera.exchange.importer.ImportException;
import tessera.exchange.internal.ExchangeMessages;

/**
 * One REFI-QDA TextSource as a document of the import: its text (CRLF and CR made LF), its variable and case
 * values, and its selections with their codings, positions mapped from the file's code points (a CRLF as two,
 * or as one for ATLAS.ti) to the text's. Selections outside the text or of unknown codes go to the report.
 */
final class RefiSources {

    private final RefiTexts texts;
    private final Set<String> codes;
    private final Map<String, ImportProject.Variable> variables;
    private final RefiCases cases;
    private final List<String> skipped;
    private final Map<String, String> noteTargets;
    private final boolean crlfAsOne;
    private final RefiGuids guids;
    private final Set<String> names = new HashSet<>();
    /** One instance of each code and user GUID, shared by the codings that name it. */
    private final Map<String, String> shared = new HashMap<>();

    RefiSources(RefiTexts texts, Set<String> codes, Map<String, ImportProject.Variable> variables, RefiCases cases,
            List<String> skipped, Map<String, String> noteTargets, boolean crlfAsOne, RefiGuids guids) {
        this.texts = texts;
        this.codes = codes;
        this.variables = variables;
        this.cases = cases;
        this.skipped = skipped;
        this.noteTargets = noteTargets;
        this.crlfAsOne = crlfAsOne;
        this.guids = guids;
    }

    /** The source as a document of the import, or null when an earlier source has its GUID (reported). */
    ImportProject.Source read(Element e) throws IOException, ImportException {
        String raw = RefiXml.guidAttr(e, "guid");
        String guid = guids.take("source", raw);
        if (guid == null) {
            skipped.add(NLS.bind(ExchangeMessages.sourceGuidReused, e.getAttribute("name"), raw));
            return null;
        }
        String name = e.getAttribute("name").isBlank() ? guid : e.getAttribute("name");
        String written = texts.text(e, name);
        String text = written.replace("\r\n", "\n").replace('\r', '\n');
        int length = text.codePointCount(0, text.length());
        Map<String, String> values = RefiCases.values(e, name, variables, skipped);
        cases.valuesOf(guid).forEach(values::putIfAbsent);
        for (Element ref : RefiXml.children(e, "NoteRef")) {
            noteTargets.putIfAbsent(RefiXml.guidAttr(ref, "targetGUID"), guid);
        }
        List<ImportProject.Selection> selections = selections(e, name, crlfPositions(written), length);
        return new ImportProject.Source(guid, RefiCodes.unique(name, names, skipped), text, LanguageGuess.of(text),
                values, selections, texts.original(e, name));
    }

    /** Selections with their codings, and codings of the whole source (a Coding right under the TextSource). */
    private List<ImportProject.Selection> selections(Element source, String name, int[] crs, int length) {
        List<ImportProject.Selection> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element coding : RefiXml.children(source, "Coding")) {
            if (length > 0) {
                addCoding(out, seen, coding, source, name, 0, length);
            }
        }
        for (Element sel : RefiXml.children(source, "PlainTextSelection")) {
            int start;
            int end;
            try {
                start = map(Integer.parseInt(sel.getAttribute("startPosition").strip()), crs);
                end = map(Integer.parseInt(sel.getAttribute("endPosition").strip()), crs);
            } catch (NumberFormatException x) {
                skipped.add(NLS.bind(ExchangeMessages.positionsNotNumbers, new Object[] {name,
                        sel.getAttribute("startPosition"), sel.getAttribute("endPosition")}));
                continue;
            }
            if (start < 0 || end > length || start >= end) {
                skipped.add(NLS.bind(ExchangeMessages.selectionOutside, new Object[] {name, start, end,
                        length}));
                continue;
            }
            String firstCoding = null;
            for (Element coding : RefiXml.children(sel, "Coding")) {
                String added = addCoding(out, seen, coding, sel, name, start, end);
                firstCoding = firstCoding == null ? added : firstCoding;
            }
            for (Element ref : RefiXml.children(sel, "NoteRef")) {
                noteTargets.putIfAbsent(RefiXml.guidAttr(ref, "targetGUID"), firstCoding);
            }
        }
        return out;
    }

    private String addCoding(List<ImportProject.Selection> out, Set<String> seen, Element coding, Element owner,
            String name, int start, int end) {
        String code = RefiXml.guidAttr(RefiXml.child(coding, "CodeRef"), "targetGUID");
        if (!codes.contains(code)) {
            skipped.add(NLS.bind(ExchangeMessages.codingNoCode, new Object[] {name, start, end, code}));
            return null;
        }
        String user = RefiXml.guid(coding.hasAttribute("creatingUser") ? coding.getAttribute("creatingUser")
                : owner.getAttribute("creatingUser"));
        if (!seen.add(code + "/" + user + "/" + start + "/" + end)) {
            return null; // the same passage, code and coder twice
        }
        String raw = RefiXml.guidAttr(coding, "guid");
        String guid = guids.take("coding", raw);
        if (guid == null) {
            skipped.add(NLS.bind(ExchangeMessages.codingGuidReused, new Object[] {name, start, end, raw}));
            return null;
        }
        out.add(new ImportProject.Selection(guid, start, end, shared.computeIfAbsent(code, c -> c),
                user.isEmpty() ? null : shared.computeIfAbsent(user, u -> u),
                RefiXml.instant(coding.getAttribute("creationDateTime"))));
        for (Element ref : RefiXml.children(coding, "NoteRef")) {
            noteTargets.putIfAbsent(RefiXml.guidAttr(ref, "targetGUID"), guid);
        }
        return guid;
    }

    /** Code-point positions of the CR of each CRLF, for files whose positions count the pair as two. */
    private int[] crlfPositions(String raw) {
        if (crlfAsOne || raw.indexOf('\r') < 0) {
            return new int[0];
        }
        List<Integer> out = new ArrayList<>();
        int cp = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isLowSurrogate(raw.charAt(i))) {
                continue;
            }
            if (raw.charAt(i) == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                out.add(cp);
            }
            cp++;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A position in the file's code points to one in the text with each CRLF made a LF. */
    private static int map(int position, int[] crs) {
        int at = Arrays.binarySearch(crs, position);
        int before = at >= 0 ? at : -at - 1; // the CRs before the position
        return position - before;
    }
}
