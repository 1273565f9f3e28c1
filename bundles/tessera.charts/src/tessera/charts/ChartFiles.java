package tessera.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.eclipse.osgi.util.NLS;
import org.jfree.svg.SVGGraphics2D;

import tessera.charts.internal.ChartMessages;
import tessera.exchange.sheet.AtomicFile;

/**
 * A chart as a file for a paper: SVG (vector, its labels as text) or PNG at a chosen size. Written beside the
 * target and moved over it only when complete, so a failed write leaves any earlier file as it was.
 */
public final class ChartFiles {

    /** Sizes a chart may be drawn at, in pixels (SVG: user units). */
    public static final int MIN_SIZE = 100;
    public static final int MAX_SIZE = 10000;

    private ChartFiles() {
    }

    public static String svg(Chart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        // no DOCTYPE (SVG 2 has none): a file that strict XML readers open without fetching a DTD
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n";
    }

    public static BufferedImage png(Chart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the chart as SVG or PNG, as the file's name says. */
    public static Path write(Chart chart, Path out, int width, int height) throws IOException {
        check(width, height);
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) {
            throw new IllegalArgumentException(NLS.bind(ChartMessages.badFileType, out.getFileName()));
        }
        AtomicFile file = new AtomicFile(out);
        try {
            if (svg) {
                Files.writeString(file.temp(), svg(chart, width, height), StandardCharsets.UTF_8);
            } else {
                try (OutputStream o = Files.newOutputStream(file.temp())) {
                    if (!ImageIO.write(png(chart, width, height), "png", o)) {
                        throw new IOException("no PNG writer in this Java runtime");
                    }
                }
            }
            return file.commit();
        } catch (IOException | RuntimeException e) {
            file.discard();
            throw e;
        }
    }

    static void check(int width, int height) {
        if (width < MIN_SIZE || height < MIN_SIZE || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException(NLS.bind(ChartMessages.badSize, new Object[] {width, height, MIN_SIZE,
                MAX_SIZE}));
        }
    }
}
