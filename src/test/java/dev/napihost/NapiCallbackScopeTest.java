package dev.napihost;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Callback scopes and async context (shim/src/callback_scope.c): napi_make_callback and
 * napi_open/close_callback_scope from JS and from an async work's complete callback leave ticks and
 * microtasks to the enclosing scope, in Node's order; misuse gives Node's statuses.
 */
class NapiCallbackScopeTest {
    @Test
    void sameOutputAsNode() {
        String out = NodeParity.assertSameStdout(NapiBasicsTest.SCRIPTS.resolve("callback_scope.js"),
                NapiEnvironmentTest.TIMEOUT, Scripts.addon("napi_callback_scope"));
        // The order the script prints is Node's: the callback, the code after the call, then ticks.
        assertTrue(out.contains("js mode 2: after the call\njs mode 0: tick\n"), out);
        assertTrue(out.contains("[\"close_callback_scope none open\",14,false]"), out);
    }
}
