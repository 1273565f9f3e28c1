import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The floor for importing many small text files into a Tessera project: the same four rows per file (its text,
 * its original bytes, its document and a change-log entry of the same size as Tessera's) written with plain JDBC,
 * on one thread, into a project made by {@code tessera new}: its schema, its indexes, WAL and synchronous=FULL,
 * statements prepared once, one transaction per 500 files. It reads, decodes and hashes each file but guesses no
 * encoding or language, checks nothing and leaves the project's id counters as they were (the project is measured,
 * not used). Usage: PlainImport PROJECT FILE...
 */
public final class PlainImport {

    public static void main(String[] args) throws Exception {
        Properties settings = new Properties();
        settings.setProperty("synchronous", "FULL");
        settings.setProperty("foreign_keys", "true");
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0], settings);
                PreparedStatement text = c.prepareStatement(
                        "INSERT INTO text_content (hash, text, length_cp) VALUES (?, ?, ?)");
                PreparedStatement original = c.prepareStatement(
                        "INSERT INTO original_file (hash, content, size_bytes) VALUES (?, ?, ?)");
                PreparedStatement document = c.prepareStatement("INSERT INTO document (id, guid, name, content_hash,"
                        + " language, source_format, imported_at, length_cp, original_name, original_hash, page_starts)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement log = c.prepareStatement("INSERT INTO change_log (seq, at, coder, kind, target_seq,"
                        + " operation, summary, payload, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long id = 0;
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                String content = new String(bytes, StandardCharsets.UTF_8);
                String hash = HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
                String bytesHash = HexFormat.of().formatHex(sha.digest(bytes));
                int length = content.codePointCount(0, content.length());
                String fileName = file.getFileName().toString();
                String name = fileName.replaceFirst("\\.txt$", "");
                String at = Instant.now().toString();
                String guid = new UUID(System.currentTimeMillis() << 16 | 0x7000 | (id & 0xfff),
                        ThreadLocalRandom.current().nextLong()).toString();
                id++;
                text.setString(1, hash);
                text.setString(2, content);
                text.setInt(3, length);
                text.executeUpdate();
                original.setString(1, bytesHash);
                original.setBytes(2, bytes);
                original.setLong(3, bytes.length);
                original.executeUpdate();
                Object[] row = {id, guid, name, hash, "en", "txt", at, length, fileName, bytesHash, null};
                for (int i = 0; i < row.length; i++) {
                    document.setObject(i + 1, row[i]);
                }
                document.executeUpdate();
                log.setLong(1, id);
                log.setString(2, at);
                log.setString(3, "bench");
                log.setString(4, "DO");
                log.setNull(5, Types.BIGINT);
                log.setString(6, "document.add");
                log.setString(7, "Add document \"" + name + "\"");
                log.setString(8, "{\"args\":{\"name\":\"" + name + "\",\"length\":" + content.length()
                        + ",\"language\":\"en\",\"sourceFormat\":\"txt\",\"original\":\"" + fileName
                        + "\",\"originalBytes\":" + bytes.length + "},\"changes\":[{\"table\":\"document\",\"id\":" + id
                        + ",\"before\":null,\"after\":{\"guid\":\"" + guid + "\",\"name\":\"" + name
                        + "\",\"content_hash\":\"" + hash + "\",\"language\":\"en\",\"source_format\":\"txt\","
                        + "\"imported_at\":\"" + at + "\",\"length_cp\":" + length + ",\"original_name\":\"" + fileName
                        + "\",\"original_hash\":\"" + bytesHash + "\",\"page_starts\":null}}]}");
                log.setString(9, "{\"key\":\"document.add\",\"args\":[\"" + name + "\"]}");
                log.executeUpdate();
                if (id % 500 == 0) {
                    c.commit();
                }
            }
            c.commit();
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM document");
                    var rs = count.executeQuery()) {
                rs.next();
                System.out.println(rs.getLong(1) + " documents");
            }
        }
    }
}
