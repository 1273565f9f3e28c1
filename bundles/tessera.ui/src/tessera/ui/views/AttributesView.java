package tessera.ui.views;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;

import tessera.core.model.Attribute;
import tessera.core.model.AttributeType;
import tessera.core.model.Document;
import tessera.core.ops.DefineAttribute;
import tessera.core.ops.SetAttribute;
import tessera.core.store.ProjectStore;
import tessera.core.store.StoreException;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.internal.Messages;

/**
 * The attributes of the document selected in Documents or open in the active editor (country, city, year...),
 * edited in place: each edit is checked against the attribute's type and is one undoable operation.
 */
public final class AttributesView extends ProjectView implements ISelectionListener {

    public static final String ID = "tessera.ui.views.attributes";

    private Composite holder;
    private Label title;
    private TableViewer viewer;
    private Long documentId;
    private Map<String, String> values = Map.of();

    @Override
    public void createPartControl(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).create());
        title = new Label(holder, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button define = new Button(holder, SWT.PUSH);
        define.setText(Messages.Attributes_define);
        define.addListener(SWT.Selection, e -> define());
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Attributes_name, 140, a -> a.name());
        column(Messages.Attributes_type, 70, a -> a.type().name().toLowerCase(java.util.Locale.ROOT));
        TableViewerColumn value = column(Messages.Attributes_value, 200, a -> values.getOrDefault(a.name(), ""));
        value.setEditingSupport(new ValueEditing());
        getSite().getWorkbenchWindow().getSelectionService().addSelectionListener(this);
        startListening();
    }

    private TableViewerColumn column(String title, int width, java.util.function.Function<Attribute, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Attribute) element);
            }
        });
        return c;
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        Long next = null;
        if (part instanceof DocumentsView && selection instanceof IStructuredSelection s
                && s.getFirstElement() instanceof DocumentRow row) {
            next = row.document().id();
        } else if (part instanceof DocumentEditor editor) {
            next = editor.documentId();
        }
        if (next != null && !next.equals(documentId)) {
            show(next);
        }
    }

    /** Shows a document's attributes. */
    public void show(long document) {
        documentId = document;
        scheduleRefresh();
    }

    @Override
    protected void refresh(ProjectStore store) {
        Document doc = store == null || documentId == null ? null : store.document(documentId).orElse(null);
        title.setText(doc == null ? Messages.Attributes_none : NLS.bind(Messages.Attributes_of, doc.name()));
        values = doc == null ? Map.of() : store.attributeValuesByDocument().getOrDefault(doc.id(), Map.of());
        viewer.setInput(doc == null ? List.of() : store.attributes());
        holder.layout();
    }

    /** Sets the shown document's value of an attribute, as editing its cell does; errors are shown. */
    public void setValue(Attribute attribute, String value) {
        ProjectStore store = session.store().orElse(null);
        if (store == null || documentId == null) {
            return;
        }
        try {
            store.apply(new SetAttribute(documentId, attribute.id(), value));
        } catch (StoreException e) {
            MessageDialog.openError(holder.getShell(), Messages.Attributes_title, e.getMessage());
        }
    }

    private void define() {
        ProjectStore store = session.store().orElse(null);
        InputDialog d = new InputDialog(holder.getShell(), Messages.Attributes_define, Messages.Attributes_definePrompt,
                "", v -> v == null || v.isBlank() ? Messages.Attributes_nameNeeded : null);
        if (store == null || d.open() != Window.OK) {
            return;
        }
        String[] nameAndType = d.getValue().split(":", 2);
        try {
            AttributeType type = nameAndType.length == 2 ? AttributeType.parse(nameAndType[1]) : AttributeType.TEXT;
            store.apply(new DefineAttribute(nameAndType[0].strip(), type));
        } catch (StoreException | IllegalArgumentException e) {
            MessageDialog.openError(holder.getShell(), Messages.Attributes_title, e.getMessage());
        }
    }

    private final class ValueEditing extends EditingSupport {
        ValueEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(viewer.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return documentId != null;
        }

        @Override
        protected Object getValue(Object element) {
            return values.getOrDefault(((Attribute) element).name(), "");
        }

        @Override
        protected void setValue(Object element, Object value) {
            String now = values.getOrDefault(((Attribute) element).name(), "");
            if (!now.equals(value)) {
                AttributesView.this.setValue((Attribute) element, (String) value);
            }
        }
    }

    @Override
    protected Control control() {
        return holder;
    }

    /** For tests: the table. */
    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void dispose() {
        getSite().getWorkbenchWindow().getSelectionService().removeSelectionListener(this);
        super.dispose();
    }
}
