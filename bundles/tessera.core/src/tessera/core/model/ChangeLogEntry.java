package tessera.core.model;

import java.time.Instant;

/**
 * One entry of the project's append-only change log. A {@code DO} entry is an operation; {@code UNDO} and
 * {@code REDO} entries name the {@code DO} entry they reverse or repeat in {@code targetSeq}.
 */
public record ChangeLogEntry(long seq, Instant at, String coder, Kind kind, Long targetSeq, String operation,
        String summary) {

    public enum Kind { DO, UNDO, REDO }
}
