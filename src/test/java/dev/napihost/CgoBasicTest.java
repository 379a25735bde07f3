package dev.napihost;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        NodeParity.assertSameStdout(Path.of("cgo-fixtures/basic/basic.js").toAbsolutePath(), addon.toString());
    }
}
