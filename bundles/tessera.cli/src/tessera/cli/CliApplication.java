package tessera.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The command line as an OSGi application ({@code -application tessera.cli.application}): no display, no workbench. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        return Main.run((String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS));
    }

    @Override
    public void stop() {
        // commands are short and transactional: nothing to interrupt
    }
}
