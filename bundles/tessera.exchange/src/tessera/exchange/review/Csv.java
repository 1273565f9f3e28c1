package tessera.exchange.review;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** An RFC 4180 reader: quoted fields with doubled quotes and line breaks, CRLF or LF, an optional BOM. */
final class Csv {

    private Csv() {
    }

    /** A record as it is read. */
    @FunctionalInterface
    interface Records {
        void accept(List<String> record) throws IOException;
    }

    static List<List<String>> parse(Reader reader) throws IOException {
        List<List<String>> records = new ArrayList<>();
        forEach(reader, records::add);
        return records;
    }

    /** Hands each record over as it is read, so that a sheet of any length needs the memory of one record. */
    static void forEach(Reader reader, Records out) throws IOException {
        Reader in = reader.markSupported() ? reader : new java.io.BufferedReader(reader);
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean first = true;
        int c;
        while ((c = in.read()) != -1) {
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        in.reset();
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                out.accept(record);
                record = new ArrayList<>();
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            out.accept(record);
        }
    }
}
