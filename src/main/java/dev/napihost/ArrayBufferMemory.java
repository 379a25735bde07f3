package dev.napihost;

import java.lang.foreign.MemorySegment;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;

import org.graalvm.polyglot.Value;

/**
 * Native addresses of JS ArrayBuffers, so addons can read and write buffer contents in place.
 *
 * <p>The runtime's contexts run with {@code js.direct-byte-buffer=true}, so every ArrayBuffer (also
 * one made by plain JS: {@code new Uint8Array(n)}, {@code Buffer.from(...)}) is backed by a direct
 * {@link ByteBuffer} whose memory does not move. The polyglot API does not hand that buffer out;
 * this class reads it through GraalJS internals (pinned GraalJS 25.0.1): the {@link Value}'s
 * receiver and {@code JSArrayBufferObject.DirectBase.getByteBuffer()}. That needs the JVM options
 * {@code --add-opens org.graalvm.polyglot/org.graalvm.polyglot=ALL-UNNAMED} and {@code --add-exports
 * org.graalvm.js/com.oracle.truffle.js.runtime.builtins=ALL-UNNAMED}; without them Node-API's
 * buffer functions fail with a message naming the options (never a wrong pointer).
 */
final class ArrayBufferMemory {
    static final String REQUIRED_OPTIONS = "--add-opens org.graalvm.polyglot/org.graalvm.polyglot=ALL-UNNAMED"
            + " --add-exports org.graalvm.js/com.oracle.truffle.js.runtime.builtins=ALL-UNNAMED";

    private static final Field RECEIVER;
    private static final String UNAVAILABLE;
    /** getByteBuffer() of each ArrayBuffer implementation class GraalJS uses. */
    private static final ClassValue<Method> GET_BYTE_BUFFER = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            try {
                return type.getMethod("getByteBuffer");
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    };

    static {
        Field f = null;
        String problem = null;
        try {
            f = Class.forName("org.graalvm.polyglot.AbstractValue").getDeclaredField("receiver");
            f.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            problem = e.toString();
            f = null;
        }
        RECEIVER = f;
        UNAVAILABLE = problem;
    }

    private ArrayBufferMemory() {
    }

    /** Why addresses cannot be read in this JVM, or null when they can. */
    static String unavailable() {
        return UNAVAILABLE;
    }

    /** setByteBuffer / setByteLength of the direct ArrayBuffer implementation (null if unreachable). */
    private static final ClassValue<Method[]> ADOPT = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            try {
                return new Method[] {type.getMethod("setByteBuffer", ByteBuffer.class), type.getMethod("setByteLength", int.class)};
            } catch (NoSuchMethodException | RuntimeException e) {
                return null;
            }
        }
    };

    /**
     * Makes a fresh, empty, direct JS ArrayBuffer use {@code bytes} (direct, native order) as its
     * memory, so JS and native code share it (napi_create_external_arraybuffer). False when the
     * GraalJS internals are out of reach; the caller then wraps the ByteBuffer through the polyglot
     * API ({@code new ArrayBuffer(byteBuffer)}), which shares the memory too but gives addons no
     * address for it later.
     */
    static boolean adopt(Value emptyArrayBuffer, ByteBuffer bytes) {
        if (RECEIVER == null) {
            return false;
        }
        try {
            Object receiver = RECEIVER.get(emptyArrayBuffer);
            Method[] setters = ADOPT.get(receiver.getClass());
            if (setters == null || GET_BYTE_BUFFER.get(receiver.getClass()) == null) {
                return false;
            }
            setters[0].invoke(receiver, bytes);
            setters[1].invoke(receiver, bytes.capacity());
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The address of the first byte of a JS ArrayBuffer's data. */
    static long address(Value arrayBuffer) {
        if (RECEIVER == null) {
            throw new IllegalStateException("napi-host cannot give native code the memory of JS buffers in this JVM ("
                    + UNAVAILABLE + "); start the JVM with " + REQUIRED_OPTIONS);
        }
        try {
            Object receiver = RECEIVER.get(arrayBuffer);
            Method getByteBuffer = GET_BYTE_BUFFER.get(receiver.getClass());
            ByteBuffer buffer = getByteBuffer == null ? null : (ByteBuffer) getByteBuffer.invoke(receiver);
            if (buffer == null || !buffer.isDirect()) {
                throw new IllegalStateException("the ArrayBuffer is not backed by native memory (is js.direct-byte-buffer on?)");
            }
            return MemorySegment.ofBuffer(buffer).address();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read an ArrayBuffer's memory (" + e + "); start the JVM with "
                    + REQUIRED_OPTIONS, e);
        }
    }
}
