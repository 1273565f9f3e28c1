package tessera.cli;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/** Progress of long commands on standard error, only when a person watches a terminal; cancels with its job. */
final class ConsoleProgress extends ProgressMonitorWrapper {

    private final CliContext ctx;
    private final boolean visible;
    private String task = "";

    ConsoleProgress(CliContext ctx, IProgressMonitor jobMonitor) {
        super(jobMonitor);
        this.ctx = ctx;
        this.visible = System.console() != null && !ctx.json;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        super.beginTask(name, totalWork);
        task = name;
    }

    @Override
    public void subTask(String name) {
        super.subTask(name);
        if (visible) {
            ctx.err.println(task + ": " + name);
        }
    }
}
