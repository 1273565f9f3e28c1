package tessera.ui.views;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import tessera.charts.Chart;
import tessera.charts.ChartFiles;
import tessera.ui.internal.Messages;

/** Asks where to save a chart and writes it as SVG or PNG at the size the Charts bar gives. */
final class ChartExport {

    private final Shell shell;

    ChartExport(Shell shell) {
        this.shell = shell;
    }

    void run(Chart chart, Point size) {
        FileDialog d = new FileDialog(shell, SWT.SAVE);
        d.setFilterExtensions(new String[] {"*.svg", "*.png"});
        d.setFilterNames(new String[] {Messages.Charts_svg, Messages.Charts_png});
        d.setOverwrite(true);
        String file = d.open();
        if (file == null) {
            return;
        }
        Path out = Path.of(file);
        if (!out.getFileName().toString().contains(".")) {
            out = Path.of(file + (d.getFilterIndex() == 1 ? ".png" : ".svg"));
        }
        try {
            ChartFiles.write(chart, out, size.x, size.y);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, Messages.Charts_export, out + ": " + e.getMessage());
        }
    }
}
