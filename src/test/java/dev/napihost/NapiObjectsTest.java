package dev.napihost;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Node-API objects (delete/has-own/elements, key lists, freeze/seal, prototypes) and native
 * constructors (napi_new_instance, napi_get_new_target) behave exactly as under Node.js, statuses included.
 */
class NapiObjectsTest {
    @Test
    void sameOutputAsNode() {
        Path script = NapiBasicsTest.SCRIPTS.resolve("objects.js");
        String addon = Scripts.addon("napi_objects");
        Scripts.Result node = Scripts.node(script, addon);
        assertEquals(0, node.exitCode(), "node itself failed: " + node);
        assertTrue(node.stdout().contains("allNames mode 1 filter 7"), node.stdout());
        Scripts.Result host = Scripts.runFile(script, Scripts.DEFAULT_TIMEOUT, addon);
        assertEquals(0, host.exitCode(), host.toString());
        assertEquals(node.stdout(), host.stdout());
    }
}
