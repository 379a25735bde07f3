package dev.napihost;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_CHAR_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The Java half of the Node-API bridge for one runtime: the native handle stack's memory, the JS
 * helpers of napi.js, and the upcalls the shim makes for engine operations. Upcalls arrive on the
 * runtime's JS thread only (the shim refuses other threads before calling up).
 */
final class NapiBridge {
    static final int HANDLE_CAPACITY = 1 << 20;
    private static final int NAPI_GENERIC_FAILURE = 9;
    private static final int NAPI_PENDING_EXCEPTION = 10;
    private static final int SOP_THROW_ERROR = 6;
    private static final int ERR_RANGE = 2;
    private static final int NAPI_INVALID_ARG = 1;
    private static final int ENC_UTF8 = 0;
    private static final int ENC_LATIN1 = 1;
    private static final int ENC_UTF16 = 2;
    private static final int ST_SIZE = 16 + 65536;
    /** state[8..10]: a direct op's arguments (napi_host.h ST_OP_ARGS). */
    private static final int ST_OP_ARGS = 8;

    private static final RuntimeCore[] RUNTIMES = new RuntimeCore[1 << 16];

    final RuntimeCore core;
    final MemorySegment runtime;
    final MemorySegment state;
    private final Value op;
    /** napi.js's functions for the hottest op codes (indexed by code; null: use op). */
    private final Value[] directOps = new Value[256];
    private final Value stringOp;
    private final Value createFunction;
    private final Value defineProperty;
    private final Value stringAt;
    final Value push;
    final Value get;
    final Value takePending;
    final Value withFrame;
    final Value trim;
    final Value throwPending;
    private final Value binaryInfo;
    final Value jsApi;

    NapiBridge(RuntimeCore core, MemorySegment runtime, Value napiFactory) {
        this.core = core;
        this.runtime = runtime;
        Shim shim = Shim.get();
        try {
            this.state = ((MemorySegment) shim.runtimeState.invokeExact(runtime)).reinterpret(ST_SIZE * 4L);
            MemorySegment kinds = ((MemorySegment) shim.runtimeKinds.invokeExact(runtime)).reinterpret(HANDLE_CAPACITY);
            MemorySegment nums = ((MemorySegment) shim.runtimeNums.invokeExact(runtime)).reinterpret(HANDLE_CAPACITY * 8L);
            Value arrayBuffer = core.context.getBindings("js").getMember("ArrayBuffer");
            Value u8 = core.context.getBindings("js").getMember("Uint8Array");
            Value f64 = core.context.getBindings("js").getMember("Float64Array");
            Value i32 = core.context.getBindings("js").getMember("Int32Array");
            Value k = u8.newInstance(sharedArrayBuffer(arrayBuffer, kinds));
            Value d = f64.newInstance(sharedArrayBuffer(arrayBuffer, nums));
            Value s = i32.newInstance(sharedArrayBuffer(arrayBuffer, state));
            Value api = napiFactory.execute(k, d, s, new NativeCall(state, kinds, nums), new ScriptRunner(core));
            jsApi = api;
            op = api.getMember("op");
            preloadInteropClasses();
            Value direct = api.getMember("directOps");
            for (String code : direct.getMemberKeys()) {
                directOps[Integer.parseInt(code)] = direct.getMember(code);
            }
            stringOp = api.getMember("stringOp");
            createFunction = api.getMember("createFunction");
            defineProperty = api.getMember("defineProperty");
            stringAt = api.getMember("stringAt");
            push = api.getMember("push");
            get = api.getMember("get");
            takePending = api.getMember("takePending");
            withFrame = api.getMember("withFrame");
            trim = api.getMember("trim");
            throwPending = api.getMember("throwPending");
            binaryInfo = api.getMember("binaryInfo");
        } catch (Throwable t) {
            throw Shim.rethrow(t);
        }
    }

    /**
     * A JS ArrayBuffer over native memory the shim owns. napi.js reads and writes the handle stack
     * through it on every call: an ArrayBuffer of GraalJS's own (direct, made to use this memory)
     * is accessed directly in compiled code, where one made from a host ByteBuffer ({@code new
     * ArrayBuffer(byteBuffer)}, the fallback) costs an interop message per element access.
     */
    private static Value sharedArrayBuffer(Value arrayBufferClass, MemorySegment memory) {
        ByteBuffer bytes = memory.asByteBuffer().order(ByteOrder.nativeOrder());
        Value adopted = arrayBufferClass.newInstance(0);
        return ArrayBufferMemory.adopt(adopted, bytes) ? adopted : arrayBufferClass.newInstance(bytes);
    }

    /**
     * GraalJS compiles the Java-to-JS call path (Value.execute, every upcall) assuming that the only
     * InteropFunction class loaded is InteropBoundFunction; when InteropAsyncFunction loads later
     * (the first async function), that compilation is thrown away after seconds of compiler time,
     * and the upcalls run interpreted that much longer. Loaded first, nothing is assumed.
     */
    private static void preloadInteropClasses() {
        try {
            Class.forName("com.oracle.truffle.js.runtime.interop.InteropAsyncFunction", false,
                    Value.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // Another GraalJS layout: only the warm-up is slower.
        }
    }

    static synchronized int register(RuntimeCore core) {
        for (int i = 1; i < RUNTIMES.length; i++) {
            if (RUNTIMES[i] == null) {
                RUNTIMES[i] = core;
                return i;
            }
        }
        throw new IllegalStateException("too many live napi-host runtimes");
    }

    static synchronized void unregister(int id) {
        RUNTIMES[id] = null;
    }

    /** The JS wrapper of every native function calls this; it enters the addon's callback. */
    public static final class NativeCall {
        private static final MethodHandle INVOKE = Shim.get().invoke;
        private static final int ST_TOP = 0;
        private static final int ST_RESULT = 4;
        private static final byte KIND_UNDEFINED = 1;
        private static final byte KIND_NUMBER = 4;

        private final MemorySegment state;
        private final MemorySegment kinds;
        private final MemorySegment nums;

        NativeCall(MemorySegment state, MemorySegment kinds, MemorySegment nums) {
            this.state = state;
            this.kinds = kinds;
            this.nums = nums;
        }

        /*
         * Fast paths for calls whose arguments are all numbers and that are not construct calls:
         * the JS wrapper has written the receiver at the stack top; the numbers go into the handle
         * stack from here (memory-segment writes are cheaper than JS typed-array writes), and a
         * number result comes back as the return value. Anything else returns NaN with the result
         * slot (or -1 for a pending exception, 0 for undefined) in state[ST_RESULT].
         */
        @HostAccess.Export
        public double invoke0(double record) {
            int base = frame();
            return finish(record, base, 0);
        }

        @HostAccess.Export
        public double invoke1(double record, double a) {
            int base = frame();
            number(base + 2, a);
            return finish(record, base, 1);
        }

        @HostAccess.Export
        public double invoke2(double record, double a, double b) {
            int base = frame();
            number(base + 2, a);
            number(base + 3, b);
            return finish(record, base, 2);
        }

        @HostAccess.Export
        public double invoke3(double record, double a, double b, double c) {
            int base = frame();
            number(base + 2, a);
            number(base + 3, b);
            number(base + 4, c);
            return finish(record, base, 3);
        }

        /** The frame's base (the receiver's slot, written by JS); new.target is undefined. */
        private int frame() {
            int base = state.getAtIndex(JAVA_INT, ST_TOP);
            kinds.set(JAVA_BYTE, base + 1, KIND_UNDEFINED);
            return base;
        }

        private void number(int slot, double value) {
            kinds.set(JAVA_BYTE, slot, KIND_NUMBER);
            nums.setAtIndex(JAVA_DOUBLE, slot, value);
        }

        private double finish(double record, int base, int argc) {
            int stackLimit = state.getAtIndex(JAVA_INT, 3);
            if (base + 2 + argc >= stackLimit) {
                state.setAtIndex(JAVA_INT, ST_RESULT, -2);
                return Double.NaN;
            }
            state.setAtIndex(JAVA_INT, ST_TOP, base + 2 + argc);
            int r;
            try {
                r = (int) INVOKE.invokeExact((long) record, base, argc);
            } catch (Throwable t) {
                throw Shim.rethrow(t);
            } finally {
                state.setAtIndex(JAVA_INT, ST_TOP, base);
            }
            if (r > 0 && kinds.get(JAVA_BYTE, r) == KIND_NUMBER) {
                double v = nums.getAtIndex(JAVA_DOUBLE, r);
                if (v == v) {
                    return v;
                }
            }
            state.setAtIndex(JAVA_INT, ST_RESULT, r);
            return Double.NaN;
        }

        @HostAccess.Export
        public int invoke(double record, int base, int argc) {
            try {
                return (int) INVOKE.invokeExact((long) record, base, argc);
            } catch (Throwable t) {
                throw Shim.rethrow(t);
            }
        }
    }

    /** napi_run_script's engine half: a string evaluated as a classic script in the global scope. */
    public static final class ScriptRunner {
        private final RuntimeCore core;

        ScriptRunner(RuntimeCore core) {
            this.core = core;
        }

        /**
         * A guest exception (a SyntaxError, a throw) reaches the JS caller as the original error
         * object, which napi.js leaves pending.
         */
        @HostAccess.Export
        public Value run(String code) {
            return core.context.eval(Source.newBuilder("js", code, "napi_run_script").buildLiteral());
        }
    }

    // ---------------------------------------------------------------- upcalls from the shim

    private static NapiBridge bridge(int rt) {
        return RUNTIMES[rt].napi;
    }

    private static int fail(int rt, Throwable t) {
        RuntimeCore core = RUNTIMES[rt];
        if (t instanceof org.graalvm.polyglot.PolyglotException p && p.isExit()) {
            // process.exit() (or a fatal exception) inside a callback the shim called: the context
            // is quitting, and the exit goes on unwinding once the native frames return.
            return -NAPI_GENERIC_FAILURE;
        }
        if (core != null && isStackOverflow(t)) {
            // The JS thread's stack ran out in host code between JS and the addon: the caller gets
            // the RangeError V8 would have thrown, pending, once this frame has unwound.
            try {
                bridge(rt).stringOp.execute(SOP_THROW_ERROR, "Maximum call stack size exceeded", ERR_RANGE, 0);
                return -NAPI_PENDING_EXCEPTION;
            } catch (Throwable again) {
                t = again;
            }
        }
        if (core != null) {
            core.reportInternalError("Node-API upcall", t);
        }
        return -NAPI_GENERIC_FAILURE;
    }

    private static boolean isStackOverflow(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof StackOverflowError
                    || c instanceof org.graalvm.polyglot.PolyglotException p && p.isResourceExhausted()) {
                return true;
            }
        }
        return false;
    }

    static int op(int rt, int code, int a, int b, int c) {
        try {
            NapiBridge bridge = bridge(rt);
            Value direct = code >= 0 && code < bridge.directOps.length ? bridge.directOps[code] : null;
            if (direct == null) {
                return bridge.op.execute(code, a, b, c).asInt();
            }
            MemorySegment state = bridge.state;
            state.setAtIndex(JAVA_INT, ST_OP_ARGS, a);
            state.setAtIndex(JAVA_INT, ST_OP_ARGS + 1, b);
            state.setAtIndex(JAVA_INT, ST_OP_ARGS + 2, c);
            return direct.execute().asInt();
        } catch (Throwable t) {
            return fail(rt, t);
        }
    }

    static int stringOp(int rt, int code, int encoding, MemorySegment str, long length, int a, int b) {
        try {
            String s = decode(encoding, str, length);
            return bridge(rt).stringOp.execute(code, s, a, b).asInt();
        } catch (Throwable t) {
            return fail(rt, t);
        }
    }

    static int readString(int rt, int encoding, int slot, MemorySegment buf, long bufsize, MemorySegment result) {
        try {
            String s = bridge(rt).stringAt.execute(slot).asString();
            long written = encode(encoding, s, buf, bufsize);
            result.reinterpret(8).set(JAVA_LONG, 0, written);
            return 0;
        } catch (Throwable t) {
            return fail(rt, t);
        }
    }

    static int createFunction(int rt, MemorySegment name, long length, MemorySegment record, int envId) {
        try {
            String n = name.address() == 0 ? "" : decode(ENC_UTF8, name, length);
            return bridge(rt).createFunction.execute(record.address(), n).asInt();
        } catch (Throwable t) {
            return fail(rt, t);
        }
    }

    private static final MemoryLayout PROPERTY = MemoryLayout.structLayout(
            ADDRESS.withName("utf8name"), JAVA_INT.withName("name_slot"), JAVA_INT.withName("attributes"),
            ADDRESS.withName("method"), ADDRESS.withName("getter"), ADDRESS.withName("setter"),
            JAVA_INT.withName("value_slot"), JAVA_INT.withName("reserved"));

    static int defineProperties(int rt, int object, long count, MemorySegment descriptors) {
        try {
            NapiBridge b = bridge(rt);
            MemorySegment all = descriptors.reinterpret(count * PROPERTY.byteSize());
            for (long i = 0; i < count; i++) {
                long base = i * PROPERTY.byteSize();
                MemorySegment name = all.get(ADDRESS, base);
                String utf8 = name.address() == 0 ? null : decode(ENC_UTF8, name, -1);
                int r = b.defineProperty.execute(object, utf8, all.get(JAVA_INT, base + 8), all.get(JAVA_INT, base + 12),
                        all.get(ADDRESS, base + 16).address(), all.get(ADDRESS, base + 24).address(),
                        all.get(ADDRESS, base + 32).address(), all.get(JAVA_INT, base + 40)).asInt();
                if (r < 0) {
                    return r;
                }
            }
            return 0;
        } catch (Throwable t) {
            return fail(rt, t);
        }
    }

    static int binaryInfo(int rt, int slot, int want, MemorySegment out) {
        try {
            Value info = bridge(rt).binaryInfo.execute(slot, want);
            if (info.isNumber()) {
                return info.asInt();
            }
            long offset = info.getArrayElement(1).asLong();
            Value buffer = info.getArrayElement(0);
            // A detached ArrayBuffer has no memory: NULL, as V8's Data() answers.
            long data = buffer.isNull() ? 0 : ArrayBufferMemory.address(buffer) + offset;
            MemorySegment o = out.reinterpret(5 * 8L);
            o.setAtIndex(JAVA_LONG, 0, data);
            o.setAtIndex(JAVA_LONG, 1, info.getArrayElement(2).asLong());
            o.setAtIndex(JAVA_LONG, 2, info.getArrayElement(3).asLong());
            o.setAtIndex(JAVA_LONG, 3, info.getArrayElement(4).asLong());
            o.setAtIndex(JAVA_LONG, 4, offset);
            return 0;
        } catch (Throwable t) {
            return fail(rt, t);
        }
    }

    static int asyncQueue(int rt, MemorySegment work) {
        try {
            return RUNTIMES[rt].asyncWork.queue(work.address());
        } catch (Throwable t) {
            return fail(rt, t);
        }
    }

    static int asyncCancel(int rt, MemorySegment work) {
        try {
            return RUNTIMES[rt].asyncWork.cancel(work.address());
        } catch (Throwable t) {
            fail(rt, t);
            return 0;
        }
    }

    // ---------------------------------------------------------------- strings

    static String decode(int encoding, MemorySegment str, long length) {
        if (length < 0) {
            return str.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_8);
        }
        return switch (encoding) {
            case ENC_UTF8 -> new String(str.reinterpret(length).toArray(JAVA_BYTE), StandardCharsets.UTF_8);
            case ENC_LATIN1 -> new String(str.reinterpret(length).toArray(JAVA_BYTE), StandardCharsets.ISO_8859_1);
            case ENC_UTF16 -> new String(str.reinterpret(length * 2).toArray(JAVA_CHAR_UNALIGNED));
            default -> throw new IllegalArgumentException("encoding " + encoding);
        };
    }

    /**
     * Writes s into buf as Node does: with buf NULL the full length; otherwise at most bufsize-1 units
     * and a terminating NUL, never splitting a UTF-8 sequence.
     */
    static long encode(int encoding, String s, MemorySegment buf, long bufsize) {
        if (encoding == ENC_UTF16) {
            if (buf.address() == 0) {
                return s.length();
            }
            if (bufsize == 0) {
                return 0;
            }
            int n = (int) Math.min(s.length(), bufsize - 1);
            MemorySegment out = buf.reinterpret(bufsize * 2);
            for (int i = 0; i < n; i++) {
                out.set(JAVA_CHAR_UNALIGNED, i * 2L, s.charAt(i));
            }
            out.set(JAVA_CHAR_UNALIGNED, n * 2L, (char) 0);
            return n;
        }
        if (encoding == ENC_LATIN1) {
            if (buf.address() == 0) {
                return s.length();
            }
            if (bufsize == 0) {
                return 0;
            }
            int n = (int) Math.min(s.length(), bufsize - 1);
            MemorySegment out = buf.reinterpret(bufsize);
            for (int i = 0; i < n; i++) {
                out.set(JAVA_BYTE, i, (byte) s.charAt(i));
            }
            out.set(JAVA_BYTE, n, (byte) 0);
            return n;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (buf.address() == 0) {
            return bytes.length;
        }
        if (bufsize == 0) {
            return 0;
        }
        int n = (int) Math.min(bytes.length, bufsize - 1);
        // Back off to a character boundary: never leave half of a multi-byte sequence.
        if (n < bytes.length) {
            while (n > 0 && (bytes[n] & 0xC0) == 0x80) {
                n--;
            }
        }
        MemorySegment out = buf.reinterpret(bufsize);
        MemorySegment.copy(bytes, 0, out, JAVA_BYTE, 0, n);
        out.set(JAVA_BYTE, n, (byte) 0);
        return n;
    }

    // ---------------------------------------------------------------- installation

    static void installUpcalls(Shim shim) {
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            Arena arena = Arena.global();
            MemorySegment[] stubs = {
                stub(linker, lookup, arena, "op", MethodType.methodType(int.class, int.class, int.class, int.class, int.class, int.class),
                        FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT)),
                stub(linker, lookup, arena, "stringOp",
                        MethodType.methodType(int.class, int.class, int.class, int.class, MemorySegment.class, long.class, int.class, int.class),
                        FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT)),
                stub(linker, lookup, arena, "readString",
                        MethodType.methodType(int.class, int.class, int.class, int.class, MemorySegment.class, long.class, MemorySegment.class),
                        FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS)),
                stub(linker, lookup, arena, "createFunction",
                        MethodType.methodType(int.class, int.class, MemorySegment.class, long.class, MemorySegment.class, int.class),
                        FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, JAVA_INT)),
                stub(linker, lookup, arena, "defineProperties",
                        MethodType.methodType(int.class, int.class, int.class, long.class, MemorySegment.class),
                        FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS)),
                stub(linker, lookup, arena, "binaryInfo",
                        MethodType.methodType(int.class, int.class, int.class, int.class, MemorySegment.class),
                        FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS)),
                stub(linker, lookup, arena, "asyncQueue", MethodType.methodType(int.class, int.class, MemorySegment.class),
                        FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS)),
                stub(linker, lookup, arena, "asyncCancel", MethodType.methodType(int.class, int.class, MemorySegment.class),
                        FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS)),
            };
            MemorySegment table = arena.allocate(ADDRESS.byteSize() * stubs.length);
            for (int i = 0; i < stubs.length; i++) {
                table.setAtIndex(ADDRESS, i, stubs[i]);
            }
            MethodHandle install = shim.bind("napi_host_install_upcalls", FunctionDescriptor.ofVoid(ADDRESS));
            install.invokeExact(table);
        } catch (Throwable t) {
            throw Shim.rethrow(t);
        }
    }

    private static MemorySegment stub(Linker linker, MethodHandles.Lookup lookup, Arena arena, String name,
                                      MethodType type, FunctionDescriptor descriptor) throws ReflectiveOperationException {
        MethodHandle target = lookup.findStatic(NapiBridge.class, name, type);
        return linker.upcallStub(target, descriptor, arena);
    }
}
