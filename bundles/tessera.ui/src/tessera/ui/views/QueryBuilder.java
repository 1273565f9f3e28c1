package tessera.ui.views;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Spinner;

import tessera.ui.internal.Messages;

/**
 * The query builder's row: code A, an operator (with its distance in characters or paragraphs), code B. It writes
 * the query in the language the text field takes, so a user learns the syntax by using the builder.
 */
public final class QueryBuilder {

    /** The operators as the query language writes them, and whether they take a distance. */
    static final String[] OPERATORS = {"AND", "OR", "NOT", "OVERLAPS", "INSIDE", "OUTSIDE", "NEAR", "FOLLOWED BY"};

    private final Composite row;
    private final Combo first;
    private final Combo operator;
    private final Spinner distance;
    private final Combo unit;
    private final Combo second;

    QueryBuilder(Composite parent, Consumer<String> run) {
        row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(6, false);
        layout.marginWidth = 0;
        row.setLayout(layout);
        first = new Combo(row, SWT.READ_ONLY);
        operator = new Combo(row, SWT.READ_ONLY);
        operator.setItems(OPERATORS);
        operator.select(0);
        distance = new Spinner(row, SWT.BORDER);
        distance.setValues(10, 0, 100000, 0, 1, 10);
        unit = new Combo(row, SWT.READ_ONLY);
        unit.setItems(Messages.Query_characters, Messages.Query_paragraphs);
        unit.select(0);
        operator.addListener(SWT.Selection, e -> enableDistance());
        second = new Combo(row, SWT.READ_ONLY);
        Button go = new Button(row, SWT.PUSH);
        go.setText(Messages.Query_build);
        go.addListener(SWT.Selection, e -> {
            if (first.getSelectionIndex() >= 0 && second.getSelectionIndex() >= 0) {
                run.accept(expression());
            }
        });
        enableDistance();
    }

    private void enableDistance() {
        boolean near = operator.getText().equals("NEAR") || operator.getText().equals("FOLLOWED BY");
        distance.setEnabled(near);
        unit.setEnabled(near);
    }

    /** The query the row stands for, e.g. {@code code:"Drivers/Local" NEAR/1p code:"Modes"}. */
    public String expression() {
        String op = operator.getText();
        if (op.equals("NEAR") || op.equals("FOLLOWED BY")) {
            op += "/" + distance.getSelection() + (unit.getSelectionIndex() == 1 ? "p" : "");
        }
        return code(first.getText()) + " " + op + " " + code(second.getText());
    }

    private static String code(String path) {
        return "code:\"" + path + "\"";
    }

    void setCodes(List<String> paths) {
        for (Combo c : List.of(first, second)) {
            String was = c.getText();
            c.setItems(paths.toArray(String[]::new));
            int i = paths.indexOf(was);
            c.select(i >= 0 ? i : Math.min(c == first ? 0 : 1, paths.size() - 1));
        }
        row.layout();
    }

    /** For tests: chooses the codes, the operator and its distance. */
    public void choose(String a, String op, int n, boolean paragraphs, String b) {
        first.select(first.indexOf(a));
        operator.select(operator.indexOf(op));
        distance.setSelection(n);
        unit.select(paragraphs ? 1 : 0);
        second.select(second.indexOf(b));
        enableDistance();
    }

    Control control() {
        return row;
    }
}
