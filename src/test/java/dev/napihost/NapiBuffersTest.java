package dev.napihost;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Addons read and write ArrayBuffers, typed arrays, Buffers and DataViews in place, as under Node. */
class NapiBuffersTest {
    @Test
    void sameOutputAsNode() {
        Path script = NapiBasicsTest.SCRIPTS.resolve("buffers.js");
        String addon = Scripts.addon("napi_buffers");
        Scripts.Result node = Scripts.node(script, addon);
        assertEquals(0, node.exitCode(), "node itself failed: " + node);
        Scripts.Result host = Scripts.runFile(script, Scripts.DEFAULT_TIMEOUT, addon);
        assertEquals(0, host.exitCode(), host.toString());
        assertEquals(node.stdout(), host.stdout());
    }
}
