package tessera.exchange.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

import tessera.exchange.export.SegmentSheet;

/**
 * Takes the rows of one streamed worksheet: the first row is the header, which must have the Coding ID and
 * Decision columns (a sheet without them is passed over); every later row with a coding ID becomes a review row.
 */
final class ReviewSheetRows implements SheetContentsHandler {

    private final String sheet;
    private final List<ReviewRow> out;
    private final Map<Integer, String> cells = new HashMap<>();
    private Map<String, Integer> header;
    private int column;

    ReviewSheetRows(String sheet, List<ReviewRow> out) {
        this.sheet = sheet;
        this.out = out;
    }

    @Override
    public void startRow(int rowNum) {
        cells.clear();
        column = 0;
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
        // a cell without a reference follows the one before it, as spreadsheet programs read it
        column = reference == null ? column : new CellReference(reference).getCol();
        cells.put(column++, formattedValue == null ? "" : formattedValue.strip());
    }

    @Override
    public void endRow(int rowNum) {
        if (header == null) {
            header = new HashMap<>();
            cells.forEach((c, name) -> header.putIfAbsent(name, c));
            return;
        }
        if (!header.containsKey(SegmentSheet.ID) || !header.containsKey(SegmentSheet.DECISION)) {
            return;
        }
        String id = value(SegmentSheet.ID);
        if (!id.isEmpty()) {
            out.add(new ReviewRow(sheet + " row " + (rowNum + 1), id, value(SegmentSheet.DECISION),
                    value(SegmentSheet.COMMENT)));
        }
    }

    private String value(String name) {
        Integer c = header.get(name);
        return c == null ? "" : cells.getOrDefault(c, "");
    }
}
