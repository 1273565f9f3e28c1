package tessera.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;

import tessera.core.model.Code;
import tessera.core.model.Document;
import tessera.core.store.ProjectReader;
import tessera.core.store.ProjectStore;
import tessera.core.store.ProjectStores;
import tessera.core.store.ServerAddress;

/** What a running command shares: its streams, the output mode, the coder, and the projects it opened. */
final class CliContext implements AutoCloseable {

    final PrintStream out;
    final PrintStream err;
    final boolean json;
    /** The coder of a project file: $TESSERA_CODER, else the login name. */
    final String coder;
    /** $TESSERA_CODER when set: on a server the coder is otherwise the server login. */
    private final String coderGiven;
    private final List<ProjectStore> opened = new ArrayList<>();

    CliContext(PrintStream out, PrintStream err, boolean json, String coderGiven) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.coderGiven = coderGiven;
        this.coder = coderGiven != null ? coderGiven : ProjectStores.defaultCoder();
    }

    /** Opens a project file, or a team project at a server address (asking for a password when one is needed). */
    ProjectStore open(String location) {
        ProjectStore store = ServerAddress.isServer(location) ? ServerLogin.open(ServerAddress.parse(location),
                coderGiven, this) : ProjectStores.open(Path.of(location), coder);
        opened.add(store);
        return store;
    }

    ProjectStore create(String location, String name) {
        ProjectStore store = ServerAddress.isServer(location)
                ? ProjectStores.create(ServerLogin.withEnvironment(ServerAddress.parse(location)), name, coderGiven)
                : ProjectStores.create(location, name, coder);
        opened.add(store);
        return store;
    }

    void adopt(ProjectStore store) {
        opened.add(store);
    }

    /** A document by exact name, else by id. */
    static Document document(ProjectReader store, String ref) {
        return store.documentByName(ref).or(() -> {
            try {
                return store.document(Long.parseLong(ref.strip()));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }).orElseThrow(() -> new CliFailure("no document named '" + ref + "' (see: tessera docs)"));
    }

    /** A code by path such as Drivers/Local. */
    static Code code(ProjectReader store, String path) {
        try {
            return store.codebook().byPath(path)
                    .orElseThrow(() -> new CliFailure("no code at '" + path + "' (see: tessera codes)"));
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage());
        }
    }

    /** Prints the JSON value in --json mode, else runs the plain-text printer. */
    void print(JsonElement value, Runnable text) {
        if (json) {
            out.println(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls().create().toJson(value));
        } else {
            text.run();
        }
    }

    @Override
    public void close() {
        for (ProjectStore s : opened) {
            s.close();
        }
    }
}
