package tessera.exchange.internal;

import org.eclipse.osgi.util.NLS;

/** The exchange bundle's messages for people, in English and Chinese ({@code messages*.properties}). */
public final class ExchangeMessages extends NLS {

    public static String matrixCount;
    public static String matrixCharacters;
    public static String matrixPresence;
    public static String exporting;
    public static String importingDocuments;
    public static String notRefi;
    public static String xmlRefused;
    public static String xmlUnreadable;
    public static String guidTwice;
    public static String guidReused;
    public static String sourceGuidReused;
    public static String codingGuidReused;
    public static String renamedTaken;
    public static String setNoteMembers;
    public static String noProjectQde;
    public static String unsupported;
    public static String setOtherMembers;
    public static String textOnly;
    public static String positionsNotNumbers;
    public static String selectionOutside;
    public static String codingNoCode;
    public static String notUtf8;
    public static String outsideArchive;
    public static String missingSource;
    public static String tooManyEntries;
    public static String zipSlip;
    public static String notZip;
    public static String inflatesBeyond;
    public static String zipBomb;
    public static String qdcTooLarge;
    public static String setNotCodes;
    public static String caseNoSource;
    public static String casePartial;
    public static String badValue;
    public static String odtPassword;
    public static String odtNoContent;
    public static String odtNoText;
    public static String brokenXml;
    public static String cannotRead;
    public static String tooLarge;
    public static String notRtf;
    public static String brokenRtf;
    public static String noSuchFile;
    public static String noText;
    public static String notAFormat;
    public static String alreadyThere;
    public static String htmlTooLarge;
    public static String docxEncrypted;
    public static String notWord;
    public static String wordUnreadable;
    public static String pdfNoCopy;
    public static String pdfPassword;
    public static String notPdf;

    static {
        NLS.initializeMessages("tessera.exchange.internal.messages", ExchangeMessages.class);
    }

    private ExchangeMessages() {
    }
}
