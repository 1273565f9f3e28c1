package tessera.ui.handlers;

import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import tessera.core.model.Code;
import tessera.core.ops.CreateCode;
import tessera.core.ops.DeleteCode;
import tessera.core.ops.DescribeCode;
import tessera.core.ops.MergeCodes;
import tessera.core.ops.RecolourCode;
import tessera.core.ops.RenameCode;
import tessera.core.store.CodingFilter;
import tessera.core.store.Operation;
import tessera.core.store.OperationException;
import tessera.core.store.ProjectStore;
import tessera.core.store.StoreException;
import tessera.ui.internal.Messages;
import tessera.ui.session.ProjectSession;
import tessera.ui.util.Colours;

/**
 * The Codebook's commands: new code (under the selected one), rename, recolour, describe, merge, delete. Each asks in a dialog,
 * unless the command carries its value as the parameter {@code tessera.ui.value} (for keys, scripts and tests);
 * each is one undoable operation.
 */
public final class CodebookHandlers {

    public static final String VALUE = "tessera.ui.value";

    private CodebookHandlers() {
    }

    private abstract static class Base extends AbstractHandler {
        @Override
        public final Object execute(ExecutionEvent event) {
            ProjectStore store = ProjectSession.in(PlatformUI.getWorkbench()).store().orElse(null);
            if (store == null) {
                return null;
            }
            Shell shell = HandlerUtil.getActiveShell(event);
            try {
                Operation op = operation(store, CodebookSelection.codes(event), event.getParameter(VALUE), shell);
                if (op != null && inBackground()) {
                    new OperationJob(store, op, shell, Messages.Codebook_failed).schedule();
                } else if (op != null) {
                    store.apply(op);
                }
            } catch (StoreException e) {
                MessageDialog.openError(shell, Messages.Codebook_failed, e.getMessage());
            }
            return null;
        }

        /** Whether the operation may touch many rows, and runs as a Job. */
        boolean inBackground() {
            return false;
        }

        /** The operation to apply, or null when the user cancelled or nothing is selected. */
        abstract Operation operation(ProjectStore store, List<Code> selected, String value, Shell shell);

        static String ask(Shell shell, String title, String initial) {
            InputDialog d = new InputDialog(shell, title, Messages.Codebook_name, initial,
                    v -> v == null || v.isBlank() ? Messages.Codebook_nameNeeded : null);
            return d.open() == Window.OK ? d.getValue() : null;
        }
    }

    /** New code: under the first selected code, or at the top of the codebook. */
    public static final class New extends Base {
        @Override
        Operation operation(ProjectStore store, List<Code> selected, String value, Shell shell) {
            Long parent = selected.isEmpty() ? null : selected.get(0).id();
            if (value != null) {
                return new CreateCode(parent, value.strip());
            }
            NewCodeDialog d = new NewCodeDialog(shell, store.codebook(), parent);
            return d.open() == Window.OK ? d.result() : null;
        }
    }

    public static final class Rename extends Base {
        @Override
        Operation operation(ProjectStore store, List<Code> selected, String value, Shell shell) {
            if (selected.size() != 1) {
                return null;
            }
            String name = value != null ? value : ask(shell, Messages.Codebook_rename, selected.get(0).name());
            return name == null ? null : new RenameCode(selected.get(0).id(), name.strip());
        }
    }

    public static final class Recolour extends Base {
        @Override
        Operation operation(ProjectStore store, List<Code> selected, String value, Shell shell) {
            if (selected.size() != 1) {
                return null;
            }
            String colour = value;
            if (colour == null) {
                ColorDialog d = new ColorDialog(shell);
                d.setRGB(Colours.rgb(selected.get(0).colour()));
                RGB rgb = d.open();
                colour = rgb == null ? null : String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
            }
            return colour == null ? null : new RecolourCode(selected.get(0).id(), colour);
        }
    }

    /** Delete, after a confirmation that says how many subcodes and codings go with it; "true" confirms. */
    public static final class Delete extends Base {
        @Override
        boolean inBackground() {
            return true;
        }

        @Override
        Operation operation(ProjectStore store, List<Code> selected, String value, Shell shell) {
            if (selected.size() != 1) {
                return null;
            }
            Code code = selected.get(0);
            Set<Long> subtree = store.codebook().subtree(code.id());
            int codings = store.codings(CodingFilter.codes(subtree)).size();
            boolean confirmed = "true".equals(value) || (value == null && MessageDialog.openConfirm(shell,
                    Messages.Codebook_delete, NLS.bind(Messages.Codebook_deleteConfirm,
                            new Object[] {code.name(), subtree.size() - 1, codings})));
            return confirmed ? new DeleteCode(code.id()) : null;
        }
    }

    /** Describe: the code's description (its definition and rules of use), in a multi-line dialog. */
    public static final class Describe extends Base {
        @Override
        Operation operation(ProjectStore store, List<Code> selected, String value, Shell shell) {
            if (selected.size() != 1) {
                return null;
            }
            Code code = selected.get(0);
            String text = value;
            if (text == null) {
                InputDialog d = new InputDialog(shell, Messages.Codebook_describe,
                        NLS.bind(Messages.Codebook_describePrompt, code.name()), code.description(), null) {
                    @Override
                    protected int getInputTextStyle() {
                        return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
                    }

                    @Override
                    protected org.eclipse.swt.widgets.Control createDialogArea(
                            org.eclipse.swt.widgets.Composite parent) {
                        var area = super.createDialogArea(parent);
                        ((org.eclipse.swt.layout.GridData) getText().getLayoutData()).heightHint = 120;
                        return area;
                    }
                };
                text = d.open() == Window.OK ? d.getValue() : null;
            }
            return text == null ? null : new DescribeCode(code.id(), text.strip(), code.codable());
        }
    }

    /**
     * Merge Into...: the selected code's codings (and subcodes and memos) go to the code chosen in a list, or named
     * by its path in {@code tessera.ui.value}; the selected code is removed. One undo restores it all.
     */
    public static final class Merge extends Base {
        @Override
        boolean inBackground() {
            return true;
        }

        @Override
        Operation operation(ProjectStore store, List<Code> selected, String value, Shell shell) {
            if (selected.size() != 1) {
                return null;
            }
            Code source = selected.get(0);
            var book = store.codebook();
            Code target;
            if (value != null) {
                target = book.byPath(value).orElseThrow(() -> new OperationException(
                        NLS.bind(Messages.Codebook_noSuchCode, value)));
            } else {
                List<Code> candidates = book.inOrder().stream()
                        .filter(c -> !book.isSelfOrAncestor(source.id(), c.id())).toList();
                ElementListSelectionDialog d = new ElementListSelectionDialog(shell, new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return book.path(((Code) element).id());
                    }
                });
                d.setTitle(Messages.Codebook_merge);
                d.setMessage(NLS.bind(Messages.Codebook_mergePrompt, book.path(source.id())));
                d.setElements(candidates.toArray());
                d.setMultipleSelection(false);
                target = d.open() == Window.OK ? (Code) d.getFirstResult() : null;
            }
            return target == null ? null : new MergeCodes(source.id(), target.id());
        }
    }
}
