package tessera.ui.views;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import tessera.analysis.query.AxisItem;
import tessera.analysis.query.MatrixAxis;
import tessera.analysis.query.QueryData;
import tessera.ui.internal.Messages;

/** Rows or columns of a matrix coding query: codes, an attribute's values, documents, sets or coders. */
final class AxisChooser {

    private final Combo kind;
    private final Combo attribute;

    AxisChooser(Composite parent, String label, int initial) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        row.setLayout(layout);
        new Label(row, SWT.NONE).setText(label);
        kind = new Combo(row, SWT.READ_ONLY);
        kind.setItems(Messages.MatrixQuery_codes, Messages.MatrixQuery_attribute, Messages.MatrixQuery_documents,
                Messages.MatrixQuery_sets, Messages.MatrixQuery_coders);
        kind.select(initial);
        attribute = new Combo(row, SWT.READ_ONLY);
        kind.addListener(SWT.Selection, e -> attribute.setEnabled(kind.getSelectionIndex() == 1));
        attribute.setEnabled(initial == 1);
    }

    void setAttributes(List<String> names) {
        String was = attribute.getText();
        attribute.setItems(names.toArray(String[]::new));
        attribute.select(Math.max(0, names.indexOf(was)));
        attribute.getParent().layout();
    }

    /** The items, given the codes chosen in the Codebook (empty: every code). */
    List<AxisItem> items(QueryData data, List<String> chosenCodePaths) {
        MatrixAxis axis = MatrixAxis.values()[kind.getSelectionIndex()];
        return switch (axis) {
            case CODES -> axis.items(data, chosenCodePaths);
            case ATTRIBUTE -> axis.items(data, attribute.getText().isEmpty() ? List.of() : List.of(attribute.getText()));
            default -> axis.items(data, List.of());
        };
    }

    /** For tests. */
    void choose(MatrixAxis axis, String attributeName) {
        kind.select(axis.ordinal());
        attribute.setEnabled(axis == MatrixAxis.ATTRIBUTE);
        if (attributeName != null) {
            attribute.select(attribute.indexOf(attributeName));
        }
    }
}
