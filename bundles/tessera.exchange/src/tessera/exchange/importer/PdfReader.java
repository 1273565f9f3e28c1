package tessera.exchange.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.osgi.util.NLS;

import tessera.exchange.internal.ExchangeMessages;

/**
 * PDF through PDFBox 3: the text of each page in reading order (sorted by position), a paragraph to a line, lines
 * inside a paragraph joined (with no space inside CJK text, and words hyphenated at a line end made whole); where
 * each page starts is kept. Password-protected PDFs and PDFs that forbid copying text are refused by name.
 */
public final class PdfReader implements DocumentReader {

    private static final String LINE = "\u2028";

    @Override
    public ExtractedText read(Path file) throws IOException, ImportException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (!doc.getCurrentAccessPermission().canExtractContent()) {
                throw new ImportException(NLS.bind(ExchangeMessages.pdfNoCopy, file));
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator(LINE);
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n");
            stripper.setPageStart("");
            stripper.setPageEnd("\n");
            StringBuilder text = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            int cp = 0;
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                Blocks blocks = new Blocks();
                for (String paragraph : stripper.getText(doc).split("\n")) {
                    blocks.add(dehyphenate(paragraph).replace(LINE, "\n")).end();
                }
                String pageText = blocks.text();
                if (text.length() > 0) {
                    text.append('\n');
                    cp++;
                }
                starts.add(cp);
                text.append(pageText);
                cp += pageText.codePointCount(0, pageText.length());
            }
            return new ExtractedText(text.toString(), starts);
        } catch (InvalidPasswordException e) {
            throw new ImportException(NLS.bind(ExchangeMessages.pdfPassword, file));
        } catch (IOException e) {
            throw new ImportException(NLS.bind(ExchangeMessages.notPdf, file, e.getMessage()), e);
        }
    }

    /** "coop-" at a line end followed by "eration" is one word. */
    static String dehyphenate(String paragraph) {
        return paragraph.replaceAll("(\\p{L})-" + LINE + "(\\p{Ll})", "$1$2");
    }
}
