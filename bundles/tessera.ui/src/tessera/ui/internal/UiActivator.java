package tessera.ui.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import tessera.ui.session.ProjectSession;

/** Offers the workbench's {@link ProjectSession} as an OSGi service and closes its project when the bundle stops. */
public final class UiActivator implements BundleActivator {

    private ProjectSession session;
    private ServiceRegistration<ProjectSession> registration;

    @Override
    public void start(BundleContext context) {
        session = new ProjectSession();
        registration = context.registerService(ProjectSession.class, session, null);
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
        session.close();
    }
}
