package dev.napihost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 5's cgo scenarios 3, 4, 7 and 9, each a script in cgo-fixtures/ that prints the same under
 * Node and napi-host, for the four builds (Go 1.19 and 1.23, c-archive and c-shared). Every build
 * runs in its own napi-host process (several Go runtimes in one process are not supported,
 * docs/cgo.md). What the scripts print is the assertion; where Node's own facts differ from what
 * napi-host must guarantee, the script prints only the guarantee (e.g. pool threads: stack >= 8 MB).
 */
class CgoScenariosTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private static Path addon(String go, String form, String fixture) {
        Path addon = CgoBasicTest.FIXTURES.resolve("go" + go).resolve(form).resolve(fixture + ".node");
        assertTrue(Files.exists(addon), "missing " + addon + " (the Maven build makes it with make -C cgo-fixtures)");
        return addon;
    }

    /** Runs cgo-fixtures/<fixture>/<script> under node and napi-host; asserts equal stdout; returns napi-host's result. */
    private static Scripts.Result sameAsNode(String fixture, String script, String... args) {
        Path file = Path.of("cgo-fixtures", fixture, script).toAbsolutePath();
        Scripts.Result node = Scripts.node(file, args);
        assertEquals(0, node.exitCode(), "node itself failed: " + node);
        List<String> cli = new ArrayList<>(List.of(file.toString()));
        cli.addAll(List.of(args));
        Scripts.Result ours = Scripts.cli(file.getParent(), TIMEOUT, cli.toArray(String[]::new));
        assertEquals(0, ours.exitCode(), ours.toString());
        assertEquals(node.stdout(), ours.stdout(), "stdout differs from Node's for " + file + "\n" + ours.stderr());
        return ours;
    }

    /**
     * Scenario 3: Go calls back into JS several times while on the stack; JS -> Go -> JS -> Go nests
     * four Go frames deep, and 15 (Go 1.19) or 30 (Go 1.23) in one case; an exception thrown by the
     * innermost JS reaches the outer JS as the same object, and a middle level can catch it and let
     * Go go on. Go 1.19 gives itself 32 KB of C stack on a thread it did not create; the nesting fits
     * because addon code runs on the JS thread's native stack (docs/cgo.md, NativeStackTest).
     */
    @ParameterizedTest(name = "Go {0}, {1}")
    @CsvSource({"1.19, archive", "1.19, shared", "1.23, archive", "1.23, shared"})
    void goCallsBackIntoJsAndExceptionsSurface(String go, String form) {
        sameAsNode("reentry", "reentry.js", addon(go, form, "reentry").toString());
    }

    /**
     * Scenario 4: 1,000 async works in flight, each execute calling Go (which starts goroutines) on a
     * pool thread with at least an 8 MB stack and no blocked signal, before and after Go ran there.
     */
    @ParameterizedTest(name = "Go {0}, {1}")
    @CsvSource({"1.19, archive", "1.19, shared", "1.23, archive", "1.23, shared"})
    void asyncWorkCallsGoOnCleanPoolThreads(String go, String form) {
        Scripts.Result ours = sameAsNode("work", "pool.js", addon(go, form, "work").toString());
        assertTrue(ours.stdout().contains("pool thread stacks at least 8 MB true\n"), ours.stdout());
        assertTrue(ours.stdout().contains("pool thread SigBlk before and after Go 0000000000000000\n"), ours.stdout());
    }

    /**
     * Scenario 7: two seconds of CPU in five goroutines inside a synchronous Go call; timers and
     * async-work completions wait, then run in Node's order (the expired timers, then the
     * completions, then immediates).
     */
    @ParameterizedTest(name = "Go {0}, {1}")
    @CsvSource({"1.19, archive", "1.19, shared", "1.23, archive", "1.23, shared"})
    void timersAndCompletionsWaitForALongGoCall(String go, String form) {
        Scripts.Result ours = sameAsNode("work", "longcall.js", addon(go, form, "work").toString());
        assertTrue(ours.stdout().contains("events during the call 0\n"), ours.stdout());
    }

    /**
     * Scenario 9: a Go error (also one recovered from a Go runtime panic) becomes a JS Error with
     * its message; for c-shared builds, a copy of the addon without its Go library fails require
     * with ERR_DLOPEN_FAILED and napi-host's message names the addon and the missing library.
     */
    @ParameterizedTest(name = "Go {0}, {1}")
    @CsvSource({"1.19, archive", "1.19, shared", "1.23, archive", "1.23, shared"})
    void goErrorsBecomeJsExceptions(String go, String form) throws IOException {
        Path addon = addon(go, form, "errors");
        if (form.equals("archive")) {
            sameAsNode("errors", "errors.js", addon.toString());
            return;
        }
        Path lonely = Files.createTempDirectory("napihost-lonely").resolve("errors.node");
        Files.copy(addon, lonely);
        Scripts.Result ours = sameAsNode("errors", "errors.js", addon.toString(), lonely.toString());
        assertTrue(ours.stdout().contains("addon without its Go library: code ERR_DLOPEN_FAILED message names liberrors.so true"),
                ours.stdout());
        assertTrue(ours.stderr().contains("missing-library message: " + lonely
                + ": the addon needs the shared library liberrors.so, which was not found"), ours.stderr());
    }

    /**
     * Scenario 5: a threadsafe function fed by 100 goroutines x 1,000 calls, blocking with a queue of
     * 4 (backpressure) and non-blocking with a queue of 8 (napi_queue_full answered by retrying):
     * nothing lost, per-goroutine order kept, every goroutine releases from Go, both finalize.
     */
    @ParameterizedTest(name = "Go {0}, {1}")
    @CsvSource({"1.19, archive", "1.19, shared", "1.23, archive", "1.23, shared"})
    void goroutinesFeedAThreadsafeFunction(String go, String form) {
        Scripts.Result ours = sameAsNode("tsfn", "feed.js", addon(go, form, "tsfn").toString());
        assertTrue(ours.stdout().contains("received 100000 of 100000, out of order 0, every goroutine finished true"), ours.stdout());
        assertTrue(ours.stdout().contains("finalized both"), ours.stdout());
    }

    /**
     * Scenario 6: goroutines locked to their own OS threads (runtime.LockOSThread) call the
     * threadsafe function while the JS thread runs hot, compiled code that leaves garbage for the
     * JVM's collector: Go's signals and the JVM's coexist, every call arrives in order.
     */
    @ParameterizedTest(name = "Go {0}, {1}")
    @CsvSource({"1.19, archive", "1.19, shared", "1.23, archive", "1.23, shared"})
    void lockedGoThreadsCallInWhileJsRunsHot(String go, String form) {
        sameAsNode("tsfn", "hot.js", addon(go, form, "tsfn").toString());
    }

    /**
     * Scenario 8: exit while goroutines still call an unref'd threadsafe function: natural exit
     * (code 5 from process.exitCode) and process.exit(7) from a delivery both end within 5 s of the
     * script's start with the right code, and the environment cleanup hook runs (napi-host runs it
     * on process.exit() too, like a Node worker; Node's main thread skips it there).
     */
    @ParameterizedTest(name = "Go {0}, {1}")
    @CsvSource({"1.19, archive", "1.23, shared"})
    void exitWhileGoroutinesRun(String go, String form) throws IOException {
        Path launcher = Files.createTempDirectory("napihost-launcher").resolve("napi-host");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -jar '" + Scripts.JAR + "' \"$@\"\n");
        assertTrue(launcher.toFile().setExecutable(true));
        Path check = Path.of("cgo-fixtures", "tsfn", "exit-check.js").toAbsolutePath();
        Scripts.Result r = Scripts.node(check, addon(go, form, "tsfn").toString(), launcher.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("natural: exit code 5 (want 5), signal null, cleanup hook ran true, exit event true, within 5 s true"), r.toString());
        assertTrue(r.stdout().contains("exit: exit code 7 (want 7), signal null, cleanup hook ran true, exit event true, within 5 s true"), r.toString());
    }
}
