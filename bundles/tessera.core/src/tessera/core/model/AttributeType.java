package tessera.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import tessera.core.internal.CoreMessages;

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
        return NLS.bind(switch (this) {
            case TEXT -> CoreMessages.notText;
            case NUMBER -> CoreMessages.notNumber;
            case DATE -> CoreMessages.notDate;
            case BOOLEAN -> CoreMessages.notBoolean;
        }, value);
    }

    public static AttributeType parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(NLS.bind(CoreMessages.unknownAttributeType, name));
        }
    }
}
