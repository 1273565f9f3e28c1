package tessera.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The type of a document attribute; values are stored as text in a canonical form of their type. */
public enum AttributeType {
    TEXT, NUMBER, DATE, BOOLEAN;

    /**
     * Checks a value typed by a user and returns its canonical text (numbers without exponent, dates as
     * ISO yyyy-mm-dd, booleans as true/false).
     *
     * @throws IllegalArgumentException naming the expected form when the value does not fit the type
     */
    public String canonical(String value) {
        String v = value.strip();
        try {
            return switch (this) {
                case TEXT -> value;
                case NUMBER -> new BigDecimal(v).stripTrailingZeros().toPlainString();
                case DATE -> LocalDate.parse(v).toString();
                case BOOLEAN -> switch (v.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "1" -> "true";
                    case "false", "no", "0" -> "false";
                    default -> throw new IllegalArgumentException();
                };
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(mismatch(value), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(mismatch(value), e);
        }
    }

    private String mismatch(String value) {
        String expected = switch (this) {
            case TEXT -> "text";
            case NUMBER -> "a number such as 42 or 3.5";
            case DATE -> "a date such as 2016-01-31";
            case BOOLEAN -> "true or false";
        };
        return "'" + value + "' is not " + expected;
    }

    public static AttributeType parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown attribute type '" + name + "' (text, number, date or boolean)");
        }
    }
}
