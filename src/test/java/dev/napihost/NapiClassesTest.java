package dev.napihost;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * napi_define_class (prototype/static properties, JS subclasses, receiver checks), napi_wrap /
 * napi_unwrap / napi_remove_wrap and type tags behave exactly as under Node.js, statuses included.
 */
class NapiClassesTest {
    @Test
    void sameOutputAsNode() {
        String out = NodeParity.assertSameStdout(NapiBasicsTest.SCRIPTS.resolve("classes.js"), Scripts.addon("napi_classes"));
        // The script ran to its end (a late section would be missing from both outputs otherwise).
        assertTrue(out.contains("shortened name"), out);
    }
}
