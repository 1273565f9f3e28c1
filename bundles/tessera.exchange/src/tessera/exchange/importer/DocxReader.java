package tessera.exchange.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.osgi.util.NLS;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

import tessera.exchange.internal.ExchangeMessages;

/**
 * Word (.docx) through POI in reading order: paragraphs and headings, list items with their bullet or number,
 * table rows (cells separated by " | "), and each footnote and endnote right after the paragraph that cites it.
 * POI's zip limits refuse zip bombs; encrypted and legacy .doc files are refused by name.
 */
public final class DocxReader implements DocumentReader {

    @Override
    public ExtractedText read(Path file) throws IOException, ImportException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XWPFDocument doc = new XWPFDocument(pkg)) {
            Blocks blocks = new Blocks();
            Map<String, Integer> counters = new HashMap<>();
            for (IBodyElement e : doc.getBodyElements()) {
                body(doc, e, blocks, counters);
            }
            return new ExtractedText(blocks.text());
        } catch (OLE2NotOfficeXmlFileException | EncryptedDocumentException e) {
            throw new ImportException(NLS.bind(ExchangeMessages.docxEncrypted, file));
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new ImportException(NLS.bind(ExchangeMessages.notWord, file, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            throw new ImportException(NLS.bind(ExchangeMessages.wordUnreadable, file, e.getMessage()), e);
        }
    }

    private void body(XWPFDocument doc, IBodyElement e, Blocks blocks, Map<String, Integer> counters) {
        if (e instanceof XWPFParagraph p) {
            paragraph(doc, p, blocks, counters);
        } else if (e instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                List<XWPFTableCell> cells = row.getTableCells();
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        blocks.add(" | ");
                    }
                    blocks.add(cells.get(i).getText());
                }
                blocks.end();
            }
        }
    }

    private void paragraph(XWPFDocument doc, XWPFParagraph p, Blocks blocks, Map<String, Integer> counters) {
        // the runs' own text: XWPFParagraph.getText() would add POI's "[footnoteRef:n]" and the notes inline
        StringBuilder own = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            // sizeOf...: XMLBeans' list getters build a list per call, which was a large share of a Word import
            if (run.getCTR().sizeOfFootnoteReferenceArray() == 0 && run.getCTR().sizeOfEndnoteReferenceArray() == 0) {
                own.append(run.text());
            }
        }
        String text = own.toString();
        if (p.getNumID() != null && !text.isBlank()) {
            String key = p.getNumID() + "/" + (p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue());
            String format = p.getNumFmt();
            if (format == null || format.equals("bullet")) {
                blocks.add("\u2022 ");
            } else {
                blocks.add(counters.merge(key, 1, Integer::sum) + ". ");
            }
        }
        blocks.add(text).end();
        for (XWPFRun run : p.getRuns()) {
            for (int i = 0; i < run.getCTR().sizeOfFootnoteReferenceArray(); i++) {
                CTFtnEdnRef ref = run.getCTR().getFootnoteReferenceArray(i);
                note(doc.getFootnoteByID(ref.getId().intValue()), "[" + ref.getId() + "] ", blocks);
            }
            for (int i = 0; i < run.getCTR().sizeOfEndnoteReferenceArray(); i++) {
                CTFtnEdnRef ref = run.getCTR().getEndnoteReferenceArray(i);
                note(doc.getEndnoteByID(ref.getId().intValue()), "[" + ref.getId() + "] ", blocks);
            }
        }
    }

    private static void note(XWPFAbstractFootnoteEndnote note, String mark, Blocks blocks) {
        if (note == null) {
            return;
        }
        blocks.add(mark);
        for (XWPFParagraph p : note.getParagraphs()) {
            blocks.add(p.getText()).add(" ");
        }
        blocks.end();
    }
}
