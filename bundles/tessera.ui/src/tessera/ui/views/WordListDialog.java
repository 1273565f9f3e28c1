package tessera.ui.views;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import tessera.ui.internal.Messages;
import tessera.ui.session.WordListPreference;

/** Word Frequencies' word lists: the user's stop words, the words to keep whole, and the shortest word counted. */
final class WordListDialog extends Dialog {

    private Text stop;
    private Text keep;
    private Spinner min;

    WordListDialog(Shell shell) {
        super(shell);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Freq_lists);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, true));
        new Label(area, SWT.WRAP).setText(Messages.Freq_stopWords);
        new Label(area, SWT.WRAP).setText(Messages.Freq_keepWhole);
        stop = box(area, WordListPreference.stopWordsText());
        keep = box(area, WordListPreference.keepWholeText());
        Composite row = new Composite(area, SWT.NONE);
        row.setLayout(new GridLayout(2, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(row, SWT.NONE).setText(Messages.Freq_minLength);
        min = new Spinner(row, SWT.BORDER);
        min.setValues(WordListPreference.options().minLength(), 1, 20, 0, 1, 1);
        return area;
    }

    private static Text box(Composite parent, String text) {
        Text t = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
        t.setText(text);
        GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
        d.widthHint = 220;
        d.heightHint = 220;
        t.setLayoutData(d);
        return t;
    }

    @Override
    protected void okPressed() {
        WordListPreference.set(stop.getText(), keep.getText(), min.getSelection());
        super.okPressed();
    }
}
