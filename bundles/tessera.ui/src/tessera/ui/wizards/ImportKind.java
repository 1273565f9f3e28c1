package tessera.ui.wizards;

import java.nio.file.Path;
import java.util.Locale;

import tessera.exchange.importer.DocumentImporter;
import tessera.ui.internal.Messages;

/** What a file given to the import wizard is, by its extension. */
enum ImportKind {
    DOCUMENT, CODEBOOK, PROJECT, UNSUPPORTED;

    static ImportKind of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".qdc")) {
            return CODEBOOK;
        }
        if (name.endsWith(".qdpx")) {
            return PROJECT;
        }
        return DocumentImporter.supported(file) ? DOCUMENT : UNSUPPORTED;
    }

    String label() {
        return switch (this) {
            case DOCUMENT -> Messages.ImportWizard_kindDocument;
            case CODEBOOK -> Messages.ImportWizard_kindCodebook;
            case PROJECT -> Messages.ImportWizard_kindProject;
            case UNSUPPORTED -> Messages.ImportWizard_kindUnsupported;
        };
    }
}
