package dev.napihost;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A threadsafe function fed by 1,000 goroutines (cgo-fixtures/tsfn): Go's own threads, which the
 * JVM never sees, call into the shim's queue; every call reaches JS once, in order per goroutine.
 */
class CgoThreadsafeFunctionTest {
    @ParameterizedTest(name = "Go {0}, {1}")
    @CsvSource({"1.23, shared", "1.19, archive"})
    void goroutinesFeedAThreadsafeFunction(String go, String form) {
        Path addon = CgoBasicTest.FIXTURES.resolve("go" + go).resolve(form).resolve("tsfn.node");
        assertTrue(Files.exists(addon), "missing " + addon + " (the Maven build makes it with make -C cgo-fixtures)");
        Path script = Path.of("cgo-fixtures/tsfn/tsfn.js").toAbsolutePath();
        Scripts.Result node = Scripts.node(script, addon.toString());
        assertEquals(0, node.exitCode(), "node itself failed: " + node);
        assertEquals("calls 10000 out of order 0\n", node.stdout());
        // Its own process: a Go runtime stays in a process once loaded (docs/cgo.md).
        Scripts.Result ours = Scripts.cli(script.getParent(), Duration.ofMinutes(3), script.toString(), addon.toString());
        assertEquals(0, ours.exitCode(), ours.toString());
        assertEquals(node.stdout(), ours.stdout());
    }
}
