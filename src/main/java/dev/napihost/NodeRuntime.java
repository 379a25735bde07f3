package dev.napihost;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Node-style JavaScript runtime on GraalJS that can load Node-API addons. Each runtime has its
 * own JS thread, GraalJS context, event loop and Node-API environment; several may live in one JVM.
 *
 * <pre>{@code
 * try (NodeRuntime node = NodeRuntime.newBuilder().argv(List.of("input.txt")).build()) {
 *     int exitCode = node.runMain(Path.of("script.js"));
 * }
 * }</pre>
 */
public final class NodeRuntime implements AutoCloseable {
    private final RuntimeCore core;

    private NodeRuntime(RuntimeConfig config) {
        this.core = new RuntimeCore(config);
    }

    /** Starts a builder with the process's working directory, environment and standard streams. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /**
     * Runs a script as the main module, then the event loop until nothing keeps it alive, as
     * {@code node script.js} does.
     *
     * @return the exit code Node would give: 0, {@code process.exitCode}, the value passed to
     *     {@code process.exit()}, or 1 after an uncaught exception
     */
    public int runMain(Path script) {
        core.runMain(script);
        return core.awaitExit();
    }

    /**
     * Evaluates code as {@code node -e} does (or {@code node -p} when {@code print} is true), then
     * runs the event loop until nothing keeps it alive.
     *
     * @return the exit code, as for {@link #runMain(Path)}
     */
    public int evalMain(String code, boolean print) {
        core.evalMain(code, print);
        return core.awaitExit();
    }

    /** Stops the event loop, runs cleanup and releases the runtime's thread and native memory. */
    @Override
    public void close() {
        core.loop.stop();
        try {
            core.jsThread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Configures a {@link NodeRuntime}. */
    public static final class Builder {
        private Path workingDirectory = Path.of("").toAbsolutePath();
        private final List<String> argv = new ArrayList<>();
        private final List<String> execArgv = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>(System.getenv());
        private PrintStream out = System.out;
        private PrintStream err = System.err;
        private InputStream in = System.in;
        private String execPath = defaultExecPath();
        private boolean ownsProcess;

        private Builder() {
        }

        /** The directory relative paths resolve against ({@code process.cwd()}). */
        public Builder workingDirectory(Path dir) {
            this.workingDirectory = dir.toAbsolutePath().normalize();
            return this;
        }

        /** Arguments after the script name, as {@code process.argv.slice(2)}. */
        public Builder argv(List<String> args) {
            this.argv.clear();
            this.argv.addAll(args);
            return this;
        }

        /** Options given to the runtime itself ({@code process.execArgv}). */
        public Builder execArgv(List<String> args) {
            this.execArgv.clear();
            this.execArgv.addAll(args);
            return this;
        }

        /** Replaces the environment ({@code process.env}); by default the JVM's. */
        public Builder environment(Map<String, String> env) {
            this.environment.clear();
            this.environment.putAll(env);
            return this;
        }

        /** Where {@code process.stdout} and {@code console.log} write. */
        public Builder out(PrintStream stream) {
            this.out = Objects.requireNonNull(stream);
            return this;
        }

        /** Where {@code process.stderr} and {@code console.error} write. */
        public Builder err(PrintStream stream) {
            this.err = Objects.requireNonNull(stream);
            return this;
        }

        /** What {@code process.stdin} reads. */
        public Builder in(InputStream stream) {
            this.in = Objects.requireNonNull(stream);
            return this;
        }

        /** The path reported as {@code process.execPath} and {@code process.argv[0]}. */
        public Builder execPath(String path) {
            this.execPath = Objects.requireNonNull(path);
            return this;
        }

        /**
         * Whether this runtime stands for the whole process (the CLI): then {@code process.chdir}
         * changes the process's directory too.
         */
        Builder ownsProcess(boolean owns) {
            this.ownsProcess = owns;
            return this;
        }

        /** Starts the runtime's JS thread and loads the Node-compatible globals. */
        public NodeRuntime build() {
            return new NodeRuntime(new RuntimeConfig(workingDirectory, List.copyOf(argv), List.copyOf(execArgv),
                    Map.copyOf(environment), out, err, in, execPath, ownsProcess));
        }

        private static String defaultExecPath() {
            String launcher = System.getProperty("napihost.launcher");
            return launcher != null ? launcher : ProcessHandle.current().info().command().orElse("napi-host");
        }
    }
}
