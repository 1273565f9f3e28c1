package tessera.exchange.refi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.w3c.dom.Element;

import tessera.core.model.OriginalFile;
import tessera.exchange.importer.ImportException;
import tessera.exchange.internal.ExchangeMessages;

/**
 * The texts and files a project.qde refers to: a source's or note's plain text (inline, or a file under
 * {@code sources/}, BOM stripped, strict UTF-8) and a source's rich-text original. Each is inflated from the archive
 * when it is asked for, so an archive of ten thousand sources is never held whole.
 */
final class RefiTexts {

    private final Path file;
    private final SafeZip zip;

    RefiTexts(Path file, SafeZip zip) {
        this.file = file;
        this.zip = zip;
    }

    /** A source's or note's text: its PlainTextContent, or the file its plainTextPath names in the archive. */
    String text(Element source, String name) throws IOException, ImportException {
        Element content = RefiXml.child(source, "PlainTextContent");
        if (content != null) {
            return content.getTextContent();
        }
        String path = source.getAttribute("plainTextPath");
        if (path.isEmpty()) {
            return "";
        }
        byte[] bytes = entry(path, name);
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(NLS.bind(ExchangeMessages.notUtf8, new Object[] {file, path, name}));
        }
    }

    /**
     * The Word file a text source names as its rich text, kept as the document's original; null without one. Its
     * place in the archive is checked now and it is inflated once (a zip bomb is refused before anything is
     * written); its bytes are read again when the import writes it, from the archive, which stays open until then.
     */
    Supplier<OriginalFile> original(Element source, String name) throws IOException, ImportException {
        String path = source.getAttribute("richTextPath");
        if (path.isBlank()) {
            return null;
        }
        String entry = entryName(path, name);
        zip.check(entry);
        String ext = path.contains(".") ? path.substring(path.lastIndexOf('.')).toLowerCase(Locale.ROOT) : ".docx";
        return () -> {
            try {
                return new OriginalFile(name + ext, zip.bytes(entry));
            } catch (IOException | ImportException e) {
                throw new UncheckedIOException(e.getMessage(), e instanceof IOException io ? io : new IOException(e));
            }
        };
    }

    private byte[] entry(String path, String name) throws IOException, ImportException {
        return zip.bytes(entryName(path, name));
    }

    /** The archive's entry a path names ({@code internal://x} is {@code sources/x}), which must be there. */
    private String entryName(String path, String name) throws ImportException {
        if (!path.startsWith("internal://")) {
            throw new ImportException(NLS.bind(ExchangeMessages.outsideArchive, new Object[] {file, name, path}));
        }
        String entry = path.substring("internal://".length());
        if (!zip.has("sources/" + entry)) {
            throw new ImportException(NLS.bind(ExchangeMessages.missingSource, new Object[] {file, name, entry}));
        }
        return "sources/" + entry;
    }
}
