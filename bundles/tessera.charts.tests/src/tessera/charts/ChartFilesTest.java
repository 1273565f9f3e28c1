package tessera.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

/** Every chart as SVG (well-formed, its labels as text) and PNG (the size asked for), and its click-through. */
class ChartFilesTest {

    @TempDir
    Path dir;
    ChartProject p;

    @BeforeEach
    void project() {
        p = new ChartProject(dir);
    }

    @AfterEach
    void close() {
        p.close();
    }

    private Chart chart(ChartKind kind) {
        return Charts.make(p.data(), ChartRequest.of(kind).withAttribute("Country").withDocument(p.jp));
    }

    /** The SVG parsed as XML, with no DTD or external entity fetched; its text content. */
    static String svgText(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getTagName()
                : doc.getDocumentElement().getLocalName());
        return doc.getDocumentElement().getTextContent();
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void everyChartIsWellFormedSvgWithItsLabelsAsText(ChartKind kind) throws Exception {
        String text = svgText(ChartFiles.svg(chart(kind), 900, 600));
        List<String> labels = switch (kind) {
            case CODES_BY_ATTRIBUTE -> List.of("Codes by Country", "Drivers", "Modes", "China", "Japan", "Korea");
            case CODE_FREQUENCIES -> List.of("全球", "Local", "Modes");
            case HIERARCHY -> List.of("Drivers (5)", "全球 (3)", "Modes (2)");
            case COOCCURRENCE_MAP -> List.of("全球 (3)", "Modes (2)", "Local (2)");
            case PORTRAIT -> List.of("Kitakyushu", "Drivers/全球", "Drivers/Local");
            case WORDCLOUD -> List.of("kitakyushu", "busan");
        };
        for (String label : labels) {
            assertTrue(text.contains(label), kind + " lacks " + label + ": " + text);
        }
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void everyChartDrawsAPngOfTheAskedSizeWithSomethingOnIt(ChartKind kind) throws Exception {
        Path out = ChartFiles.write(chart(kind), dir.resolve(kind.cliName() + ".png"), 640, 400);
        BufferedImage img = ImageIO.read(out.toFile());
        assertNotNull(img, "a PNG that Java reads back");
        assertEquals(640, img.getWidth());
        assertEquals(400, img.getHeight());
        long coloured = 0;
        for (int y = 0; y < 400; y += 2) {
            for (int x = 0; x < 640; x += 2) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                    coloured++;
                }
            }
        }
        assertTrue(coloured > 50, kind + ": bars, boxes, circles or words in colour (" + coloured + " samples)");
    }

    @Test
    void clickingABarFindsItsSegments() {
        Chart chart = chart(ChartKind.CODES_BY_ATTRIBUTE);
        List<ChartHit> hits = chart.draw(ChartFiles.png(chart, 800, 500).createGraphics(),
                new java.awt.geom.Rectangle2D.Double(0, 0, 800, 500));
        ChartHit drivers = hits.stream().filter(h -> h.label().startsWith("Drivers / Japan")).findFirst().orElseThrow();
        var centre = drivers.shape().getBounds2D();
        ChartHit found = ChartHit.at(hits, centre.getCenterX(), centre.getCenterY());
        assertEquals(drivers.label(), found.label());
        assertEquals(Set.of(p.jp), found.segments().get().documents());
        assertEquals(3, found.segments().get().size());
    }

    @Test
    void badNamesAndSizesAreRefusedAndLeaveNoFile() {
        Chart chart = chart(ChartKind.HIERARCHY);
        assertThrows(IllegalArgumentException.class, () -> ChartFiles.write(chart, dir.resolve("x.gif"), 400, 300));
        assertThrows(IllegalArgumentException.class, () -> ChartFiles.write(chart, dir.resolve("x.svg"), 400, 20));
        assertThrows(IllegalArgumentException.class, () -> ChartFiles.write(chart, dir.resolve("x.svg"), 99999, 300));
        assertFalse(Files.exists(dir.resolve("x.svg")));
        assertThrows(IllegalArgumentException.class, () -> ChartKind.parse("pie"));
        assertEquals(ChartKind.COOCCURRENCE_MAP, ChartKind.parse("cooccurrence-map"));
    }

    @Test
    void anEmptyProjectStillDrawsEveryChart() throws Exception {
        try (var empty = tessera.core.store.ProjectStores.create(dir.resolve("e.tessera"), "e", "Li")) {
            var data = new tessera.analysis.query.QueryData(empty);
            for (ChartKind kind : List.of(ChartKind.CODE_FREQUENCIES, ChartKind.HIERARCHY, ChartKind.COOCCURRENCE_MAP,
                    ChartKind.WORDCLOUD)) {
                svgText(ChartFiles.svg(Charts.make(data, ChartRequest.of(kind)), 400, 300));
            }
        }
    }
}
