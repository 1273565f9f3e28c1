package tessera.core.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;

/**
 * Code paths such as {@code Drivers/Local}: names joined by '/', where a '/' or '\' inside a name is
 * escaped with a backslash.
 */
public final class CodePath {

    private CodePath() {
    }

    public static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < path.length()) {
                part.append(path.charAt(++i));
            } else if (c == '/') {
                parts.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().strip());
        if (parts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException(NLS.bind(CoreMessages.emptyPathName, path));
        }
        return parts;
    }

    public static String join(List<String> names) {
        StringBuilder b = new StringBuilder();
        for (String name : names) {
            if (!b.isEmpty()) {
                b.append('/');
            }
            b.append(name.replace("\\", "\\\\").replace("/", "\\/"));
        }
        return b.toString();
    }
}
