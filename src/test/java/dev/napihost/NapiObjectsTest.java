package dev.napihost;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Node-API objects (delete/has-own/elements, key lists, freeze/seal, prototypes) and native
 * constructors (napi_new_instance, napi_get_new_target) behave exactly as under Node.js, statuses included.
 */
class NapiObjectsTest {
    @Test
    void sameOutputAsNode() {
        String out = NodeParity.assertSameStdout(NapiBasicsTest.SCRIPTS.resolve("objects.js"), Scripts.addon("napi_objects"));
        // The script ran to its end (a late section would be missing from both outputs otherwise).
        assertTrue(out.contains("allNames mode 1 filter 7"), out);
    }
}
