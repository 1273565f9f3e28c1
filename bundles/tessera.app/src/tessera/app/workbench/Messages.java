package tessera.app.workbench;

import org.eclipse.osgi.util.NLS;

/** The application's user-visible strings (messages.properties, with translations beside it). */
final class Messages extends NLS {

    public static String menuFile;
    public static String menuEdit;
    public static String menuTeam;
    public static String menuWindow;
    public static String menuExit;
    public static String menuResetPerspective;
    public static String resetTitle;
    public static String resetQuestion;
    public static String menuHelp;
    public static String menuAbout;
    public static String aboutTitle;
    public static String aboutText;

    static {
        NLS.initializeMessages("tessera.app.workbench.messages", Messages.class);
    }

    private Messages() {
    }
}
