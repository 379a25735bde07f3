package dev.napihost;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** console methods and the Console class, compared with Node's output. */
class ConsoleTest {
    @Test
    void consoleMatchesNode() throws Exception {
        // log/info/debug/warn/error, groups, count, assert, dir, table, Console over other streams.
        NodeParity.assertSameOutput("console.js", true);
    }

    @Test
    void traceAndTimers() {
        Scripts.Result r = Scripts.run("""
                function where() { console.trace('here %d', 1); }
                where();
                console.time('t'); console.timeLog('t', 'extra'); console.timeEnd('t');
                console.timeEnd('missing');
                process.stdout.write = (s) => true; console.log('swallowed');
                """);
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stderr().startsWith("Trace: here 1\n    at where ("), r.stderr());
        assertTrue(r.stdout().matches("(?s)t: \\d+(\\.\\d+)?ms extra\nt: \\d+(\\.\\d+)?ms\n"), r.stdout());
        assertTrue(r.stderr().contains("Warning: No such label 'missing' for console.timeEnd()"), r.stderr());
    }
}
