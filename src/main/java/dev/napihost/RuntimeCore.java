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
    private Value api;
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
        this.id = NapiBridge.register(this);
        this.jsThread = new NativeThreadFactory("napi-host-js", false).newThread(this::threadMain);
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
        } catch (Throwable t) {
            throw Shim.rethrow(t);
        }
        long t0 = System.nanoTime();
        context = Context.newBuilder("js")
                .allowExperimentalOptions(true)
                .option("js.shell", "true")
                .option("js.ecmascript-version", "staging")
                // Every ArrayBuffer in native memory that does not move: addons get data pointers
                // to buffers made by plain JS too (ArrayBufferMemory).
                .option("js.direct-byte-buffer", "true")
                // Node's default: a rejection still unhandled after the microtasks ran is reported to
                // process.js (Graal.setUnhandledPromiseRejectionHandler), which raises it.
                .option("js.unhandled-rejections", "handler")
                .allowHostAccess(HostAccess.newBuilder()
                        .allowAccessAnnotatedBy(HostAccess.Export.class)
                        .allowBufferAccess(true)
                        .build())
                .out(out)
                .err(err)
                .build();
        if (Boolean.getBoolean("napihost.timing")) err.println("context " + (System.nanoTime() - t0) / 1e6);
        MemorySegment loopState = arena.allocate(EventLoop.LS_SIZE * 4L, 8);
        loop = new EventLoop(runtime, loopState);
        // Held until the entry point (runMain/evalMain) is queued: without it the loop, started
        // before the embedder posts the script, could find nothing to do and end the runtime.
        loop.ref();
        napi = new NapiBridge(this, runtime, evalInternal("napi.js"));
        addons = new AddonLoader(this);
        asyncWork = new AsyncWorkPool(this);
        Value bindings = context.getBindings("js");
        Value loopStateArray = bindings.getMember("Int32Array").newInstance(
                bindings.getMember("ArrayBuffer").newInstance(loopState.asByteBuffer().order(ByteOrder.nativeOrder())));
        if (Boolean.getBoolean("napihost.timing")) err.println("napi " + (System.nanoTime() - t0) / 1e6);
        HostBindings host = new HostBindings(this);
        api = evalInternal("bootstrap.js").execute(host, loopStateArray, napi.jsApi);
        if (Boolean.getBoolean("napihost.timing")) err.println("bootstrap " + (System.nanoTime() - t0) / 1e6);
    }

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

    @Override
    public void runTask(Runnable task) {
        guarded(() -> api.getMember("runTask").execute(new HostTask(task)));
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

    private void guarded(Runnable r) {
        try {
            r.run();
        } catch (PolyglotException e) {
            handleGuestException(e);
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

    /** Called by process.exit() before the context quits. */
    void teardownNative() {
        if (addons != null) {
            addons.teardown();
        }
    }

    private void teardown() {
        try {
            teardownNative();
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
