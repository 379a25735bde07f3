package dev.napihost;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thread rules (CHECK_ENV in shim/src/napi_host.h): Node-API functions that are not thread-safe,
 * called from another thread, return napi_generic_failure, leave the environment as it was (no
 * value created, no property set, no function called, no exception pending, the JS thread's last
 * error untouched) and are reported once per runtime on stderr. The report is written by C, so
 * this runs the CLI. napi-host only: in Node such calls are undefined behaviour.
 */
class NapiThreadRulesTest {
    @Test
    void callsFromAnotherThreadAreRefusedAndReportedOnce() {
        Path script = NapiBasicsTest.SCRIPTS.resolve("thread_rules.js");
        Scripts.Result r = Scripts.cli(script.getParent(), NapiEnvironmentTest.TIMEOUT, script.toString(),
                Scripts.addon("napi_thread_rules"));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("round 1 calls 25 not refused []\n"
                + "last error on the JS thread 0 exception pending false handles intact true\n"
                + "round 2 calls 25 not refused []\n"
                + "last error on the JS thread 0 exception pending false handles intact true\n"
                + "function called 0 object {\"answer\":42}\n"
                + "the loop still runs\n", r.stdout());
        String report = "not from the runtime's JS thread";
        assertEquals(1, r.stderr().split(report, -1).length - 1, "expected exactly one report:\n" + r.stderr());
        assertTrue(r.stderr().contains("returned napi_generic_failure"), r.stderr());
    }
}
