package dev.napihost;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Web globals: TextEncoder/TextDecoder, structuredClone, atob/btoa, URL, performance, events, abort. */
class GlobalsTest {
    @Test
    void globalsMatchNode() throws Exception {
        NodeParity.assertSameOutput("globals.js", true);
    }

    /** Buffer, console, atob/btoa and URL load on first use; writes and deletes before that still win. */
    @Test
    void lazilyLoadedGlobalsMatchNode() throws Exception {
        NodeParity.assertSameOutput("lazy-globals.js", true);
    }

    @Test
    void abortSignalTimeoutFiresWithTimeoutError() {
        Scripts.Result r = Scripts.run("""
                const s = AbortSignal.timeout(10);
                const keep = setTimeout(() => {}, 1000);
                s.addEventListener('abort', () => { console.log(s.reason.name, s.reason.message); clearTimeout(keep); });
                const start = performance.now();
                setTimeout(() => console.log(performance.now() - start >= 4), 5);
                """);
        assertEquals(0, r.exitCode(), r.toString());
        // The two timers' relative order is the event loop's business, not this test's.
        assertEquals(List.of("TimeoutError The operation was aborted due to timeout", "true"),
                r.stdout().lines().sorted().toList());
    }
}
