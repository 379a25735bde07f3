package dev.napihost;

import org.junit.jupiter.api.Test;

/** Addons read and write ArrayBuffers, typed arrays, Buffers and DataViews in place, as under Node. */
class NapiBuffersTest {
    @Test
    void sameOutputAsNode() {
        NodeParity.assertSameStdout(NapiBasicsTest.SCRIPTS.resolve("buffers.js"), Scripts.addon("napi_buffers"));
    }
}
