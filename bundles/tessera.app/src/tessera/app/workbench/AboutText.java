package tessera.app.workbench;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkUtil;

/** What Help > About says: the version, what Tessera is for, and where its data and its Java come from. */
final class AboutText {

    private AboutText() {
    }

    static String get() {
        var bundle = FrameworkUtil.getBundle(AboutText.class);
        String version = bundle == null ? "?" : bundle.getVersion().toString();
        return NLS.bind(Messages.aboutText, new Object[] {version, System.getProperty("java.version"),
            Platform.getInstanceLocation() == null ? "" : Platform.getInstanceLocation().getURL().getPath()});
    }
}
