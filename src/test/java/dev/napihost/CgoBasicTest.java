package dev.napihost;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Go-backed addon (cgo-fixtures/basic) works synchronously on the JS thread, Go first called
 * right after require, in both build forms and with both Go toolchains; same output as Node.
 */
class CgoBasicTest {
    static final Path FIXTURES = Path.of(System.getProperty("napihost.cgoFixtures", "target/cgo-fixtures")).toAbsolutePath();

    @ParameterizedTest(name = "Go {0}, {1}")
    @CsvSource({"1.19, archive", "1.19, shared", "1.23, archive", "1.23, shared"})
    void synchronousGoCallsOnTheJsThread(String go, String form) {
        Path addon = FIXTURES.resolve("go" + go).resolve(form).resolve("basic.node");
        assertTrue(Files.exists(addon), "missing " + addon + " (the Maven build makes it with make -C cgo-fixtures)");
        // Each build runs in its own napi-host process: a Go runtime stays in a process once loaded,
        // and several Go runtimes in one process (four builds here) are not supported (docs/cgo.md).
        Path script = Path.of("cgo-fixtures/basic/basic.js").toAbsolutePath();
        Scripts.Result node = Scripts.node(script, addon.toString());
        assertEquals(0, node.exitCode(), "node itself failed: " + node);
        Scripts.Result ours = Scripts.cli(script.getParent(), Duration.ofMinutes(2), script.toString(), addon.toString());
        assertEquals(0, ours.exitCode(), ours.toString());
        assertEquals(node.stdout(), ours.stdout());
    }
}
