package tessera.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The UI's user-visible strings (messages.properties, with translations beside it). */
public final class Messages extends NLS {

    public static String DocumentsView_name;
    public static String DocumentsView_language;
    public static String DocumentsView_length;
    public static String DocumentsView_codings;
    public static String DocumentsView_noProject;
    public static String CodebookView_code;
    public static String CodebookView_codings;
    public static String CodebookView_documents;
    public static String CodebookView_category;
    public static String OpenProject_title;
    public static String OpenProject_failed;
    public static String DocumentEditor_codedBy;

    static {
        NLS.initializeMessages("tessera.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
