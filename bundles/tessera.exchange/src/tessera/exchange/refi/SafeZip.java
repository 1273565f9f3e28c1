package tessera.exchange.refi;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.eclipse.osgi.util.NLS;

import tessera.exchange.importer.ImportException;
import tessera.exchange.internal.ExchangeMessages;

/**
 * An archive (.qdpx, .odt) opened defensively: entry names that would leave the archive's folder are refused when
 * it is opened, and each entry is inflated only when asked for, its size counted while inflating (never trusted
 * from the headers) against limits on each entry, on the whole and on the inflation ratio, so that a zip bomb
 * stops early with its name. Entries are streamed, so a project.qde of hundreds of megabytes is never held whole.
 */
public final class SafeZip implements AutoCloseable {

    static final int MAX_ENTRIES = 100_000;
    static final long MAX_ENTRY = 512L * 1024 * 1024;
    static final long MAX_TOTAL = 2L * 1024 * 1024 * 1024;
    static final long MAX_RATIO = 200;

    /** An entry refused while it was inflated; an IOException so that it can pass through a parser. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private final Path file;
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
    private long inflated;
    /** Entries inflated once already: reading one again does not count twice against the whole's limit. */
    private final java.util.Set<String> counted = new java.util.HashSet<>();

    private SafeZip(Path file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
    }

    /** Opens the archive and checks its entries' count and names; nothing is inflated yet. */
    public static SafeZip open(Path file) throws IOException, ImportException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ImportException(NLS.bind(ExchangeMessages.notZip, file, e.getMessage()), e);
        }
        SafeZip safe = new SafeZip(file, zip);
        try {
            int count = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new ImportException(NLS.bind(ExchangeMessages.tooManyEntries, file, MAX_ENTRIES));
                }
                if (leaves(entry.getName())) {
                    throw new ImportException(NLS.bind(ExchangeMessages.zipSlip, file, entry.getName()));
                }
                if (!entry.isDirectory()) {
                    safe.entries.putIfAbsent(entry.getName(), entry);
                }
            }
        } catch (ImportException | RuntimeException e) {
            zip.close();
            throw e;
        }
        return safe;
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

    /** Whether the archive has the entry, ignoring the case of its folder ("sources/" or "Sources/"). */
    public boolean has(String name) {
        return entry(name) != null;
    }

    /**
     * The entry's bytes, or null when there is none; a refused entry fails with its name. For small entries: a
     * large one is read with {@link #stream(String)}.
     */
    public byte[] bytes(String name) throws IOException, ImportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return inflate(name, out) ? out.toByteArray() : null;
    }

    /**
     * Inflates the entry to its end without keeping it, so that a refused entry (a zip bomb, a broken one) is found
     * before anything is written; its bytes are read again when they are needed.
     */
    public void check(String name) throws IOException, ImportException {
        inflate(name, java.io.OutputStream.nullOutputStream());
    }

    /** Inflates the entry into {@code out}, counted against the limits; false when there is no such entry. */
    private boolean inflate(String name, java.io.OutputStream out) throws IOException, ImportException {
        ZipEntry entry = entry(name);
        if (entry == null) {
            return false;
        }
        try (InputStream in = counted(entry)) {
            in.transferTo(out);
            return true;
        } catch (Refused e) {
            throw new ImportException(e.getMessage(), e);
        }
    }

    /**
     * The entry as a stream, or null when there is none; past a limit its reads fail with {@link Refused}, which
     * the caller turns into an {@link ImportException} with the message as given.
     */
    public InputStream stream(String name) throws IOException {
        ZipEntry entry = entry(name);
        return entry == null ? null : counted(entry);
    }

    private ZipEntry entry(String name) {
        ZipEntry exact = entries.get(name);
        if (exact != null) {
            return exact;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, ZipEntry> e : entries.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(lower)) {
                return e.getValue();
            }
        }
        return null;
    }

    private InputStream counted(ZipEntry entry) throws IOException {
        long compressed = Math.max(1, entry.getCompressedSize());
        boolean again = !counted.add(entry.getName());
        return new FilterInputStream(zip.getInputStream(entry)) {
            private long size;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n;
                try {
                    n = super.read(b, off, len);
                } catch (ZipException e) {
                    throw new Refused(NLS.bind(ExchangeMessages.notZip, file, entry.getName() + ": "
                            + e.getMessage()));
                }
                if (n > 0) {
                    size += n;
                    inflated += again ? 0 : n;
                    check(entry, size, compressed);
                }
                return n;
            }
        };
    }

    private void check(ZipEntry entry, long size, long compressed) throws Refused {
        if (size > MAX_ENTRY || inflated > MAX_TOTAL) {
            throw new Refused(NLS.bind(ExchangeMessages.inflatesBeyond, new Object[] {file, entry.getName(),
                    (size > MAX_ENTRY ? MAX_ENTRY : MAX_TOTAL) / 1048576}));
        }
        if (size > 1024 * 1024 && size / compressed > MAX_RATIO) {
            throw new Refused(NLS.bind(ExchangeMessages.zipBomb, new Object[] {file, entry.getName(), MAX_RATIO}));
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
