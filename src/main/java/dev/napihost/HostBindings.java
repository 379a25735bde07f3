package dev.napihost;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * The host functions the internal JS (bootstrap.js and its modules) is built on. Never exposed to
 * user code: bootstrap.js keeps this object in a closure.
 */
public final class HostBindings {
    private final RuntimeCore core;
    private Path cwd;
    private final FsBindings fs;
    private final CryptoBindings crypto = new CryptoBindings();
    private final ProcessBindings processes;

    HostBindings(RuntimeCore core) {
        this.core = core;
        this.cwd = core.config.workingDirectory();
        this.fs = new FsBindings(core, this);
        this.processes = new ProcessBindings(core, this);
    }

    /** The file-system operations of the fs module. */
    @HostAccess.Export
    public FsBindings fs() {
        return fs;
    }

    /** Digests, HMACs and random bytes of the crypto module. */
    @HostAccess.Export
    public CryptoBindings crypto() {
        return crypto;
    }

    /** Child processes of the child_process module. */
    @HostAccess.Export
    public ProcessBindings childProcess() {
        return processes;
    }

    // ---- configuration ----

    @HostAccess.Export
    public String configJson() {
        RuntimeConfig c = core.config;
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"argv\":").append(Json.array(core.argv()));
        sb.append(",\"execArgv\":").append(Json.array(c.execArgv()));
        sb.append(",\"execPath\":").append(Json.string(c.execPath()));
        sb.append(",\"pid\":").append(ProcessHandle.current().pid());
        sb.append(",\"ppid\":").append(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
        sb.append(",\"env\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : c.environment().entrySet()) {
            if (!first) sb.append(',');
            first = false;
            sb.append(Json.string(e.getKey())).append(':').append(Json.string(e.getValue()));
        }
        sb.append("},\"modulePaths\":").append(Json.array(c.modulePaths().stream().map(Path::toString).toList()));
        sb.append(",\"glibc\":").append(Json.string(glibcVersion()));
        sb.append(",\"arch\":").append(Json.string(nodeArch()));
        sb.append(",\"shim\":").append(Json.string(Shim.get().path.toString()));
        sb.append(",\"jit\":").append(Json.string(String.valueOf(isOptimizing())));
        sb.append('}');
        return sb.toString();
    }

    private static String nodeArch() {
        String a = System.getProperty("os.arch");
        return switch (a) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64" -> "arm64";
            default -> a;
        };
    }

    private boolean isOptimizing() {
        return !core.context.getEngine().getImplementationName().contains("Interpreted");
    }

    private static String glibcVersion() {
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle h = linker.downcallHandle(linker.defaultLookup().find("gnu_get_libc_version").orElseThrow(),
                    FunctionDescriptor.of(ADDRESS));
            MemorySegment s = (MemorySegment) h.invokeExact();
            return s.reinterpret(64).getString(0);
        } catch (Throwable t) {
            return "";
        }
    }

    // ---- output ----

    @HostAccess.Export
    public void write(int fd, String text) {
        var stream = fd == 2 ? core.err : core.out;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        stream.write(bytes, 0, bytes.length);
        stream.flush();
    }

    // ---- files (what the module loader needs; the fs module grows on these) ----

    /** -1: missing, 0: file, 1: directory, 2: other. */
    @HostAccess.Export
    public int statKind(String path) {
        try {
            BasicFileAttributes a = Files.readAttributes(resolve(path), BasicFileAttributes.class);
            return a.isRegularFile() ? 0 : a.isDirectory() ? 1 : 2;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @HostAccess.Export
    public String readFileUtf8(String path) throws IOException {
        return Files.readString(resolve(path), StandardCharsets.UTF_8);
    }

    @HostAccess.Export
    public String realpath(String path) throws IOException {
        return resolve(path).toRealPath().toString();
    }

    @HostAccess.Export
    public String realpathOrSelf(String path) {
        try {
            return resolve(path).toRealPath().toString();
        } catch (IOException e) {
            return resolve(path).toString();
        }
    }

    Path resolve(String path) {
        return cwd.resolve(path).normalize();
    }

    @HostAccess.Export
    public String cwd() {
        return cwd.toString();
    }

    @HostAccess.Export
    public String chdir(String dir) {
        Path target = resolve(dir);
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target)) {
            return Files.exists(target) ? "ENOTDIR" : "ENOENT";
        }
        cwd = target;
        if (core.config.ownsProcess()) {
            ProcessDirectory.change(target);
        }
        return null;
    }

    // ---- compiling module code with its file name (stack traces name the file) ----

    @HostAccess.Export
    public Value compileFunction(String code, String filename, String params) {
        String body = code.startsWith("#!") ? "//" + code : code;
        String wrapped = "(function (" + params + ") {" + body + "\n})";
        if (filename.startsWith("/")) {
            // A source with a path: import() inside the module resolves relative to it (the
            // engine hands that path to the ES module resolver as the referrer).
            try {
                return core.context.eval(Source.newBuilder("js", new java.io.File(filename)).content(wrapped).name(filename).build());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return core.context.eval(Source.newBuilder("js", wrapped, filename).buildLiteral());
    }

    // ---- ES modules (internal/modules/esm.js; see ModuleFileSystem) ----

    /** Makes {@code path} importable by the engine with the given module text. */
    @HostAccess.Export
    public void registerModule(String path, String text) {
        core.moduleFiles.register(path, text);
    }

    /**
     * Links and evaluates the ES module at {@code path} (registered text {@code text}) now and
     * returns its namespace: require() of an ES module. The engine keys modules by path, so this is
     * the same instance an import of the path gets.
     */
    @HostAccess.Export
    public Value evalModule(String path, String text) throws IOException {
        core.moduleFiles.register(path, text);
        return core.context.eval(Source.newBuilder("js", new java.io.File(path)).content(text)
                .mimeType("application/javascript+module").build());
    }

    /**
     * Wraps the ES module resolver for the engine's lookup hook, which only accepts host functions:
     * resolver(referrerPathOrNull, specifier) returns the path of a registered module.
     */
    @HostAccess.Export
    public Object esmLookup(Value resolver) {
        return (org.graalvm.polyglot.proxy.ProxyExecutable) args -> resolver.execute(args[0], args[1]).asString();
    }

    /** Runs code as a classic script (node -e) and returns its completion value. */
    @HostAccess.Export
    public Value evalScript(String code, String name) {
        return core.context.eval(Source.newBuilder("js", code, name).buildLiteral());
    }

    /** Compiles an internal module (resources dev/napihost/js/lib/NAME.js) with the internal wrapper. */
    @HostAccess.Export
    public Value compileInternal(String name) throws IOException {
        {
            String code = RuntimeCore.internalSource("lib/" + name + ".js");
            if (code == null) {
                return null;
            }
            String wrapped = "(function (exports, require, module, internalBinding) {" + code + "\n})";
            return core.context.eval(Source.newBuilder("js", wrapped, "node:" + name).buildLiteral());
        }
    }

    // ---- time ----

    @HostAccess.Export
    public double hrtimeNanos() {
        return System.nanoTime();
    }

    /** CPU time of the calling (JS) thread in nanoseconds, user and system together. */
    @HostAccess.Export
    public double threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @HostAccess.Export
    public double threadUserNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadUserTime();
    }

    @HostAccess.Export
    public double uptimeSeconds() {
        return ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
    }

    @HostAccess.Export
    public String memoryUsageJson() {
        Runtime r = Runtime.getRuntime();
        long rss = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not on Linux: report 0
        }
        long heapUsed = r.totalMemory() - r.freeMemory();
        return "{\"rss\":" + rss + ",\"heapTotal\":" + r.totalMemory() + ",\"heapUsed\":" + heapUsed
                + ",\"external\":0,\"arrayBuffers\":0}";
    }

    // ---- event loop ----

    @HostAccess.Export
    public void timerSchedule(int id, double delayMs, boolean ref) {
        core.loop.scheduleTimer(id, delayMs, ref);
    }

    @HostAccess.Export
    public void timerCancel(int id) {
        core.loop.cancelTimer(id);
    }

    @HostAccess.Export
    public void timerRef(int id, boolean ref) {
        core.loop.refTimer(id, ref);
    }

    // ---- addons ----

    /** Loads an addon into exports (a handle-stack slot); returns the result slot, or an error text. */
    @HostAccess.Export
    public Object loadAddon(String path, int exportsSlot) {
        return core.addons.load(path, exportsSlot);
    }

    /** global.gc() of node --expose-gc: a full JVM collection (finalizers then run from the loop). */
    @HostAccess.Export
    public void gc() {
        System.gc();
    }

    /** process.exit(): native teardown (cleanup hooks, finalizers) happens before the context quits. */
    @HostAccess.Export
    public void teardownNative() {
        core.teardownNative();
    }

    @HostAccess.Export
    public String nativeStackSize() {
        try {
            return String.valueOf((long) Shim.get().threadStackSize.invokeExact());
        } catch (Throwable t) {
            throw Shim.rethrow(t);
        }
    }

    @HostAccess.Export
    public String threadName() {
        return Thread.currentThread().getName();
    }

    /** The number of the JS thread's signals that are blocked (from /proc/thread-self/status). */
    @HostAccess.Export
    public String signalMask() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/thread-self/status"))) {
            if (line.startsWith("SigBlk:")) {
                return line.substring(7).trim();
            }
        }
        return "";
    }

    // ---- util.inspect support ----

    /**
     * The state of a JS promise as "pending:", "fulfilled:VALUE" or "rejected:VALUE" (VALUE is the
     * engine's display text). GraalJS gives JS code no synchronous view of a promise's state, but
     * its display string (Value.toString) carries it; util.inspect needs it for "Promise { 1 }".
     */
    @HostAccess.Export
    public String promiseState(Value promise) {
        String text = promise.toString();
        String statusKey = "[[PromiseStatus]]: \"";
        int s = text.indexOf(statusKey);
        if (s < 0) {
            return "pending:";
        }
        int e = text.indexOf('"', s + statusKey.length());
        String status = text.substring(s + statusKey.length(), e);
        String valueKey = "[[PromiseValue]]: ";
        int v = text.indexOf(valueKey, e);
        String value = v < 0 ? "" : text.substring(v + valueKey.length(), text.length() - 1);
        return switch (status) {
            case "resolved", "fulfilled" -> "fulfilled:" + value;
            case "rejected" -> "rejected:" + value;
            default -> "pending:";
        };
    }
}
