package dev.napihost;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ES modules (internal/modules/esm.js, ModuleFileSystem) on the fixture tree js/esm, compared with
 * Node.js: .mjs and "type": "module" files, CommonJS packages with named exports (one loading the
 * C test addon), core modules, import.meta, createRequire, import() from both module kinds, and
 * resolution errors in Node's words.
 */
class EsmTest {
    private static final String ADDON = Scripts.addon("hello");
    /** Longer than the default: the first script in a fresh JVM on a loaded machine needs it. */
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @Test
    void importsMatchNode() {
        Path dir = JsFixtures.copy("esm");
        Scripts.Result host = Scripts.runFile(dir.resolve("main.mjs"), TIMEOUT, ADDON);
        assertEquals(0, host.exitCode(), host.toString());
        assertTrue(host.stdout().contains("addon via package: [ 'hello from C', 42 ]"), host.toString());
        Scripts.Result node = Scripts.node(dir.resolve("main.mjs"), ADDON);
        assertEquals(0, node.exitCode(), node.toString());
        assertEquals(node.stdout(), host.stdout());
    }

    @Test
    void commonJsModulesRunInEvaluationOrder() {
        Path dir = JsFixtures.copy("esm");
        Scripts.Result host = Scripts.runFile(dir.resolve("order.mjs"), TIMEOUT);
        assertEquals(0, host.exitCode(), host.toString());
        assertEquals("a (esm)\nb (cjs)\nc (cjs)\nmain c\n", host.stdout());
        assertEquals(Scripts.node(dir.resolve("order.mjs")).stdout(), host.stdout());
    }

    @Test
    void dynamicImportFromCommonJs() {
        Path dir = JsFixtures.copy("esm");
        Scripts.Result host = Scripts.runFile(dir.resolve("main.cjs"), TIMEOUT);
        assertEquals(0, host.exitCode(), host.toString());
        assertEquals("cjs start\ndynamic helped\ntype module undefined undefined\n", host.stdout());
        assertEquals(Scripts.node(dir.resolve("main.cjs")).stdout(), host.stdout());
    }

    @Test
    void requireOfAnEsModuleReturnsItsNamespace() {
        Path dir = JsFixtures.copy("esm");
        Scripts.Result host = Scripts.runFile(dir.resolve("require-esm.cjs"), TIMEOUT);
        assertEquals(0, host.exitCode(), host.toString());
        assertEquals("[ 'helper' ] helped\nundefined undefined\nsame instance true\n", host.stdout());
        assertEquals(Scripts.node(dir.resolve("require-esm.cjs")).stdout(), host.stdout());
    }

    @Test
    void uncaughtErrorInModuleMainIsReportedLikeNode() {
        Path dir = JsFixtures.copy("esm");
        Path file = dir.resolve("throws.mjs");
        Scripts.Result host = Scripts.runFile(file, TIMEOUT);
        Scripts.Result node = Scripts.node(file);
        assertEquals(1, node.exitCode());
        assertEquals(1, host.exitCode(), host.toString());
        // The throw site, the error and its module frames; Node's own internal frames follow. Node
        // names module frames by file URL, GraalJS by path (docs/architecture.md, ES modules).
        List<String> expected = node.stderr().replace("file://", "").lines().limit(7).toList();
        assertEquals(String.join("\n", expected), String.join("\n", host.stderr().lines().limit(7).toList()), host.toString());
    }

    @Test
    void cliRunsAnMjsMainAsModule() {
        Path dir = JsFixtures.copy("esm");
        Scripts.Result r = Scripts.cli(dir, Duration.ofSeconds(180), "main.mjs", ADDON);
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(Scripts.node(dir.resolve("main.mjs"), ADDON).stdout(), r.stdout());
    }
}
