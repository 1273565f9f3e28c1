package tessera.ui.wizards;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import tessera.ui.internal.Messages;

/**
 * The end of an import: a summary line, then every file that came in, every file that did not (with the reason)
 * and everything a REFI-QDA file held that Tessera left out (REFI-QDA section 7), in a text one can select and copy.
 */
final class ImportReportDialog extends Dialog {

    private final ImportJob.Report report;

    ImportReportDialog(Shell shell, ImportJob.Report report) {
        super(shell);
        this.report = report;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.ImportWizard_reportTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite c = (Composite) super.createDialogArea(parent);
        Label summary = new Label(c, SWT.WRAP);
        summary.setText(org.eclipse.osgi.util.NLS.bind(Messages.ImportWizard_summary, new Object[] {
            report.imported().size(), report.failed().size(), report.skipped().size()})
                + (report.cancelled() ? " " + Messages.ImportWizard_cancelled : ""));
        Text text = new Text(c, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setText(body());
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 300).applyTo(text);
        return c;
    }

    String body() {
        StringBuilder b = new StringBuilder();
        section(b, Messages.ImportWizard_sectionImported, report.imported());
        section(b, Messages.ImportWizard_sectionFailed, report.failed());
        section(b, Messages.ImportWizard_sectionSkipped, report.skipped());
        return b.toString();
    }

    private static void section(StringBuilder b, String title, java.util.List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        b.append(title).append('\n');
        lines.forEach(l -> b.append("  ").append(l).append('\n'));
        b.append('\n');
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
    }
}
