package dev.napihost;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Node-style JavaScript runtime on GraalJS that can load Node-API addons. Each runtime has its
 * own JS thread, GraalJS context, event loop and Node-API environment; several may live in one JVM,
 * and the same addon may be loaded into several (it is initialised once per runtime).
 *
 * <p>Two ways to use it. As {@code node script.js} does: {@link #runMain(Path)} runs a script and
 * then the event loop until nothing keeps it alive. Or as a library: {@link #require(String)} and
 * {@link #eval(String)} return {@link JsValue} handles whose functions any Java thread may call;
 * the runtime then stays alive, waiting for calls, timers and addon work, until {@link #close()}.
 *
 * <pre>{@code
 * try (NodeRuntime node = NodeRuntime.newBuilder().workingDirectory(Path.of("app")).build()) {
 *     JsValue crc = node.require("@node-rs/crc32");
 *     long sum = crc.invoke("crc32", "hello").asLong();       // from any thread
 * }
 * }</pre>
 *
 * <h2>Threads</h2>
 * All JavaScript of a runtime runs on its JS thread. Every public method here and on
 * {@link JsValue} may be called from any Java thread: the work is queued on the event loop (waking
 * it if idle), and blocking variants wait for the result. Calls from several threads run one at a
 * time, in the order they reach the queue. Called from the JS thread itself (Java code that JS
 * called), they run directly. A JS exception reaches the caller as {@link JsException}. Once the
 * runtime is closed or its program has exited, calls throw {@link IllegalStateException} naming
 * the runtime.
 *
 * <h2>JVM flags</h2>
 * GraalJS compiles JavaScript only on its optimizing runtime, which needs JVM flags
 * ({@link #optimizingJvmFlags(Path)}; docs/embedding.md). Without them everything works, in the
 * interpreter, and GraalJS prints a warning.
 */
public final class NodeRuntime implements AutoCloseable {
    private final RuntimeCore core;
    private final JsThreadCalls calls;
    private final Duration closeTimeout;
    private final AtomicBoolean closed = new AtomicBoolean();

    private NodeRuntime(RuntimeConfig config) {
        try {
            this.core = new RuntimeCore(config);
        } catch (java.util.concurrent.CompletionException e) {
            // The JS thread failed to start the runtime: report what failed, not the hand-off.
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        this.calls = new JsThreadCalls(core);
        this.closeTimeout = config.closeTimeout();
    }

    /** Starts a builder with the process's working directory, environment and standard streams. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /**
     * Runs a script as the main module, then the event loop until nothing keeps it alive, as
     * {@code node script.js} does. The runtime has exited afterwards: later calls fail.
     *
     * @return the exit code Node would give: 0, {@code process.exitCode}, the value passed to
     *     {@code process.exit()}, or 1 after an uncaught exception
     */
    public int runMain(Path script) {
        calls.checkOpen();
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
        calls.checkOpen();
        core.evalMain(code, print);
        return core.awaitExit();
    }

    /**
     * Evaluates a script and returns its completion value. The code runs as {@code node -e} code
     * does: {@code require} is a global that resolves from the working directory.
     *
     * @throws JsException if the code throws (a syntax error too)
     */
    public JsValue eval(String code) {
        Objects.requireNonNull(code, "code");
        return calls.call(js -> js.wrap(js.evaluate.execute(code)));
    }

    /** {@link #eval(String)} without waiting; the future completes with what a returned promise settles to. */
    public CompletableFuture<JsValue> evalAsync(String code) {
        Objects.requireNonNull(code, "code");
        return calls.submit(js -> js.settlement(js.evaluate.execute(code))).thenCompose(f -> f);
    }

    /**
     * Loads a module as {@code require(id)} would in a file of the working directory: a package
     * from {@code node_modules} (or the builder's module search paths), a relative or absolute
     * path, a {@code .node} addon, or a core module ({@code "path"}). Returns its exports.
     *
     * @throws JsException if it cannot be found or loading it throws ({@code err.code} tells which)
     */
    public JsValue require(String id) {
        Objects.requireNonNull(id, "id");
        return calls.call(js -> js.wrap(js.requireModule.execute(id)));
    }

    /** Whether JavaScript in this runtime can be compiled (the JVM runs GraalJS's optimizing runtime). */
    public boolean isOptimizing() {
        return core.config.optimizingRuntime() && !core.context.getEngine().getImplementationName().contains("Interpreted");
    }

    /**
     * Stops the event loop (timers, pending calls and addon work are abandoned; calls waiting for
     * them fail with {@link IllegalStateException}), emits {@code process.on('exit')}, runs the
     * Node-API environments' cleanup and releases the runtime's thread and native memory, waiting
     * up to the builder's {@link Builder#closeTimeout(Duration) close timeout}. Calls after close
     * fail with {@link IllegalStateException}. Closing twice does nothing. Called on the JS thread
     * itself, it stops the loop and returns; the runtime ends when the current JS task returns.
     *
     * @throws IllegalStateException if the JS thread is still busy (say, in an endless loop) when
     *     the timeout ends
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        calls.close();
        core.loop.stop();
        if (Thread.currentThread() == core.jsThread) {
            return;
        }
        boolean interrupted = false;
        long deadline = System.nanoTime() + closeTimeout.toNanos();
        while (core.jsThread.isAlive()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                core.jsThread.join(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        calls.refuseAll(calls.name + " is closed");
        if (core.jsThread.isAlive()) {
            throw new IllegalStateException(calls.name + " did not stop within " + closeTimeout
                    + ": its JS thread (" + core.jsThread.getName() + ") is still running JS");
        }
    }

    /**
     * The JVM options that turn on GraalJS's optimizing runtime on a stock JDK 25, for GraalJS's jars
     * in {@code libDir/modules} (module path) and the Graal compiler's in {@code libDir/upgrade}
     * (upgrade module path), as {@code mvn package} of napi-host (or the dependency plugin in an
     * embedding project, see docs/embedding.md) lays them out. Use them to start the JVM that embeds
     * napi-host; the {@code napi-host} jar itself belongs on the class path.
     *
     * @throws IOException if either directory is missing
     */
    public static List<String> optimizingJvmFlags(Path libDir) throws IOException {
        return OptimizingRuntimeLauncher.jvmFlags(libDir);
    }

    /** Configures a {@link NodeRuntime}. Builders are not thread-safe; the runtimes they build are. */
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
        private final List<Path> modulePaths = new ArrayList<>();
        private boolean addonsEnabled = true;
        private boolean addonsAnywhere;
        private final List<Path> addonDirectories = new ArrayList<>();
        private boolean javaAccess;
        private boolean optimizingRuntime = true;
        private Duration closeTimeout = Duration.ofSeconds(10);

        private Builder() {
        }

        /** The directory relative paths resolve against ({@code process.cwd()}); by default the JVM's. */
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

        /** Where {@code process.stdout} and {@code console.log} write; by default {@code System.out}. */
        public Builder out(PrintStream stream) {
            this.out = Objects.requireNonNull(stream);
            return this;
        }

        /** Where {@code process.stderr} and {@code console.error} write; by default {@code System.err}. */
        public Builder err(PrintStream stream) {
            this.err = Objects.requireNonNull(stream);
            return this;
        }

        /** What {@code process.stdin} reads; by default {@code System.in}. */
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
         * Extra directories {@code require('name')} searches for packages after the
         * {@code node_modules} directories above the requiring file (like {@code NODE_PATH}, and
         * searched before it). Addons under them may be loaded too.
         */
        public Builder modulePaths(List<Path> dirs) {
            this.modulePaths.clear();
            for (Path d : dirs) {
                this.modulePaths.add(d.toAbsolutePath().normalize());
            }
            return this;
        }

        /**
         * Whether native addons ({@code .node} files) may be loaded at all; true by default. With
         * false, loading one fails (as with {@code node --no-addons}) with an error naming the file.
         */
        public Builder allowAddons(boolean allow) {
            this.addonsEnabled = allow;
            return this;
        }

        /**
         * Also allows addons under this directory. By default addons load only from under the
         * working directory, the module search paths and any {@code node_modules} directory;
         * others fail with an error naming the file. {@code allowAddonsFrom(Path.of("/"))} allows
         * any, as Node does.
         */
        public Builder allowAddonsFrom(Path dir) {
            this.addonDirectories.add(dir.toAbsolutePath().normalize());
            return this;
        }

        /** Node's own rule (the CLI): addons load from anywhere. */
        Builder allowAddonsAnywhere() {
            this.addonsAnywhere = true;
            return this;
        }

        /**
         * Whether JavaScript may reach Java: look classes up ({@code Java.type('java.util.UUID')}) and
         * use public members of Java objects passed to it. Off by default: JS sees only the values
         * {@link JsValue} converts, passing another Java object fails, and the global scope is
         * Node's (no {@code Java}, {@code Packages}, {@code java}, ... globals).
         */
        public Builder allowJavaAccess(boolean allow) {
            this.javaAccess = allow;
            return this;
        }

        /**
         * Whether GraalJS may compile hot JavaScript (on by default). Compiling needs the JVM flags of
         * {@link NodeRuntime#optimizingJvmFlags(Path)}; without them GraalJS interprets and warns once.
         * Off: always interpret and print no warning (quicker for short scripts, slower for hot code).
         */
        public Builder optimizingRuntime(boolean on) {
            this.optimizingRuntime = on;
            return this;
        }

        /** How long {@link NodeRuntime#close()} waits for the JS thread to finish; 10 seconds by default. */
        public Builder closeTimeout(Duration timeout) {
            this.closeTimeout = Objects.requireNonNull(timeout);
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
            List<Path> addonDirs = new ArrayList<>();
            addonDirs.add(workingDirectory);
            addonDirs.addAll(modulePaths);
            addonDirs.addAll(addonDirectories);
            AddonPolicy policy = addonsAnywhere ? AddonPolicy.ANYWHERE
                    : new AddonPolicy(addonsEnabled, false, true, List.copyOf(addonDirs));
            if (!addonsEnabled) {
                policy = new AddonPolicy(false, false, false, List.of());
            }
            return new NodeRuntime(new RuntimeConfig(workingDirectory, List.copyOf(argv), List.copyOf(execArgv),
                    Map.copyOf(environment), out, err, in, execPath, ownsProcess, List.copyOf(modulePaths), policy,
                    javaAccess, optimizingRuntime, closeTimeout));
        }

        private static String defaultExecPath() {
            String launcher = System.getProperty("napihost.launcher");
            return launcher != null ? launcher : ProcessHandle.current().info().command().orElse("napi-host");
        }
    }
}
