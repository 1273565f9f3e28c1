package tessera.ui.handlers;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import tessera.core.model.Code;
import tessera.core.model.Codebook;
import tessera.core.ops.CreateCode;
import tessera.ui.internal.Messages;
import tessera.ui.util.Colours;

/**
 * New Code: name, parent, colour (one no other code has, unless the user picks another) and description. OK waits
 * for a name; nothing is called wrong before the user has typed.
 */
final class NewCodeDialog extends Dialog {

    private final Codebook book;
    private final List<Code> parents;
    private final Long initialParent;
    private Text name;
    private Combo parent;
    private Text description;
    private Label problem;
    private Button swatch;
    private Color swatchColour;
    private String colour;
    private CreateCode result;

    NewCodeDialog(Shell shell, Codebook book, Long initialParent) {
        super(shell);
        this.book = book;
        this.parents = book.inOrder();
        this.initialParent = initialParent;
        this.colour = CreateCode.unusedColour(book);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Codebook_new);
    }

    @Override
    protected Control createDialogArea(Composite parentArea) {
        Composite area = (Composite) super.createDialogArea(parentArea);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText(Messages.NewCode_name);
        name = new Text(area, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText(Messages.NewCode_parent);
        parent = new Combo(area, SWT.READ_ONLY);
        parent.add(Messages.NewCode_top);
        parents.forEach(c -> parent.add(book.path(c.id())));
        int at = initialParent == null ? -1 : parents.stream().map(Code::id).toList().indexOf(initialParent);
        parent.select(at + 1);
        parent.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText(Messages.NewCode_colour);
        swatch = new Button(area, SWT.PUSH);
        swatch.setText("      ");
        swatch.addListener(SWT.Selection, e -> pickColour());
        showColour();
        Label d = new Label(area, SWT.NONE);
        d.setText(Messages.NewCode_description);
        d.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        description = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData big = new GridData(SWT.FILL, SWT.FILL, true, true);
        big.widthHint = 360;
        big.heightHint = 70;
        description.setLayoutData(big);
        problem = new Label(area, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        name.addListener(SWT.Modify, e -> check(true));
        parent.addListener(SWT.Selection, e -> check(!name.getText().isEmpty()));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parentArea) {
        super.createButtonsForButtonBar(parentArea);
        check(false);
    }

    private void pickColour() {
        ColorDialog d = new ColorDialog(getShell());
        d.setRGB(Colours.rgb(colour));
        RGB rgb = d.open();
        if (rgb != null) {
            colour = String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
            showColour();
        }
    }

    private void showColour() {
        if (swatchColour != null) {
            swatchColour.dispose();
        }
        swatchColour = new Color(Colours.rgb(colour));
        swatch.setBackground(swatchColour);
        swatch.setToolTipText(colour);
    }

    /** OK only with a name not taken under the parent; the reason is shown only once the user has typed. */
    private void check(boolean typed) {
        String n = name.getText().strip();
        Long parentId = parentId();
        String why = n.isEmpty() ? Messages.Codebook_nameNeeded
                : book.child(parentId, n).isPresent() ? org.eclipse.osgi.util.NLS.bind(Messages.NewCode_taken, n) : null;
        problem.setText(typed && why != null ? why : "");
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(why == null);
        }
    }

    private Long parentId() {
        int i = parent.getSelectionIndex();
        return i <= 0 ? null : parents.get(i - 1).id();
    }

    @Override
    protected void okPressed() {
        result = new CreateCode(parentId(), name.getText().strip(), colour, description.getText().strip(), true);
        super.okPressed();
    }

    @Override
    public boolean close() {
        if (swatchColour != null) {
            swatchColour.dispose();
        }
        return super.close();
    }

    /** The code to make, or null when the user cancelled. */
    CreateCode result() {
        return result;
    }

    /** For tests: types the fields as a user would. */
    void fill(String codeName, String text) {
        name.setText(codeName);
        description.setText(text);
    }

    /** For tests: what the dialog says is wrong, and whether OK can be pressed. */
    String problem() {
        return problem.getText();
    }

    boolean canFinish() {
        return getButton(IDialogConstants.OK_ID).isEnabled();
    }
}
