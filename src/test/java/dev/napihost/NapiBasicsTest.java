package dev.napihost;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The foundation's Node-API slice behaves exactly as under Node.js (same script, same output). */
class NapiBasicsTest {
    static final Path SCRIPTS = Path.of("src/test/js/napi").toAbsolutePath();

    @Test
    void sameOutputAsNode() {
        Path script = SCRIPTS.resolve("basics.js");
        String addon = Scripts.addon("napi_basics");
        Scripts.Result node = Scripts.node(script, addon);
        assertEquals(0, node.exitCode(), "node itself failed: " + node);
        Scripts.Result host = Scripts.runFile(script, Scripts.DEFAULT_TIMEOUT, addon);
        assertEquals(0, host.exitCode(), host.toString());
        assertEquals(node.stdout(), host.stdout());
    }

    @Test
    void closingAnOuterScopeFirstIsAMismatch() {
        Scripts.Result r = Scripts.run("console.log(require(" + Scripts.js(Scripts.addon("napi_basics")) + ").closeOutOfOrder());");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("13\n", r.stdout(), "napi_handle_scope_mismatch");
    }
}
