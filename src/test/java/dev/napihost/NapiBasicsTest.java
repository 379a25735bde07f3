package dev.napihost;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The foundation's Node-API slice behaves exactly as under Node.js (same script, same output). */
class NapiBasicsTest {
    static final Path SCRIPTS = Path.of("src/test/js/napi").toAbsolutePath();

    @Test
    void sameOutputAsNode() {
        NodeParity.assertSameStdout(SCRIPTS.resolve("basics.js"), Scripts.addon("napi_basics"));
    }

    @Test
    void closingAnOuterScopeFirstIsAMismatch() {
        Scripts.Result r = Scripts.run("console.log(require(" + Scripts.js(Scripts.addon("napi_basics")) + ").closeOutOfOrder());");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("13\n", r.stdout(), "napi_handle_scope_mismatch");
    }
}
