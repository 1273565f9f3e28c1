package tessera.app.workbench;

import org.eclipse.osgi.util.NLS;

/** The application's user-visible strings (messages.properties, with translations beside it). */
final class Messages extends NLS {

    public static String menuFile;
    public static String menuEdit;
    public static String menuTeam;
    public static String menuWindow;

    static {
        NLS.initializeMessages("tessera.app.workbench.messages", Messages.class);
    }

    private Messages() {
    }
}
