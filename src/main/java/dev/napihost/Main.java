package dev.napihost;

/**
 * The CLI: {@code java -jar napi-host.jar script.js [args...]}. GraalJS's optimizing runtime needs
 * JVM flags {@code java -jar} cannot give (module path, upgrade module path, JVMCI), so when they
 * are missing this JVM starts a second one that has them (see {@link OptimizingRuntimeLauncher}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Cli.Invocation invocation = Cli.parse(args);
        if (invocation.exitNow() != null) {
            System.exit(invocation.exitNow());
        }
        if (!OptimizingRuntimeLauncher.isActive() && !Boolean.getBoolean("napihost.noRelaunch")) {
            System.exit(OptimizingRuntimeLauncher.relaunch(args));
        }
        System.exit(Cli.run(invocation));
    }
}
