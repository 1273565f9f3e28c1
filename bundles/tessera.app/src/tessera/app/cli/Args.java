package tessera.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: positionals, {@code --name value} options and {@code --flag}s. Each command declares the
 * options and flags it takes; anything else is a usage error, so a typo never silently changes what happens.
 */
final class Args {

    private final List<String> positionals = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new java.util.HashSet<>();
    private final String usage;

    Args(List<String> raw, Set<String> optionNames, Set<String> flagNames, String usage) {
        this.usage = usage;
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (a.startsWith("--") && a.length() > 2) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flagNames.contains(name) && value == null) {
                    flags.add(name);
                } else if (optionNames.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= raw.size()) {
                            throw new UsageException("--" + name + " needs a value", usage);
                        }
                        value = raw.get(++i);
                    }
                    options.put(name, value);
                } else {
                    throw new UsageException("unknown option --" + name, usage);
                }
            } else {
                positionals.add(a);
            }
        }
    }

    List<String> positionals() {
        return positionals;
    }

    String positional(int index, String what) {
        if (index >= positionals.size()) {
            throw new UsageException("missing " + what, usage);
        }
        return positionals.get(index);
    }

    void atMost(int count) {
        if (positionals.size() > count) {
            throw new UsageException("unexpected argument '" + positionals.get(count) + "'", usage);
        }
    }

    String option(String name) {
        return options.get(name);
    }

    String required(String name) {
        String v = options.get(name);
        if (v == null) {
            throw new UsageException("missing --" + name, usage);
        }
        return v;
    }

    Integer intOption(String name) {
        String v = options.get(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + v + "'", usage);
        }
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
