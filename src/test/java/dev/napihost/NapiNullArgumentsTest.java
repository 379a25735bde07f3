package dev.napihost;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A null env or a null out-pointer never crashes the shim (issue 3): every Node-API 10 function of
 * node-api-headers' list is called with a NULL env (each must answer napi_invalid_arg) and with a
 * valid env and all other arguments NULL/0 (none may answer napi_ok, except the two whose
 * all-NULL call is legal, or leave an exception pending). Runs in its own process, so that a crash
 * is a failure of this test rather than of the test JVM.
 */
class NapiNullArgumentsTest {
    @Test
    void nullEnvAndNullArgumentsAreRefused() {
        Path script = Path.of("src/test/js/napi/null_args.js").toAbsolutePath();
        Path symbols = Path.of("target/shim/node-api-headers/symbols.js").toAbsolutePath();
        Scripts.Result r = Scripts.cli(script.getParent(), Duration.ofMinutes(2), script.toString(),
                Scripts.addon("napi_null_args"), symbols.toString());
        assertEquals(0, r.exitCode(), r.toString());
        // Only napi_fatal_error (aborts by design) and napi_module_register (returns nothing) are skipped.
        assertEquals("checked 153 functions of 155\n", r.stdout(), r.toString());
    }
}
