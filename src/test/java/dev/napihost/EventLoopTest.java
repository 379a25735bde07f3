package dev.napihost;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Event loop semantics, each script run under napi-host and Node.js with the outputs compared.
 * The scripts only assert orderings Node guarantees (see the comments in them).
 */
class EventLoopTest {
    private static void matchesNode(String fixture, String... mustContain) {
        Path file = JsFixtures.copy(fixture);
        Scripts.Result node = Scripts.node(file);
        Scripts.Result host = Scripts.runFile(file, Scripts.DEFAULT_TIMEOUT);
        assertEquals(JsFixtures.stable(node.toString()), JsFixtures.stable(host.toString()));
        for (String s : mustContain) {
            assertTrue(host.stdout().contains(s) || host.stderr().contains(s), "missing '" + s + "' in\n" + host);
        }
    }

    @Test
    void ticksMicrotasksTimersAndImmediatesRunInNodeOrder() {
        matchesNode("event-order.js", "tick from promise 2\ntimer A\ntimer A tick\ntimer A microtask\nimmediate from timer\ntimer from timer",
                "eq-a\neq-b\neq-c", "interval 2 arg", "refreshable fired 2", "refreshed once");
    }

    @Test
    void refsBeforeExitExitAndOverflowWarning() {
        matchesNode("event-refs.js", "beforeExit 0 2", "exit 3 1 3", "TimeoutOverflowWarning: 2147483648 does not fit");
    }

    @Test
    void exceptionsInCallbacksReachUncaughtException() {
        matchesNode("event-uncaught.js", "in timer / uncaughtException", "in microtask / uncaughtException", "later timer runs");
    }

    @Test
    void timersPromisesModule() {
        matchesNode("timers-promises.js", "AbortError ABORT_ERR The operation was aborted", "scheduler ok");
    }

    @Test
    void setTimeoutRejectsANonFunction() {
        Scripts.Result r = Scripts.run("""
                for (const f of [setTimeout, setInterval, setImmediate, process.nextTick, queueMicrotask]) {
                  try { f('nope'); } catch (e) { console.log(e.code); }
                }
                """);
        assertEquals("ERR_INVALID_ARG_TYPE\n".repeat(5), r.stdout(), r.toString());
    }
}
