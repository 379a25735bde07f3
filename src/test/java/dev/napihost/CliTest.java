package dev.napihost;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line through {@code java -jar target/napi-host.jar} (build the jar first: mvn package).
 * Every spawn starts two JVMs, so each test checks several things per spawn.
 */
class CliTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @Test
    void versionHelpAndBadOptionsAnswerWithoutStartingTheRuntime() throws Exception {
        Path dir = Scripts.files("x.js", "");
        Scripts.Result v = Scripts.cli(dir, TIMEOUT, "--version");
        assertEquals(0, v.exitCode(), v.toString());
        assertEquals(NodeVersion.NODE + "\n", v.stdout());
        Scripts.Result h = Scripts.cli(dir, TIMEOUT, "--help");
        assertEquals(0, h.exitCode(), h.toString());
        assertTrue(h.stdout().startsWith("Usage: napi-host [options]"), h.toString());
        Scripts.Result bad = Scripts.cli(dir, TIMEOUT, "--no-such-option", "x.js");
        assertEquals(9, bad.exitCode(), bad.toString());
        assertTrue(bad.stderr().contains("bad option: --no-such-option"), bad.toString());
    }

    @Test
    void printEvaluatesAndPrintsLikeNode() throws Exception {
        Path dir = Scripts.files("x.js", "");
        Scripts.Result s = Scripts.cli(dir, TIMEOUT, "-p", "process.exitCode = 3, 'str:' + process.argv.slice(1).join(',') + ':' + __filename", "a", "--", "b");
        assertEquals(3, s.exitCode(), s.toString());
        assertEquals("str:a,--,b:[eval]\n", s.stdout(), "strings print raw; args after the code are process.argv[1..]");
    }

    /** What -e/-p run (NodeRuntime.evalMain), in this JVM: -p prints non-strings inspected. */
    @Test
    void printInspectsNonStrings() {
        var out = new java.io.ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.newBuilder().out(new java.io.PrintStream(out, true)).build()) {
            assertEquals(0, node.evalMain("({ a: 1 })", true));
        }
        assertEquals("{ a: 1 }\n", out.toString());
        out.reset();
        try (NodeRuntime node = NodeRuntime.newBuilder().out(new java.io.PrintStream(out, true)).build()) {
            assertEquals(0, node.evalMain("var x = require('path').join('a', 'b'); [__filename, module.id, typeof exports, x].join()", true));
        }
        assertEquals("[eval],[eval],object,a/b\n", out.toString());
    }

    @Test
    void scriptArgvExitHandlersAndUncaughtErrors() throws Exception {
        Path dir = Scripts.files("app.js", """
                console.log(JSON.stringify(process.argv.slice(2)), process.argv[1] === __filename);
                process.on('exit', (code) => console.log('exit', code));
                function fail() {
                  throw new Error('boom from app');
                }
                setTimeout(fail, 1);
                """);
        Scripts.Result r = Scripts.cli(dir, TIMEOUT, "--", "app.js", "one", "--two", "--", "three");
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals("[\"one\",\"--two\",\"--\",\"three\"] true\nexit 1\n", r.stdout());
        assertTrue(r.stderr().contains("Error: boom from app\n    at Timeout.fail ("), r.toString());
        assertTrue(r.stderr().contains("app.js:4:"), "file:line of the throw: " + r);
    }

    @Test
    void missingScriptIsModuleNotFound() throws Exception {
        Path dir = Scripts.files("x.js", "");
        Scripts.Result r = Scripts.cli(dir, TIMEOUT, "does-not-exist.js");
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("Cannot find module '" + dir.toRealPath().resolve("does-not-exist.js") + "'")
                || r.stderr().contains("Cannot find module '" + dir.resolve("does-not-exist.js") + "'"), r.toString());
        assertTrue(r.stderr().contains("MODULE_NOT_FOUND"), r.toString());
    }

    /** The relaunched JVM runs GraalJS's optimizing runtime: hot code gets compiled (traced by Truffle). */
    @Test
    void optimizingRuntimeCompilesHotCode() throws Exception {
        Path dir = Scripts.files("hot.js", """
                function hot(x) { let s = 0; for (let i = 0; i < 1000; i++) s += i * x; return s; }
                let t = 0;
                for (let j = 0; j < 20000; j++) t += hot(j);
                console.log(t > 0);
                """);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Forwarded to the relaunched JVM; compiling in the foreground makes the trace deterministic.
        cmd.add("-Dpolyglot.engine.TraceCompilation=true");
        cmd.add("-Dpolyglot.engine.BackgroundCompilation=false");
        cmd.add("-jar");
        cmd.add(Scripts.JAR.toString());
        cmd.add("hot.js");
        Scripts.Result r = Scripts.exec(cmd, dir, TIMEOUT, null);
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("true\n", r.stdout());
        assertFalse(r.stderr().contains("interpreter"), r.stderr());
        assertFalse(r.stderr().contains("fallback runtime"), r.stderr());
        assertTrue(r.stderr().lines().anyMatch(l -> l.contains("opt done") && l.contains(" hot ")), r.stderr());
    }

    @Test
    void forwardedJvmOptions() {
        var props = new java.util.Properties();
        props.setProperty("polyglot.engine.TraceCompilation", "true");
        props.setProperty("java.version", "25");
        props.setProperty("napihost.debug", "true");
        assertEquals(List.of("-Dnapihost.debug=true", "-Dpolyglot.engine.TraceCompilation=true", "-Xmx1g", "-Dx=y"),
                OptimizingRuntimeLauncher.forwardedOptions(props, " -Xmx1g  -Dx=y "));
    }
}
