package dev.napihost;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * One runtime's engine: its JS thread, GraalJS context, Node-API state and event loop. Everything
 * here except {@link #submit} and {@link #stop} runs on the JS thread.
 */
final class RuntimeCore implements EventLoop.Dispatcher {
    static final String JS_ROOT = "/dev/napihost/js/";

    final RuntimeConfig config;
    final int id;
    final Thread jsThread;
    final PrintStream out;
    final PrintStream err;
    Context context;
    NapiBridge napi;
    MemorySegment runtime;
    EventLoop loop;
    AddonLoader addons;
    AsyncWorkPool asyncWork;
    Finalizers finalizers;
    /** ES module sources the engine imports (see internal/modules/esm.js). */
    final ModuleFileSystem moduleFiles;
    private HostBindings host;
    ThreadsafeFunctions threadsafe;
    private Value api;
    /** The shim's rt->callback_depth: raised around every dispatch into JS (callback_scope.c). */
    private MemorySegment callbackDepth;
    private boolean nativeTornDown;
    private final Arena arena = Arena.ofShared();
    private int exitCode;
    private boolean exited;
    private final java.util.concurrent.atomic.AtomicBoolean entryPosted = new java.util.concurrent.atomic.AtomicBoolean();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final CompletableFuture<Integer> finished = new CompletableFuture<>();

    RuntimeCore(RuntimeConfig config) {
        this.config = config;
        this.out = config.out();
        this.err = config.err();
        this.moduleFiles = new ModuleFileSystem(() -> host != null ? Path.of(host.cwd()) : config.workingDirectory());
        this.id = NapiBridge.register(this);
        this.jsThread = new NativeThreadFactory("napi-host-js", false, true).newThread(this::threadMain);
        this.jsThread.start();
        ready.join();
    }

    // ------------------------------------------------------------------ JS thread life

    private void threadMain() {
        try {
            start();
            ready.complete(null);
        } catch (Throwable t) {
            ready.completeExceptionally(t);
            finished.completeExceptionally(t);
            return;
        }
        int code;
        try {
            loop.run(this);
            code = exitNormally();
        } catch (Throwable t) {
            reportInternalError("event loop", t);
            code = 70;
        }
        teardown();
        finished.complete(code);
    }

    private void start() throws IOException {
        Shim shim = Shim.get();
        try {
            runtime = (MemorySegment) shim.runtimeCreate.invokeExact(id, NapiBridge.HANDLE_CAPACITY);
            if (runtime.address() == 0) {
                throw new IllegalStateException("cannot allocate the Node-API handle stack");
            }
            shim.runtimeBindThread.invokeExact(runtime);
            callbackDepth = ((MemorySegment) shim.runtimeCallbackDepth.invokeExact(runtime)).reinterpret(4);
        } catch (Throwable t) {
            throw Shim.rethrow(t);
        }
        long t0 = System.nanoTime();
        Context.Builder builder = Context.newBuilder("js");
        if (!config.ownsProcess() && !Boolean.getBoolean("napihost.noSharedEngine")) {
            // Embedded runtimes share code (SharedEngines); the CLI's one context keeps its own engine.
            builder.engine(SharedEngines.get(config.optimizingRuntime(), config.javaAccess()));
        } else if (!config.optimizingRuntime()) {
            builder.option("engine.Compilation", "false").option("engine.WarnInterpreterOnly", "false");
        }
        builder
                .allowExperimentalOptions(true)
                .option("js.shell", "true")
                .option("js.ecmascript-version", "staging")
                // Every ArrayBuffer in native memory that does not move: addons get data pointers
                // to buffers made by plain JS too (ArrayBufferMemory).
                .option("js.direct-byte-buffer", "true")
                // Node's default: a rejection still unhandled after the microtasks ran is reported to
                // process.js (Graal.setUnhandledPromiseRejectionHandler), which raises it.
                .option("js.unhandled-rejections", "handler")
                // The engine's hook for resolving import specifiers (MLE.registerESMLookup, taken and
                // removed by bootstrap.js): our resolver maps each specifier to a module registered in
                // moduleFiles, the only file system the engine can read.
                .option("js.mle-mode", "true")
                // ...without the rest of MLE mode: an async function's promise reaches Java pending,
                // as a promise (JsValue.toFuture), instead of being forced to settle at the boundary.
                .option("js.interop-complete-promises", "false")
                // Evaluating a module source returns its namespace (require() of an ES module).
                .option("js.esm-eval-returns-exports", "true")
                // Node's global scope: no shell-style `arguments` global, and GraalJS's Java-interop
                // globals (Packages, java, javax, com, org, ...) only when the embedder asked for Java.
                .option("js.global-arguments", "false")
                // V8's stack-trace API (Error.captureStackTrace, Error.prepareStackTrace with CallSite
                // objects, Error.stackTraceLimit), which depd, callsites, source-map-support use.
                .option("js.v8-compat", "true")
                .option("js.java-package-globals", String.valueOf(config.javaAccess()))
                .allowIO(IOAccess.newBuilder().fileSystem(moduleFiles).build())
                .allowHostAccess(hostAccess(config.javaAccess()))
                .out(out)
                .err(err);
        if (config.javaAccess()) {
            // GraalJS defines the `Java` global whenever a class-lookup predicate is set at all.
            builder.allowHostClassLookup(className -> true);
        }
        context = builder.build();
        if (Boolean.getBoolean("napihost.timing")) err.println("context " + (System.nanoTime() - t0) / 1e6);
        MemorySegment loopState = arena.allocate(EventLoop.LS_SIZE * 4L, 8);
        loop = new EventLoop(runtime, loopState);
        // Held until the entry point (runMain/evalMain) is queued: without it the loop, started
        // before the embedder posts the script, could find nothing to do and end the runtime.
        loop.ref();
        napi = new NapiBridge(this, runtime, evalInternal("napi.js"));
        finalizers = new Finalizers(this);
        napi.jsApi.getMember("useLifetime").execute(finalizers);
        addons = new AddonLoader(this);
        asyncWork = new AsyncWorkPool(this);
        threadsafe = new ThreadsafeFunctions(this);
        Value bindings = context.getBindings("js");
        Value loopStateArray = bindings.getMember("Int32Array").newInstance(
                bindings.getMember("ArrayBuffer").newInstance(loopState.asByteBuffer().order(ByteOrder.nativeOrder())));
        if (Boolean.getBoolean("napihost.timing")) err.println("napi " + (System.nanoTime() - t0) / 1e6);
        host = new HostBindings(this);
        api = evalInternal("bootstrap.js").execute(host, loopStateArray, napi.jsApi);
        if (Boolean.getBoolean("napihost.timing")) err.println("bootstrap " + (System.nanoTime() - t0) / 1e6);
    }

    /**
     * What JS may touch of Java objects: only the host's own {@code @HostAccess.Export} members,
     * or (NodeRuntime.Builder.allowJavaAccess) every public member, as GraalJS's HostAccess.ALL.
     */
    private static HostAccess hostAccess(boolean javaAccess) {
        return javaAccess ? JAVA_ACCESS : HOST_ONLY_ACCESS;
    }

    // One instance each: contexts of a shared engine must have the same host access.
    private static final HostAccess HOST_ONLY_ACCESS = HostAccess.newBuilder()
            .allowAccessAnnotatedBy(HostAccess.Export.class).allowBufferAccess(true).build();
    private static final HostAccess JAVA_ACCESS = HostAccess.newBuilder(HostAccess.ALL).allowBufferAccess(true).build();

    /**
     * The source of an internal script (resource under {@link #JS_ROOT}); with the system property
     * {@code napihost.jsDir} set, read from that directory instead (for working on the JS without
     * rebuilding the jar). Null if there is none.
     */
    static String internalSource(String relative) throws IOException {
        String dir = System.getProperty("napihost.jsDir");
        if (dir != null) {
            Path file = Path.of(dir, relative);
            return java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file) : null;
        }
        try (InputStream in = RuntimeCore.class.getResourceAsStream(JS_ROOT + relative)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    Value evalInternal(String name) throws IOException {
        {
            String code = internalSource(name);
            if (code == null) {
                throw new IllegalStateException("missing internal script " + name);
            }
            // Internal sources: their frames stay out of user-visible stack traces.
            Source source = Source.newBuilder("js", code, "node:internal/" + name.replace(".js", "")).internal(true).build();
            return context.eval(source);
        }
    }

    // ------------------------------------------------------------------ running work on the JS thread

    /** Runs a task on the JS thread as a macrotask; completes with its result. */
    <T> Future<T> submit(java.util.concurrent.Callable<T> task) {
        CompletableFuture<T> f = new CompletableFuture<>();
        loop.post(() -> {
            try {
                f.complete(task.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
                throw Shim.rethrow(t);
            }
        });
        return f;
    }

    /** An internal module (lib/NAME.js) by name; JS thread only. */
    Value internalRequire(String name) {
        return api.getMember("internalRequire").execute(name);
    }

    /** Completes with the exit code once the JS thread has torn the runtime down. */
    CompletableFuture<Integer> finished() {
        return finished;
    }

    int awaitExit() {
        return finished.join();
    }

    void runMain(Path script) {
        postEntry(() -> api.getMember("runMain").execute(script.toAbsolutePath().normalize().toString()));
    }

    void evalMain(String code, boolean print) {
        postEntry(() -> api.getMember("evalMain").execute(code, print));
    }

    private void postEntry(Runnable entry) {
        if (!entryPosted.compareAndSet(false, true)) {
            throw new IllegalStateException("this runtime already ran its main script");
        }
        loop.postEntry(entry);
        loop.unref();
    }

    // ------------------------------------------------------------------ EventLoop.Dispatcher

    @Override
    public void runTimer(int timerId) {
        guarded(() -> api.getMember("runTimer").execute(timerId));
    }

    @Override
    public void idle() {
        guarded(() -> napi.trim.executeVoid());
    }

    @Override
    public void runFinalizers() {
        guarded(() -> finalizers.drain());
    }

    @Override
    public boolean finalizersPending() {
        return finalizers.pending();
    }

    @Override
    public void startImmediates() {
        guarded(() -> api.getMember("startImmediates").execute());
    }

    @Override
    public boolean runImmediate() {
        boolean[] ran = {true};
        guarded(() -> ran[0] = api.getMember("runImmediate").execute().asBoolean());
        return ran[0];
    }

    @Override
    public void processTicks() {
        guarded(() -> api.getMember("processTicks").execute());
    }

    private Value runTask;

    @Override
    public void runTask(Runnable task) {
        if (runTask == null) {
            runTask = api.getMember("runTask");
        }
        guarded(() -> runTask.execute(new HostTask(task)));
    }

    @Override
    public int threadsafeCall() {
        if (!threadsafe.ready()) {
            return 0;
        }
        // One call per JS frame: its ticks, then its microtasks, run before the next call, as in Node.
        int[] r = {0};
        runTask(() -> {
            r[0] = threadsafe.dispatch(1, loop.loopState);
            threadsafe.raise(r[0]);
        });
        return r[0];
    }

    @Override
    public boolean beforeExit() {
        boolean[] more = {false};
        guarded(() -> more[0] = api.getMember("emitBeforeExit").execute(exitCode).asBoolean());
        return more[0];
    }

    /** A Java task handed to JS so it runs inside a JS frame (its microtasks drain after it). */
    public static final class HostTask {
        private final Runnable task;

        HostTask(Runnable task) {
            this.task = task;
        }

        @HostAccess.Export
        public void run() {
            task.run();
        }
    }

    /**
     * Runs a dispatch into JS as Node runs event-loop callbacks: inside a callback scope, so that
     * napi_make_callback and napi_close_callback_scope called meanwhile are not the outermost
     * (the loop drains ticks and microtasks itself after the dispatch).
     */
    private void guarded(Runnable r) {
        callbackDepth.set(JAVA_INT, 0, callbackDepth.get(JAVA_INT, 0) + 1);
        try {
            r.run();
        } catch (PolyglotException e) {
            handleGuestException(e);
        } finally {
            callbackDepth.set(JAVA_INT, 0, callbackDepth.get(JAVA_INT, 0) - 1);
        }
    }

    private void handleGuestException(PolyglotException e) {
        if (e.isExit()) {
            exitCode = e.getExitStatus();
            exited = true;
            loop.stop();
            return;
        }
        if (e.isCancelled() || e.isResourceExhausted() && e.isInternalError()) {
            exitCode = 70;
            exited = true;
            loop.stop();
            return;
        }
        if (e.isHostException()) {
            reportInternalError("host code", e.asHostException());
        }
        // An uncaught JS exception: 'uncaughtException' listeners may handle it, as in Node.
        try {
            Value guest = e.getGuestObject();
            boolean handled = api.getMember("fatalException").execute(guest, throwSite(e)).asBoolean();
            if (!handled) {
                exitCode = 1;
                finishAfterFatal();
            }
        } catch (PolyglotException again) {
            if (again.isExit()) {
                exitCode = again.getExitStatus();
                exited = true;
                loop.stop();
            } else {
                err.println(again.getMessage());
                exitCode = 7;
                finishAfterFatal();
            }
        }
    }

    /** Where a guest exception was thrown, as JSON {file, line, column, text} for process.js; null if unknown. */
    private static String throwSite(PolyglotException e) {
        var loc = e.getSourceLocation();
        if (loc == null || loc.getSource() == null || !loc.isAvailable()) {
            return null;
        }
        int line = loc.getStartLine();
        int column = loc.getStartColumn();
        String text = loc.getSource().getCharacters(line).toString();
        if (line == 1 && text.startsWith("(function (")) {
            // Module code is compiled inside a one-line wrapper (HostBindings.compileFunction).
            int body = text.indexOf(") {") + 3;
            text = text.substring(body);
            column -= body;
            if (text.startsWith("//#!")) {
                text = text.substring(2);
                column -= 2;
            }
        }
        return "{\"file\":" + Json.string(loc.getSource().getName()) + ",\"line\":" + line + ",\"column\":" + Math.max(1, column)
                + ",\"text\":" + Json.string(text) + "}";
    }

    private void finishAfterFatal() {
        loop.stop();
    }

    /** The loop ran dry (or was stopped by a fatal error): emit 'exit' unless process.exit already did. */
    private int exitNormally() {
        if (!exited) {
            try {
                exitCode = api.getMember("emitExit").execute(exitCode).asInt();
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    exitCode = e.getExitStatus();
                } else {
                    err.println(e.getMessage());
                    exitCode = 7;
                }
            }
        }
        return exitCode;
    }

    /**
     * How long teardown waits for async cleanup hooks to call napi_remove_async_cleanup_hook, so
     * that a broken addon cannot hang exit (system property napihost.asyncCleanupTimeoutMs).
     */
    static long asyncCleanupTimeoutMs() {
        return Long.getLong("napihost.asyncCleanupTimeoutMs", 5000);
    }

    /**
     * Node-API teardown, first part, once, on the JS thread: at process.exit() (before the context
     * quits), at the end of the event loop and after {@link NodeRuntime#close}. Node's order:
     * cleanup hooks, then finalizers, then (in {@link #teardown}) each addon's instance-data
     * finalizer, then the environments are freed. process.exit() may be called from JS that an
     * addon called (napi_call_function): GraalJS's quit then unwinds back through that native
     * frame, which still uses its napi_env, so environments are freed only once the loop is over.
     */
    void teardownNative() {
        if (nativeTornDown || runtime == null) {
            return;
        }
        nativeTornDown = true;
        try {
            int stuck = (int) Shim.get().runCleanupHooks.invokeExact(runtime, asyncCleanupTimeoutMs());
            assert stuck >= 0;
        } catch (Throwable t) {
            reportInternalError("cleanup hooks", t);
        }
        if (asyncWork != null) {
            asyncWork.abandon();
        }
        runFinalizersAtTeardown();
    }

    /** Finalizers of objects still alive at teardown run here, after the cleanup hooks. */
    private void runFinalizersAtTeardown() {
        // Threadsafe functions finalize before the environments (and their instance data) go, as in Node.
        if (threadsafe != null) {
            threadsafe.teardown();
        }
        if (addons != null) {
            addons.runFinalizersAtTeardown();
        }
    }

    private void teardown() {
        try {
            teardownNative();
            if (addons != null) {
                addons.teardown();
            }
            if (context != null) {
                context.close(true);
            }
        } catch (Throwable t) {
            reportInternalError("teardown", t);
        } finally {
            try {
                if (loop != null) {
                    loop.release();
                }
                if (runtime != null) {
                    Shim.get().freeFunctions.invokeExact(runtime);
                    Shim.get().runtimeDestroy.invokeExact(runtime);
                }
            } catch (Throwable t) {
                reportInternalError("teardown", t);
            }
            NapiBridge.unregister(id);
            arena.close();
        }
    }

    void reportInternalError(String where, Throwable t) {
        err.println("napi-host: internal error in " + where + ": " + t);
        if (Boolean.getBoolean("napihost.debug")) {
            t.printStackTrace(err);
        }
    }

    List<String> argv() {
        List<String> a = new ArrayList<>();
        a.add(config.execPath());
        a.addAll(config.argv());
        return a;
    }
}
