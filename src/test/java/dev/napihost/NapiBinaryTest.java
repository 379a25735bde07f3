package dev.napihost;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Binary data made by native code: ArrayBuffers, typed arrays of every kind, DataViews, Buffers,
 * detaching; data pointers shared with JS both ways; statuses and RangeErrors as under Node.js.
 * node_api_create_buffer_from_arraybuffer (Node-API 10, which Node 20 cannot load) is checked
 * against Node's documented contract.
 */
class NapiBinaryTest {
    @Test
    void sameOutputAsNode() {
        NodeParity.assertSameStdout(NapiBasicsTest.SCRIPTS.resolve("binary.js"), Duration.ofMinutes(3), Scripts.addon("napi_binary"));
    }

    @Test
    void bufferFromArrayBufferSharesItsMemory() {
        Scripts.Result r = Scripts.run("const a = require(" + Scripts.js(Scripts.addon("napi_binary_v10")) + ");"
                + "const ab = new ArrayBuffer(8); new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);"
                + "const [s, b] = a.fromArrayBuffer(ab, 2, 4);"
                + "console.log(s, Buffer.isBuffer(b), b.buffer === ab, b.byteOffset, b.length, b.toString('hex'));"
                + "b[0] = 0xff; console.log(new Uint8Array(ab)[2]);"
                + "const [s2, e] = a.fromArrayBuffer(ab, 6, 4); console.log(s2, e.name, e.code, e.message);"
                + "console.log(a.fromArrayBuffer(ab, 8, 0)[0], a.fromArrayBuffer(ab, 8, 0)[1].length);"
                + "console.log(a.fromArrayBuffer(new Uint8Array(4), 0, 1)[0], a.fromArrayBuffer({}, 0, 1)[0],"
                + " a.fromArrayBuffer(1, 0, 1)[0], a.nullResult(ab));");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("0 true true 2 4 03040506\n255\n"
                + "10 RangeError ERR_OUT_OF_RANGE The byte offset + length is out of range\n"
                + "0 0\n19 19 19 1\n", r.stdout());
    }
}
