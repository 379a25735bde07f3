package dev.napihost;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Buffer: encodings, construction, search, copies, numeric access and Node's error codes. */
class BufferTest {
    @Test
    void bufferMatchesNode() throws Exception {
        NodeParity.assertSameOutput("buffer.js", false);
    }

    @Test
    void bufferConstructorWarnsOnceAndLargeUtf8RoundTrips() {
        Scripts.Result r = Scripts.run("""
                new Buffer(1); Buffer('x');
                const s = 'aé€𝄞'.repeat(20000);
                const b = Buffer.from(s);
                console.log(b.length, b.toString() === s, Buffer.from(b.toString('base64'), 'base64').equals(b),
                  Buffer.from(b.toString('hex'), 'hex').equals(b), new TextDecoder().decode(b) === s);
                """);
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("200000 true true true true\n", r.stdout());
        assertEquals(1, r.stderr().split("DEP0005", -1).length - 1, r.stderr());
    }

    @Test
    void bufferIsAUint8ArrayAndRequireBufferExportsTheApi() {
        Scripts.Result r = Scripts.run("""
                const buffer = require('buffer');
                const b = Buffer.from('ab');
                console.log(b instanceof Uint8Array, buffer.Buffer === Buffer, typeof buffer.SlowBuffer, typeof buffer.kMaxLength,
                  buffer.constants.MAX_LENGTH === buffer.kMaxLength, buffer.atob('aGk='), buffer.btoa('hi'), buffer.INSPECT_MAX_BYTES);
                console.log(b.map((x) => x + 1).constructor === Buffer, Buffer.from(b.buffer, b.byteOffset, 1).toString());
                """);
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("true true function number true hi aGk= 50\ntrue a\n", r.stdout());
    }
}
