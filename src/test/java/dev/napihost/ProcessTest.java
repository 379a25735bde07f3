package dev.napihost;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The process object, exit codes and fatal errors, compared with Node.js where deterministic. */
class ProcessTest {
    @Test
    void propertiesMatchNode() {
        Path file = JsFixtures.copy("process-object.js");
        Scripts.Result node = Scripts.node(file, "a", "--b");
        Scripts.Result host = Scripts.runFile(file, Scripts.DEFAULT_TIMEOUT, "a", "--b");
        assertEquals(JsFixtures.stable(node.toString()), JsFixtures.stable(host.toString()));
        assertTrue(host.stdout().contains("argv rest: [\"a\",\"--b\"]"), host.toString());
        assertTrue(host.stderr().contains("(Use `node --trace-warnings ...` to show where the warning was created)"), host.toString());
    }

    @Test
    void versionsAndReport() {
        Scripts.Result r = Scripts.run("""
                console.log(process.version, process.versions.node, process.versions.napi, process.release.name);
                console.log(process.report.getReport().header.glibcVersionRuntime);
                """);
        String[] parts = r.stdout().lines().findFirst().orElseThrow().split(" ");
        assertEquals(NodeVersion.NODE, parts[0], r.toString());
        assertEquals(NodeVersion.NODE.substring(1), parts[1]);
        assertEquals(NodeVersion.NAPI, parts[2]);
        assertEquals("node", parts[3]);
        assertTrue(r.stdout().lines().skip(1).findFirst().orElseThrow().matches("\\d+\\.\\d+"), r.toString());
    }

    @Test
    void exitCodes() {
        assertEquals(0, Scripts.run("console.log('ok')").exitCode());
        assertEquals(4, Scripts.run("process.exitCode = 4").exitCode());
        Scripts.Result r = Scripts.run("""
                process.on('exit', (code) => { console.log('exit', code); process.exit(6); });
                process.on('exit', () => console.log('second listener'));
                setTimeout(() => console.log('never'), 10000);
                process.exit(5);
                console.log('never after exit');
                """);
        assertEquals(6, r.exitCode(), r.toString());
        assertEquals("exit 5\n", r.stdout(), "exit listeners run once, process.exit() inside one ends at once");
        Scripts.Result e = Scripts.run("process.on('exit', (c) => { console.log('exit', c); process.exitCode = 9; });");
        assertEquals(9, e.exitCode());
        assertEquals("exit 0\n", e.stdout());
    }

    @Test
    void uncaughtExceptionPrintsTheStackAndExits1() {
        Scripts.Result r = Scripts.run("""
                process.on('exit', (c) => console.log('exit', c));
                function thrower() {
                  const e = new Error('boom');
                  e.code = 'E_TEST';
                  throw e;
                }
                setTimeout(thrower, 1);
                """);
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals("exit 1\n", r.stdout());
        assertTrue(r.stderr().contains("Error: boom\n    at Timeout.thrower ("), r.toString());
        assertTrue(r.stderr().contains("main.js:3:"), "file:line of the error: " + r);
        assertTrue(r.stderr().contains("code: 'E_TEST'") || r.stderr().contains("code: \"E_TEST\""), r.toString());
        assertTrue(r.stderr().endsWith("\n\nNode.js " + NodeVersion.NODE + "\n"), r.toString());
    }

    @Test
    void aThrowingUncaughtExceptionListenerExits7() {
        Scripts.Result r = Scripts.run("""
                process.on('uncaughtException', () => { throw new Error('again'); });
                throw new Error('first');
                """);
        assertEquals(7, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("Error: again"), r.toString());
    }

    @Test
    void thrownPrimitiveIsPrintedLikeNode() {
        Scripts.Result r = Scripts.run("throw 'plain string';");
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("\nplain string\n(Use `node --trace-uncaught ...` to show where the exception was thrown)"), r.toString());
    }

    @Test
    void unhandledRejectionCrashesWithExit1() {
        Scripts.Result r = Scripts.run("""
                process.on('exit', (c) => console.log('exit', c));
                Promise.reject(new Error('rejected'));
                """);
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals("exit 1\n", r.stdout());
        assertTrue(r.stderr().contains("Error: rejected\n    at "), r.toString());

        Scripts.Result p = Scripts.run("Promise.reject(42);");
        assertEquals(1, p.exitCode(), p.toString());
        assertTrue(p.stderr().contains("UnhandledPromiseRejection: This error originated either by throwing inside of an async function "
                + "without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"42\"."), p.toString());
        assertTrue(p.stderr().contains("ERR_UNHANDLED_REJECTION"), p.toString());
    }

    @Test
    void rejectionsHandledInTimeOrByListenersDoNotCrash() throws Exception {
        Path dir = Scripts.files("rej.js", """
                process.on('unhandledRejection', (r, p) => console.log('unhandledRejection', r instanceof Error ? r.message : r, p instanceof Promise));
                Promise.reject(new Error('one'));
                (async () => { throw 'two'; })();
                const late = Promise.reject(new Error('handled in the same tick'));
                late.catch(() => console.log('caught in time'));
                setTimeout(() => console.log('still alive'), 5);
                """, "uncaught.js", """
                process.on('uncaughtException', (e, origin) => console.log('uncaughtException', e.message, origin));
                Promise.reject(new Error('three'));
                setTimeout(() => console.log('still alive'), 5);
                """);
        for (String name : new String[] {"rej.js", "uncaught.js"}) {
            Scripts.Result host = Scripts.runFile(dir.resolve(name), Scripts.DEFAULT_TIMEOUT);
            Scripts.Result node = Scripts.node(dir.resolve(name));
            assertEquals(node.toString(), host.toString());
            assertTrue(host.stdout().contains("still alive"));
        }
    }

    @Test
    void noDeprecationFlagSilencesDeprecations() {
        Scripts.Result r = Scripts.run("process.noDeprecation = true; process.emitWarning('old', 'DeprecationWarning'); process.emitWarning('new');");
        assertFalse(r.stderr().contains("old"), r.toString());
        assertTrue(r.stderr().contains("Warning: new"), r.toString());
    }
}
