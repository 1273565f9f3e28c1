package tessera.ui.views;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;

import tessera.analysis.query.QueryData;
import tessera.charts.Chart;
import tessera.charts.ChartHit;
import tessera.charts.ChartRequest;
import tessera.charts.Charts;
import tessera.core.model.Attribute;
import tessera.core.model.Code;
import tessera.core.store.ProjectStore;
import tessera.ui.editor.DocumentEditor;
import tessera.ui.util.AwtImages;

/**
 * Charts of the open project that follow the Codebook's and the Documents view's selections: the same pictures
 * the CLI writes, drawn at the view's size. A click on a bar, box, edge, node or word lists its segments in the
 * Coding Query view; the chart exports to SVG or PNG.
 */
public final class ChartsView extends ProjectView implements ISelectionListener {

    public static final String ID = "tessera.ui.views.charts";

    private Composite holder;
    private ChartsBar bar;
    private Canvas canvas;
    private Label status;
    private Image image;
    private List<ChartHit> hits = List.of();
    private QueryData data;
    private Set<Long> codes;
    private Set<Long> documents;
    private Long document;

    @Override
    public void createPartControl(Composite parent) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new GridLayout(1, false));
        bar = new ChartsBar(holder, this::redraw, this::export);
        canvas = new Canvas(holder, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.addListener(SWT.Paint, e -> {
            if (image != null && !image.isDisposed()) {
                e.gc.drawImage(image, 0, 0);
            } else {
                e.gc.fillRectangle(canvas.getClientArea());
            }
        });
        canvas.addListener(SWT.Resize, e -> redraw());
        canvas.addListener(SWT.MouseMove, e -> {
            ChartHit h = ChartHit.at(hits, e.x, e.y);
            String tip = h == null ? null : h.label();
            if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
                canvas.setToolTipText(tip);
            }
        });
        canvas.addListener(SWT.MouseUp, e -> open(ChartHit.at(hits, e.x, e.y)));
        status = new Label(holder, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        var selections = getSite().getWorkbenchWindow().getSelectionService();
        selections.addSelectionListener(CodebookView.ID, this);
        selections.addSelectionListener(DocumentsView.ID, this);
        startListening();
        selectionChanged(null, selections.getSelection(CodebookView.ID));
        selectionChanged(null, selections.getSelection(DocumentsView.ID));
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (!(selection instanceof IStructuredSelection s)) {
            return;
        }
        Set<Long> codeIds = new HashSet<>();
        Set<Long> docIds = new HashSet<>();
        for (Object o : s.toList()) {
            if (o instanceof Code c) {
                codeIds.add(c.id());
            } else if (o instanceof DocumentRow r) {
                docIds.add(r.document().id());
            }
        }
        if (!codeIds.isEmpty() || part instanceof CodebookView) {
            codes = codeIds.isEmpty() ? null : codeIds;
        }
        if (!docIds.isEmpty() || part instanceof DocumentsView) {
            documents = docIds.isEmpty() ? null : docIds;
            document = docIds.isEmpty() ? null : docIds.iterator().next();
        }
        redraw();
    }

    /** The request the bar and the selections make. */
    ChartRequest request() {
        Long portrait = document;
        if (portrait == null && getSite().getPage().getActiveEditor() instanceof DocumentEditor e) {
            portrait = e.documentId();
        }
        return bar.request().withCodes(codes).withDocuments(documents).withDocument(portrait);
    }

    /** Draws the chart again at the canvas's size. */
    public void redraw() {
        if (canvas == null || canvas.isDisposed() || data == null) {
            return;
        }
        Point size = canvas.getSize();
        if (size.x < 50 || size.y < 50) {
            return;
        }
        try {
            Chart chart = Charts.make(data, request());
            BufferedImage img = new BufferedImage(size.x, size.y, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            try {
                hits = chart.draw(g, new Rectangle2D.Double(0, 0, size.x, size.y));
            } finally {
                g.dispose();
            }
            replaceImage(new Image(canvas.getDisplay(), AwtImages.toSwt(img)));
            status.setText(chart.title() + " \u2014 " + tessera.ui.internal.Messages.Charts_clickHint);
        } catch (IllegalArgumentException e) {
            hits = List.of();
            replaceImage(null);
            status.setText(e.getMessage());
        }
        canvas.redraw();
    }

    private void replaceImage(Image next) {
        if (image != null) {
            image.dispose();
        }
        image = next;
    }

    private void open(ChartHit hit) {
        if (hit == null) {
            return;
        }
        try {
            QueryView view = (QueryView) getSite().getPage().showView(QueryView.ID);
            view.show(hit.label(), data, hit.segments().get());
        } catch (PartInitException e) {
            status.setText(e.getMessage());
        }
    }

    private void export() {
        if (data != null) {
            new ChartExport(holder.getShell()).run(Charts.make(data, request()),
                    new Point(bar.exportWidth(), bar.exportHeight()));
        }
    }

    @Override
    protected Control control() {
        return holder;
    }

    @Override
    protected void refresh(ProjectStore store) {
        data = store == null ? null : new QueryData(store);
        bar.setAttributes(store == null ? List.of() : store.attributes().stream().map(Attribute::name).toList());
        if (store == null) {
            hits = List.of();
            replaceImage(null);
            canvas.redraw();
        } else {
            redraw();
        }
    }

    @Override
    public void dispose() {
        var selections = getSite().getWorkbenchWindow().getSelectionService();
        selections.removeSelectionListener(CodebookView.ID, this);
        selections.removeSelectionListener(DocumentsView.ID, this);
        replaceImage(null);
        super.dispose();
    }

    /** For tests. */
    public List<ChartHit> hits() {
        return hits;
    }

    /** For tests. */
    public ChartsBar bar() {
        return bar;
    }

    /** For tests: a click at a point of the canvas. */
    public void clickAt(double x, double y) {
        open(ChartHit.at(hits, x, y));
    }

    /** For tests. */
    public String statusText() {
        return status.getText();
    }
}
