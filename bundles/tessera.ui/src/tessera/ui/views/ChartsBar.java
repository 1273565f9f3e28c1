package tessera.ui.views;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import tessera.charts.ChartFiles;
import tessera.charts.ChartKind;
import tessera.charts.ChartRequest;
import tessera.exchange.matrix.MatrixValue;
import tessera.ui.internal.Messages;

/** The Charts view's choices: which chart, the attribute, what bars count, and the size of an exported file. */
public final class ChartsBar {

    private final Combo kind;
    private final Combo attribute;
    private final Combo value;
    private final Button stacked;
    private final Button perDocument;
    private final Spinner width;
    private final Spinner height;

    ChartsBar(Composite parent, Runnable changed, Runnable export) {
        Composite row = new Composite(parent, SWT.NONE);
        // wraps in a narrow view rather than hiding the export button past the edge
        org.eclipse.swt.layout.RowLayout layout = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.wrap = true;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        kind = new Combo(row, SWT.READ_ONLY);
        for (ChartKind k : ChartKind.values()) {
            kind.add(k.label());
        }
        kind.select(0);
        new Label(row, SWT.NONE).setText(Messages.Charts_attribute);
        attribute = new Combo(row, SWT.READ_ONLY);
        value = new Combo(row, SWT.READ_ONLY);
        for (MatrixValue v : MatrixValue.values()) {
            value.add(tessera.charts.BarData.valueName(v, false));
        }
        value.select(0);
        stacked = new Button(row, SWT.CHECK);
        stacked.setText(Messages.Charts_stacked);
        perDocument = new Button(row, SWT.CHECK);
        perDocument.setText(Messages.Charts_perDocument);
        new Label(row, SWT.NONE).setText(Messages.Charts_size);
        width = new Spinner(row, SWT.BORDER);
        width.setValues(1200, ChartFiles.MIN_SIZE, ChartFiles.MAX_SIZE, 0, 100, 500);
        height = new Spinner(row, SWT.BORDER);
        height.setValues(800, ChartFiles.MIN_SIZE, ChartFiles.MAX_SIZE, 0, 100, 500);
        Button exportButton = new Button(row, SWT.PUSH);
        exportButton.setText(Messages.Charts_export);
        exportButton.addListener(SWT.Selection, e -> export.run());
        for (var c : List.of(kind, attribute, value, stacked, perDocument)) {
            c.addListener(SWT.Selection, e -> changed.run());
        }
    }

    ChartRequest request() {
        ChartKind k = ChartKind.values()[kind.getSelectionIndex()];
        return ChartRequest.of(k).withAttribute(attribute.getText().isEmpty() ? null : attribute.getText())
                .withBars(MatrixValue.values()[value.getSelectionIndex()], stacked.getSelection(),
                        perDocument.getSelection());
    }

    void setAttributes(List<String> names) {
        String was = attribute.getText();
        attribute.setItems(names.toArray(String[]::new));
        if (!names.isEmpty()) {
            attribute.select(Math.max(0, names.indexOf(was)));
        }
        attribute.getParent().layout();
    }

    int exportWidth() {
        return width.getSelection();
    }

    int exportHeight() {
        return height.getSelection();
    }

    /** For tests and the view: shows this chart. */
    public void choose(ChartKind k) {
        kind.select(k.ordinal());
        kind.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** For tests. */
    public void stack(boolean on) {
        stacked.setSelection(on);
        stacked.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }
}
