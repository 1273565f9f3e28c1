package tessera.app.cli;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Progress of long commands on standard error, only when a person watches a terminal. */
final class ConsoleProgress extends NullProgressMonitor {

    private final CliContext ctx;
    private final boolean visible;
    private String task = "";

    ConsoleProgress(CliContext ctx) {
        this.ctx = ctx;
        this.visible = System.console() != null && !ctx.json;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        task = name;
    }

    @Override
    public void subTask(String name) {
        if (visible) {
            ctx.err.println(task + ": " + name);
        }
    }
}
