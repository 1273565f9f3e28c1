package tessera.core.text;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;
import tessera.core.model.OriginalFile;
import tessera.core.ops.AddDocument;

/**
 * Reads a plain-text file into the operation that adds it: decoded, normalised, its language guessed, and the file
 * itself kept as the original (so that its encoding and line endings survive).
 */
public final class TextImport {

    /** Larger files are refused before they are read (a plain-text document of 256 MB is no document). */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private TextImport() {
    }

    /**
     * @param charset the encoding the user named, or null to detect it
     */
    public static Imported read(Path file, Charset charset) throws UndecodableTextException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(NLS.bind(CoreMessages.noSuchFile, file));
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(NLS.bind(CoreMessages.tooLarge, file, MAX_BYTES / (1024 * 1024)));
        }
        byte[] bytes = Files.readAllBytes(file);
        String where = file.toString();
        DecodedText decoded = charset == null ? TextDecoder.decode(bytes, where) : TextDecoder.decode(bytes, where, charset);
        String text = PlainText.normalize(decoded.text());
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String name = dot > 0 ? fileName.substring(0, dot) : fileName;
        String format = dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "txt";
        return new Imported(new AddDocument(name, text, LanguageGuess.of(text), format,
                new OriginalFile(fileName, bytes), java.util.List.of()), decoded.charset());
    }

    /** The operation that adds the file, and the encoding it was read in. */
    public record Imported(AddDocument operation, String charset) {
    }
}
