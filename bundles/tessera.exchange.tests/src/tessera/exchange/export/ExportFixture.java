package tessera.exchange.export;

import java.nio.file.Path;

import tessera.core.sample.SampleProject;
import tessera.core.store.ProjectStore;

/** The bundled sample project, created afresh for each test. */
final class ExportFixture {

    private ExportFixture() {
    }

    static ProjectStore sample(Path dir) throws Exception {
        return SampleProject.create(dir.resolve("sample.tessera"), "exporter");
    }
}
