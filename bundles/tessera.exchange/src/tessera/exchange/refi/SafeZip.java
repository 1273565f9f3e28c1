package tessera.exchange.refi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.osgi.util.NLS;

import tessera.exchange.importer.ImportException;
import tessera.exchange.internal.ExchangeMessages;

/**
 * Reads a .qdpx archive into memory defensively: entry names that would leave the archive's folder are refused,
 * and sizes are counted while inflating (never trusted from the headers), against limits on each entry, on the
 * whole and on the inflation ratio, so that a zip bomb stops early with its name.
 */
public final class SafeZip {

    static final int MAX_ENTRIES = 100_000;
    static final long MAX_ENTRY = 512L * 1024 * 1024;
    static final long MAX_TOTAL = 2L * 1024 * 1024 * 1024;
    static final long MAX_RATIO = 200;

    private SafeZip() {
    }

    /** The entries by name as written in the archive. */
    public static Map<String, byte[]> read(Path file) throws IOException, ImportException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int count = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new ImportException(NLS.bind(ExchangeMessages.tooManyEntries, file, MAX_ENTRIES));
                }
                String name = entry.getName();
                if (leaves(name)) {
                    throw new ImportException(NLS.bind(ExchangeMessages.zipSlip, file, name));
                }
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] bytes = inflate(file, zip, entry, MAX_TOTAL - total);
                total += bytes.length;
                out.put(name, bytes);
            }
        } catch (java.util.zip.ZipException e) {
            throw new ImportException(NLS.bind(ExchangeMessages.notZip, file, e.getMessage()), e);
        }
        return out;
    }

    static boolean leaves(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] inflate(Path file, ZipFile zip, ZipEntry entry, long budget) throws IOException,
            ImportException {
        long compressed = Math.max(1, entry.getCompressedSize());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                long size = out.size();
                if (size > MAX_ENTRY || size > budget) {
                    throw new ImportException(NLS.bind(ExchangeMessages.inflatesBeyond, new Object[] {file,
                            entry.getName(), Math.min(MAX_ENTRY, budget) / 1048576}));
                }
                if (size > 1024 * 1024 && size / compressed > MAX_RATIO) {
                    throw new ImportException(NLS.bind(ExchangeMessages.zipBomb, new Object[] {file,
                            entry.getName(), MAX_RATIO}));
                }
            }
        }
        return out.toByteArray();
    }

    /** An entry by name, ignoring the case of its folder ("sources/" or "Sources/"). */
    public static byte[] find(Map<String, byte[]> entries, String name) {
        byte[] exact = entries.get(name);
        if (exact != null) {
            return exact;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(lower)) {
                return e.getValue();
            }
        }
        return null;
    }
}
