package tessera.ui.internal;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Carries what the headless bundles log ({@code System.getLogger("tessera....")}, which the JDK routes to
 * java.util.logging) into the workbench: warnings and errors go to the platform's log (the Error Log, the
 * workspace's .log file), and errors are also shown to the user. A Declarative Services component, started with
 * the UI bundle (OSGI-INF/tessera.ui.logbridge.xml); on the command line the same records go to standard error.
 */
public final class PlatformLogBridge extends Handler {

    static final String ROOT = "tessera";

    private final Logger root = Logger.getLogger(ROOT);

    void activate() {
        root.addHandler(this);
    }

    void deactivate() {
        root.removeHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() < Level.WARNING.intValue()) {
            return;
        }
        boolean error = record.getLevel().intValue() >= Level.SEVERE.intValue();
        String message = record.getMessage() == null ? String.valueOf(record.getThrown()) : record.getMessage();
        IStatus status = new Status(error ? IStatus.ERROR : IStatus.WARNING, "tessera.ui", message, record.getThrown());
        StatusManager.getManager().handle(status, error ? StatusManager.LOG | StatusManager.SHOW : StatusManager.LOG);
    }

    @Override
    public void flush() {
        // the platform's log writes each entry as it comes
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
