package dev.napihost;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The C shim (libnapihost.so): found, loaded once per process with RTLD_GLOBAL so addons resolve
 * their napi_* symbols against it, and its host-side functions bound as downcall handles.
 */
final class Shim {
    static final String PLATFORM = "linux-x86_64";
    private static final String RESOURCE = "/dev/napihost/native/" + PLATFORM + "/libnapihost.so";

    private static volatile Shim instance;

    final Path path;
    private final SymbolLookup lookup;
    private final Linker linker = Linker.nativeLinker();

    final MethodHandle runtimeCreate;
    final MethodHandle runtimeDestroy;
    final MethodHandle runtimeBindThread;
    final MethodHandle runtimeState;
    final MethodHandle runtimeKinds;
    final MethodHandle runtimeNums;
    final MethodHandle envCreate;
    final MethodHandle envDestroy;
    final MethodHandle freeFunctions;
    final MethodHandle invoke;
    final MethodHandle loopWake;
    final MethodHandle loopWait;
    final MethodHandle signalsBlockAll;
    final MethodHandle signalsRestore;
    final MethodHandle signalsUnblockAll;
    final MethodHandle threadStackSize;
    final MethodHandle threadRun;
    final MethodHandle addonOpen;
    final MethodHandle addonTakeRegistered;
    final MethodHandle moduleInit;
    final MethodHandle addonSymbol;
    final MethodHandle addonInit;
    final MethodHandle asyncExecute;
    final MethodHandle asyncComplete;
    // environment lifecycle (environment.c, callback_scope.c)
    final MethodHandle runCleanupHooks;
    final MethodHandle runtimeCallbackDepth;
    final MethodHandle finalizerRun;
    final MethodHandle envRunFinalizers;
    final MethodHandle tsfnDispatch;
    final MethodHandle tsfnTeardown;
    final MethodHandle tsfnReady;

    private Shim(Path path) {
        this.path = path;
        this.lookup = SymbolLookup.libraryLookup(path, Arena.global());
        MethodHandle makeGlobal = bind("napi_host_make_global", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment err = arena.allocate(1024);
            int ok = (int) makeGlobal.invokeExact(arena.allocateFrom(path.toString()), err, 1024);
            if (ok == 0) {
                throw new IllegalStateException("cannot load " + path + " globally: " + err.getString(0));
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
        runtimeCreate = bind("napi_host_runtime_create", FunctionDescriptor.of(ADDRESS, JAVA_INT, JAVA_INT));
        runtimeDestroy = bind("napi_host_runtime_destroy", FunctionDescriptor.ofVoid(ADDRESS));
        runtimeBindThread = bind("napi_host_runtime_bind_thread", FunctionDescriptor.ofVoid(ADDRESS));
        runtimeState = bind("napi_host_runtime_state", FunctionDescriptor.of(ADDRESS, ADDRESS));
        runtimeKinds = bind("napi_host_runtime_kinds", FunctionDescriptor.of(ADDRESS, ADDRESS));
        runtimeNums = bind("napi_host_runtime_nums", FunctionDescriptor.of(ADDRESS, ADDRESS));
        envCreate = bind("napi_host_env_create", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT));
        envDestroy = bind("napi_host_env_destroy", FunctionDescriptor.ofVoid(ADDRESS));
        freeFunctions = bind("napi_host_free_functions", FunctionDescriptor.ofVoid(ADDRESS));
        invoke = bind("napi_host_invoke", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_INT));
        loopWake = bind("napi_host_loop_wake", FunctionDescriptor.ofVoid(ADDRESS));
        loopWait = bind("napi_host_loop_wait", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
        signalsBlockAll = bind("napi_host_signals_block_all", FunctionDescriptor.of(ADDRESS));
        signalsRestore = bind("napi_host_signals_restore", FunctionDescriptor.ofVoid(ADDRESS));
        signalsUnblockAll = bind("napi_host_signals_unblock_all", FunctionDescriptor.ofVoid());
        threadStackSize = bind("napi_host_thread_stack_size", FunctionDescriptor.of(JAVA_LONG));
        threadRun = bind("napi_host_thread_run", FunctionDescriptor.ofVoid(ADDRESS));
        addonOpen = bind("napi_host_addon_open", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
        addonTakeRegistered = bind("napi_host_addon_take_registered", FunctionDescriptor.of(ADDRESS));
        moduleInit = bind("napi_host_module_init", FunctionDescriptor.of(ADDRESS, ADDRESS));
        addonSymbol = bind("napi_host_addon_symbol", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
        addonInit = bind("napi_host_addon_init", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
        asyncExecute = bind("napi_host_async_execute", FunctionDescriptor.ofVoid(ADDRESS));
        asyncComplete = bind("napi_host_async_complete", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        runCleanupHooks = bind("napi_host_run_cleanup_hooks", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
        runtimeCallbackDepth = bind("napi_host_runtime_callback_depth", FunctionDescriptor.of(ADDRESS, ADDRESS));
        finalizerRun = bind("napi_host_finalizer_run", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        envRunFinalizers = bind("napi_host_env_run_finalizers", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        tsfnDispatch = bind("napi_host_tsfn_dispatch", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
        tsfnTeardown = bind("napi_host_tsfn_teardown", FunctionDescriptor.ofVoid(ADDRESS));
        tsfnReady = bind("napi_host_tsfn_ready", FunctionDescriptor.of(JAVA_INT, ADDRESS), Linker.Option.critical(false));
    }

    /** The process-wide shim, loaded on first use. */
    static Shim get() {
        Shim s = instance;
        if (s == null) {
            synchronized (Shim.class) {
                s = instance;
                if (s == null) {
                    s = new Shim(locate());
                    NapiBridge.installUpcalls(s);
                    instance = s;
                }
            }
        }
        return s;
    }

    MethodHandle bind(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        MemorySegment symbol = lookup.find(name)
                .orElseThrow(() -> new IllegalStateException("the shim " + path + " lacks " + name));
        return linker.downcallHandle(symbol, descriptor, options);
    }

    /**
     * The shim is a resource of this jar, extracted once to a content-addressed file; the system
     * property {@code napihost.shim} points at another build of it.
     */
    private static Path locate() {
        String explicit = System.getProperty("napihost.shim");
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath();
        }
        String os = System.getProperty("os.name", "").toLowerCase();
        String arch = System.getProperty("os.arch", "");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new UnsupportedOperationException("napi-host has no shim for " + os + "-" + arch
                    + "; it ships one for " + PLATFORM + ". Build shim/ on this platform (make -C shim) and pass"
                    + " -Dnapihost.shim=/path/to/libnapihost.so");
        }
        try (InputStream in = Shim.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the napi-host jar lacks " + RESOURCE + "; rebuild it with mvn package");
            }
            byte[] bytes = in.readAllBytes();
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
            Path dir = cacheRoot().resolve("shim-" + hash);
            Path file = dir.resolve("libnapihost.so");
            if (!Files.isRegularFile(file) || Files.size(file) != bytes.length) {
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, "libnapihost", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return file;
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot extract the napi-host shim: " + e.getMessage(), e);
        }
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        Path root = base.resolve("napi-host");
        if (Files.isWritable(base) || Files.isWritable(root)) {
            return root;
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "napi-host-" + System.getProperty("user.name"));
    }

    static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }
}
