package dev.napihost;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * napi_define_class (prototype/static properties, JS subclasses, receiver checks), napi_wrap /
 * napi_unwrap / napi_remove_wrap and type tags behave exactly as under Node.js, statuses included.
 */
class NapiClassesTest {
    @Test
    void sameOutputAsNode() {
        Path script = NapiBasicsTest.SCRIPTS.resolve("classes.js");
        String addon = Scripts.addon("napi_classes");
        Scripts.Result node = Scripts.node(script, addon);
        assertEquals(0, node.exitCode(), "node itself failed: " + node);
        assertTrue(node.stdout().contains("shortened name"), node.stdout());
        Scripts.Result host = Scripts.runFile(script, Scripts.DEFAULT_TIMEOUT, addon);
        assertEquals(0, host.exitCode(), host.toString());
        assertEquals(node.stdout(), host.stdout());
    }
}
