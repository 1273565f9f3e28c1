package tessera.core.internal;

import org.eclipse.osgi.util.NLS;

/** The core's messages for people, in English and Chinese ({@code messages*.properties}). */
public final class CoreMessages extends NLS {

    public static String listenerFailed;

    static {
        NLS.initializeMessages("tessera.core.internal.messages", CoreMessages.class);
    }

    private CoreMessages() {
    }
}
