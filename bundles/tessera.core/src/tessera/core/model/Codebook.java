package tessera.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An immutable snapshot of the code hierarchy with path look-ups, built from the store's list of codes. */
public final class Codebook {

    private final Map<Long, Code> byId = new HashMap<>();
    private final Map<Long, List<Code>> children = new HashMap<>();

    public Codebook(List<Code> codes) {
        for (Code c : codes) {
            byId.put(c.id(), c);
        }
        for (Code c : codes) {
            children.computeIfAbsent(c.parentId() == null ? 0L : c.parentId(), k -> new ArrayList<>()).add(c);
        }
        Comparator<Code> order = Comparator.comparingInt(Code::order).thenComparingLong(Code::id);
        children.values().forEach(list -> list.sort(order));
    }

    public Optional<Code> get(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Code> roots() {
        return children.getOrDefault(0L, List.of());
    }

    public List<Code> children(long id) {
        return children.getOrDefault(id, List.of());
    }

    public int size() {
        return byId.size();
    }

    /** Every code in depth-first codebook order. */
    public List<Code> inOrder() {
        List<Code> out = new ArrayList<>(byId.size());
        roots().forEach(r -> collect(r, out));
        return Collections.unmodifiableList(out);
    }

    private void collect(Code code, List<Code> out) {
        out.add(code);
        children(code.id()).forEach(c -> collect(c, out));
    }

    /** The code and all codes below it, in codebook order. */
    public Set<Long> subtree(long id) {
        Set<Long> ids = new LinkedHashSet<>();
        Code code = byId.get(id);
        if (code != null) {
            List<Code> out = new ArrayList<>();
            collect(code, out);
            out.forEach(c -> ids.add(c.id()));
        }
        return ids;
    }

    public int depth(long id) {
        int d = 0;
        for (Code c = byId.get(id); c != null && c.parentId() != null; c = byId.get(c.parentId())) {
            d++;
        }
        return d;
    }

    public String path(long id) {
        List<String> names = new ArrayList<>();
        for (Code c = byId.get(id); c != null; c = c.parentId() == null ? null : byId.get(c.parentId())) {
            names.add(0, c.name());
        }
        return CodePath.join(names);
    }

    public Optional<Code> child(Long parentId, String name) {
        return children.getOrDefault(parentId == null ? 0L : parentId, List.of()).stream()
                .filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<Code> byPath(String path) {
        Long parent = null;
        Code found = null;
        for (String name : CodePath.split(path)) {
            found = child(parent, name).orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            parent = found.id();
        }
        return Optional.ofNullable(found);
    }

    /** True when {@code ancestor} is {@code id} or lies above it. */
    public boolean isSelfOrAncestor(long ancestor, long id) {
        for (Code c = byId.get(id); c != null; c = c.parentId() == null ? null : byId.get(c.parentId())) {
            if (c.id() == ancestor) {
                return true;
            }
        }
        return false;
    }
}
