package tessera.exchange.importer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import tessera.core.model.OriginalFile;
import tessera.core.ops.AddDocument;
import tessera.core.store.ProjectStore;
import tessera.core.store.StoreException;
import tessera.core.store.Table;
import tessera.core.store.Tx;
import tessera.core.text.LanguageGuess;
import tessera.core.text.TextImport;
import tessera.core.text.UndecodableTextException;
import tessera.exchange.internal.ExchangeMessages;

/**
 * Imports documents of any supported format, chosen by extension: plain text (encoding detected), Markdown, HTML,
 * Word (.docx), OpenDocument (.odt), RTF and PDF. Each file is one transaction; one that fails is reported by name and
 * reason and the others go on. Cancelling stops between two files.
 */
public final class DocumentImporter {

    private static final Map<String, DocumentReader> READERS = Map.of("md", new MarkdownReader(), "markdown",
            new MarkdownReader(), "html", new HtmlReader(), "htm", new HtmlReader(), "xhtml", new HtmlReader(), "docx",
            new DocxReader(), "pdf", new PdfReader(), "odt", file -> new OdtReader().read(file), "rtf", new RtfReader());

    /** Larger files are refused before they are read; the project keeps each file whole beside its text. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    /** The extensions read as plain text. */
    static final List<String> TEXT = List.of("txt", "text", "");

    private DocumentImporter() {
    }

    /** Whether a file's extension names a format Tessera imports. */
    public static boolean supported(Path file) {
        String ext = extension(file);
        return READERS.containsKey(ext) || TEXT.contains(ext);
    }

    /** Imports every file; a name already taken becomes {@code name (2)}, and the rename is reported. */
    public static ImportReport importFiles(ProjectStore store, List<Path> files, Charset charset,
            IProgressMonitor monitor) {
        return importFiles(store, files, charset, false, monitor);
    }

    /**
     * Imports the files: each its own change-log entry (its own undo step), committed a chunk at a time (at most
     * {@value #CHUNK_FILES} files or {@value #CHUNK_CHARS} characters), so that importing thousands of files does
     * not wait for a disk sync per file, and a cancelled or killed import keeps every chunk it finished.
     *
     * @param skipExisting leave out (and report) a file whose text is already a document's of the project
     */
    public static ImportReport importFiles(ProjectStore store, List<Path> files, Charset charset,
            boolean skipExisting, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, ExchangeMessages.importingDocuments, files.size());
        List<ImportReport.Imported> imported = new ArrayList<>();
        List<ImportReport.Failed> failed = new ArrayList<>();
        List<ImportReport.Failed> skipped = new ArrayList<>();
        java.util.Map<String, String> known = new java.util.HashMap<>(); // text hash -> document name
        if (skipExisting) {
            store.documents().forEach(d -> known.putIfAbsent(d.contentHash(), d.name()));
        }
        ImportChunk chunk = new ImportChunk();
        try (ReadAhead reads = new ReadAhead(files, file -> read(file, charset))) {
            for (Path file : files) {
                if (progress.isCanceled()) {
                    chunk.commit(store, imported, failed);
                    return new ImportReport(imported, failed, skipped, true);
                }
                progress.subTask(file.getFileName().toString());
                ReadAhead.Outcome outcome = reads.next();
                if (outcome.failure() instanceof ImportException || outcome.failure() instanceof IOException
                        || outcome.failure() instanceof UndecodableTextException) {
                    failed.add(new ImportReport.Failed(file, outcome.failure().getMessage()));
                } else if (outcome.failure() instanceof RuntimeException e) {
                    throw e; // a reader's bug, as before reading ahead
                } else if (outcome.failure() != null) {
                    throw new IllegalStateException(outcome.failure());
                } else {
                    Read read = outcome.read();
                    String hash = skipExisting ? Tx.sha256(read.op().text()) : null;
                    if (hash != null && known.containsKey(hash)) {
                        skipped.add(new ImportReport.Failed(file, NLS.bind(ExchangeMessages.alreadyThere, file,
                                known.get(hash))));
                    } else {
                        if (hash != null) {
                            known.put(hash, read.op().name());
                        }
                        chunk.add(file, read);
                    }
                }
                if (chunk.full()) {
                    chunk.commit(store, imported, failed);
                }
                progress.worked(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            chunk.commit(store, imported, failed);
            return new ImportReport(imported, failed, skipped, true);
        }
        chunk.commit(store, imported, failed);
        return new ImportReport(imported, failed, skipped, false);
    }

    static final int CHUNK_FILES = 500;
    static final int CHUNK_CHARS = 16 * 1024 * 1024;

    /** A file's document, ready to add, and how it was read (its format or its text's charset). */
    record Read(AddDocument op, String how) {
    }

    private static Read read(Path file, Charset charset)
            throws IOException, ImportException, UndecodableTextException {
        String ext = extension(file);
        if (!Files.isRegularFile(file)) {
            throw new ImportException(NLS.bind(ExchangeMessages.noSuchFile, file));
        } else if (READERS.containsKey(ext)) {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(NLS.bind(ExchangeMessages.tooLarge, file, MAX_BYTES / (1024 * 1024)));
            }
            ExtractedText text = READERS.get(ext).read(file);
            if (text.text().isBlank()) {
                throw new ImportException(NLS.bind(ExchangeMessages.noText, file));
            }
            OriginalFile original = new OriginalFile(file.getFileName().toString(), Files.readAllBytes(file));
            return new Read(new AddDocument(baseName(file), text.text(), LanguageGuess.of(text.text()), ext, original,
                    text.pageStarts()), ext);
        } else if (TEXT.contains(ext)) {
            TextImport.Imported read = TextImport.read(file, charset);
            return new Read(read.operation(), read.charset());
        }
        throw new ImportException(NLS.bind(ExchangeMessages.notAFormat, file, ext));
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
