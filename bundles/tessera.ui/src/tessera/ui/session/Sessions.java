package tessera.ui.session;

import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Finds the workbench's {@link ProjectSession} service. */
public final class Sessions {

    private Sessions() {
    }

    public static ProjectSession get() {
        if (PlatformUI.isWorkbenchRunning()) {
            ProjectSession s = PlatformUI.getWorkbench().getService(ProjectSession.class);
            if (s != null) {
                return s;
            }
        }
        Bundle bundle = FrameworkUtil.getBundle(ProjectSession.class);
        BundleContext context = bundle.getBundleContext();
        if (context == null) {
            throw new IllegalStateException("the tessera.ui bundle is not started");
        }
        ServiceReference<ProjectSession> ref = context.getServiceReference(ProjectSession.class);
        if (ref == null) {
            throw new IllegalStateException("no ProjectSession service is registered");
        }
        return context.getService(ref);
    }
}
