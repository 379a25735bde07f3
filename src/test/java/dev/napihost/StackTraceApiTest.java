package dev.napihost;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * V8's stack-trace API (Error.captureStackTrace, Error.prepareStackTrace with CallSite objects,
 * Error.stackTraceLimit): hand-written cases, and the npm packages that use it (pinned in
 * src/test/npm), each printing what Node prints.
 */
class StackTraceApiTest {
    @BeforeAll
    static void install() throws Exception {
        NpmAddonsTest.install();
    }

    @Test
    void callSitesAndCaptureStackTraceMatchNode() throws Exception {
        NodeParity.assertSameOutput("stack-trace-api.js", true);
    }

    /** depd (express, body-parser, http-errors), callsites, source-map-support. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"depd", "callsites", "sourcemapsupport"})
    void packagesUsingTheApiPrintWhatNodePrints(String script) {
        NodeParity.assertSameStdout(NpmAddonsTest.DIR.resolve("scripts").resolve(script + ".js"), Duration.ofMinutes(2));
    }
}
