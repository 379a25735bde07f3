package dev.napihost;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * Loads .node files: checks the file, dlopens it with RTLD_NOW (a missing symbol fails here, by
 * name), finds its registration (napi_register_module_v1 or the legacy napi_module_register
 * constructor) and runs it in a new napi_env of this runtime. Errors say what was wrong.
 */
final class AddonLoader {
    /** NODE_API_DEFAULT_MODULE_API_VERSION: what an addon that does not say gets. */
    static final int DEFAULT_API_VERSION = 8;
    static final int HIGHEST_API_VERSION = 10;
    private static final Pattern UNDEFINED_SYMBOL = Pattern.compile("undefined symbol: (\\S+)");
    private static final Pattern MISSING_LIBRARY = Pattern.compile("(\\S+): cannot open shared object file");

    /** dlopen handle -> module a legacy addon registered (its constructor runs only once per process). */
    private static final Map<Long, Long> LEGACY_MODULES = new ConcurrentHashMap<>();

    private final RuntimeCore core;
    private final List<MemorySegment> envs = new ArrayList<>();

    AddonLoader(RuntimeCore core) {
        this.core = core;
    }

    /** Returns the slot of what init returned (0: use exports; -1: exception pending) or an error text. */
    Object load(String file, int exportsSlot) {
        Path path = Path.of(file).toAbsolutePath().normalize();
        String problem = core.config.addonPolicy().refusal(path);
        if (problem == null) {
            problem = checkFile(path);
        }
        if (problem != null) {
            return problem;
        }
        Shim shim = Shim.get();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errbuf = arena.allocate(4096);
            MemorySegment handle = (MemorySegment) shim.addonOpen.invokeExact(arena.allocateFrom(path.toString()), errbuf, 4096);
            if (handle.address() == 0) {
                return explainDlopenFailure(path, errbuf.getString(0));
            }
            MemorySegment registered = (MemorySegment) shim.addonTakeRegistered.invokeExact();
            if (registered.address() != 0) {
                LEGACY_MODULES.putIfAbsent(handle.address(), registered.address());
            }
            MemorySegment init = symbol(handle, "napi_register_module_v1", arena);
            if (init.address() == 0) {
                Long legacy = LEGACY_MODULES.get(handle.address());
                if (legacy != null) {
                    init = (MemorySegment) shim.moduleInit.invokeExact(MemorySegment.ofAddress(legacy));
                }
            }
            if (init.address() == 0) {
                return path + ": not a Node-API addon: it neither exports napi_register_module_v1 nor calls"
                        + " napi_module_register" + v8Hint(handle, arena);
            }
            int apiVersion = apiVersion(handle, arena);
            if (apiVersion > HIGHEST_API_VERSION && apiVersion != Integer.MAX_VALUE) {
                return path + ": the addon needs Node-API version " + apiVersion + "; napi-host provides up to "
                        + HIGHEST_API_VERSION;
            }
            MemorySegment env = (MemorySegment) shim.envCreate.invokeExact(core.runtime, envs.size() + 1,
                    arena.allocateFrom(path.toUri().toString()), apiVersion);
            envs.add(env);
            return (int) shim.addonInit.invokeExact(env, init, exportsSlot);
        } catch (Throwable t) {
            throw Shim.rethrow(t);
        }
    }

    private static MemorySegment symbol(MemorySegment handle, String name, Arena arena) throws Throwable {
        return (MemorySegment) Shim.get().addonSymbol.invokeExact(handle, arena.allocateFrom(name));
    }

    private static int apiVersion(MemorySegment handle, Arena arena) throws Throwable {
        MemorySegment f = symbol(handle, "node_api_module_get_api_version_v1", arena);
        if (f.address() == 0) {
            return DEFAULT_API_VERSION;
        }
        MethodHandle h = Linker.nativeLinker().downcallHandle(f, FunctionDescriptor.of(JAVA_INT));
        return (int) h.invokeExact();
    }

    private static String v8Hint(MemorySegment handle, Arena arena) throws Throwable {
        for (int abi = 64; abi <= 140; abi++) {
            String name = "node_register_module_v" + abi;
            if (symbol(handle, name, arena).address() != 0) {
                return "; it was built against Node's V8/C++ API (" + name + "), which napi-host does not"
                        + " provide: use a Node-API build of the addon";
            }
        }
        return "";
    }

    /** Catches what dlopen would report obscurely: missing files, non-ELF files, other architectures. */
    static String checkFile(Path path) {
        if (!Files.exists(path)) {
            return path + ": cannot open shared object file: No such file or directory";
        }
        if (Files.isDirectory(path)) {
            return path + ": is a directory, not a native addon";
        }
        byte[] header = new byte[20];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            return path + ": cannot read the addon: " + e.getMessage();
        }
        if (n < 20 || header[0] != 0x7f || header[1] != 'E' || header[2] != 'L' || header[3] != 'F') {
            return path + ": not a native addon: the file is not an ELF shared object (invalid ELF header)";
        }
        if (header[4] != 2) {
            return path + ": the addon is a 32-bit ELF file; this host is linux-x86_64 (64-bit)";
        }
        int machine = (header[18] & 0xff) | ((header[19] & 0xff) << 8);
        if (machine != 62) {
            return path + ": the addon was built for " + machineName(machine) + "; this host is linux-x86_64";
        }
        return null;
    }

    private static String machineName(int machine) {
        return switch (machine) {
            case 183 -> "aarch64 (arm64)";
            case 40 -> "arm";
            case 3 -> "x86 (i386)";
            case 243 -> "riscv";
            case 21 -> "ppc64";
            case 22 -> "s390x";
            default -> "ELF machine " + machine;
        };
    }

    static String explainDlopenFailure(Path path, String dlerror) {
        Matcher m = UNDEFINED_SYMBOL.matcher(dlerror);
        if (m.find()) {
            String symbol = m.group(1);
            if (symbol.startsWith("uv_")) {
                // Node-API addons may call libuv directly; napi-host has no libuv (docs/architecture.md).
                return path + ": the addon calls libuv's " + symbol + ", which napi-host does not provide: it has"
                        + " no libuv event loop (napi_get_uv_event_loop returns a placeholder that uv_* functions"
                        + " cannot use). Only the Node-API functions are available.";
            }
            if (symbol.startsWith("_ZN2v8") || symbol.startsWith("_ZN4node") || symbol.startsWith("_ZNK2v8")
                    || symbol.startsWith("node_module_register")) {
                return path + ": the addon was built against Node's V8/C++ API, not Node-API: it needs the symbol "
                        + symbol + " (" + Demangle.brief(symbol) + "), which napi-host does not provide. Use a"
                        + " Node-API build of the addon.";
            }
            return path + ": the addon needs the symbol " + symbol + ", which neither napi-host nor the addon's"
                    + " libraries provide (" + dlerror + ")";
        }
        Matcher lib = MISSING_LIBRARY.matcher(dlerror);
        if (lib.find() && !dlerror.startsWith(path.toString())) {
            return path + ": the addon needs the shared library " + lib.group(1) + ", which was not found ("
                    + dlerror + ")";
        }
        return dlerror;
    }

    /** Destroys this runtime's environments (each instance data's finalizer runs). */
    /** Runs every finalizer not yet run, environment by environment (after the cleanup hooks). */
    void runFinalizersAtTeardown() {
        for (MemorySegment env : envs) {
            try {
                core.finalizers.runAtTeardown(env);
            } catch (Throwable t) {
                core.reportInternalError("addon teardown", t);
            }
        }
    }

    void teardown() {
        Shim shim = Shim.get();
        for (MemorySegment env : envs) {
            try {
                shim.envDestroy.invokeExact(env);
            } catch (Throwable t) {
                core.reportInternalError("addon teardown", t);
            }
        }
        envs.clear();
    }
}
