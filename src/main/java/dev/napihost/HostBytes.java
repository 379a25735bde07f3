package dev.napihost;

import java.nio.ByteBuffer;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Bytes crossing between the internal JS and host code (fs, crypto, child_process): a JS
 * ArrayBuffer or typed array copied into a byte[], and bytes handed back as a direct ByteBuffer
 * that JS wraps with {@code new ArrayBuffer(buffer)} without another copy.
 */
final class HostBytes {
    private HostBytes() {
    }

    /** The bytes of an ArrayBuffer or of a typed array's window; null when v is neither. */
    static byte[] of(Value v) {
        if (v.hasBufferElements()) {
            byte[] bytes = new byte[(int) v.getBufferSize()];
            v.readBuffer(0, bytes, 0, bytes.length);
            return bytes;
        }
        if (v.hasMember("byteOffset") && v.hasMember("buffer")) {
            byte[] bytes = new byte[v.getMember("byteLength").asInt()];
            v.getMember("buffer").readBuffer(v.getMember("byteOffset").asLong(), bytes, 0, bytes.length);
            return bytes;
        }
        return null;
    }

    static Slice slice(byte[] bytes) {
        ByteBuffer b = ByteBuffer.allocateDirect(Math.max(bytes.length, 1));
        b.put(bytes).flip();
        return new Slice(b, bytes.length);
    }

    /** Bytes handed to JS: a direct buffer and how many of its bytes count. */
    public static final class Slice {
        private final ByteBuffer buffer;
        private final int length;

        Slice(ByteBuffer buffer, int length) {
            this.buffer = buffer;
            this.length = length;
        }

        @HostAccess.Export
        public ByteBuffer buffer() {
            return buffer;
        }

        @HostAccess.Export
        public int length() {
            return length;
        }
    }
}
