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

import tessera.core.model.OriginalFile;
import tessera.core.ops.AddDocument;
import tessera.core.store.Applied;
import tessera.core.store.ProjectStore;
import tessera.core.store.StoreException;
import tessera.core.store.Table;
import tessera.core.text.LanguageGuess;
import tessera.core.text.TextImport;
import tessera.core.text.TextImporter;
import tessera.core.text.UndecodableTextException;

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

    public static TextImporter.Report importFiles(ProjectStore store, List<Path> files, Charset charset,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing documents", files.size());
        List<TextImporter.Imported> imported = new ArrayList<>();
        List<TextImporter.Failed> failed = new ArrayList<>();
        for (Path file : files) {
            if (progress.isCanceled()) {
                return new TextImporter.Report(imported, failed, true);
            }
            progress.subTask(file.getFileName().toString());
            try {
                AddDocument op;
                String how;
                String ext = extension(file);
                if (!Files.isRegularFile(file)) {
                    throw new ImportException(file + ": no such file");
                } else if (READERS.containsKey(ext)) {
                    if (Files.size(file) > MAX_BYTES) {
                        throw new ImportException(file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB");
                    }
                    ExtractedText text = READERS.get(ext).read(file);
                    if (text.text().isBlank()) {
                        throw new ImportException(file + ": holds no text (a scanned PDF needs OCR first)");
                    }
                    OriginalFile original = new OriginalFile(file.getFileName().toString(), Files.readAllBytes(file));
                    op = new AddDocument(baseName(file), text.text(), LanguageGuess.of(text.text()), ext, original,
                            text.pageStarts());
                    how = ext;
                } else if (TEXT.contains(ext)) {
                    TextImport.Imported read = TextImport.read(file, charset);
                    op = read.operation();
                    how = read.charset();
                } else {
                    throw new ImportException(file + ": ." + ext + " is not a format Tessera imports "
                            + "(txt, md, html, docx, odt, rtf, pdf)");
                }
                Applied applied = store.apply(op);
                imported.add(new TextImporter.Imported(file, applied.inserted(Table.DOCUMENT), op.name(), how,
                        op.language(), op.text().codePointCount(0, op.text().length())));
            } catch (ImportException | UndecodableTextException | IOException e) {
                failed.add(new TextImporter.Failed(file, e.getMessage()));
            } catch (StoreException e) {
                failed.add(new TextImporter.Failed(file, file + ": " + e.getMessage()));
            }
            progress.worked(1);
        }
        return new TextImporter.Report(imported, failed, false);
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
