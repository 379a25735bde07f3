package dev.napihost;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Environment and lifecycle (shim/src/environment.c): cleanup hooks and their order at exit,
 * napi_get_uv_event_loop, napi_get_node_version, node_api_get_module_file_name, napi_fatal_error
 * and napi_fatal_exception. The hooks cannot run JS, so they log to a file (src/test/addons/napi_env.c).
 */
class NapiEnvironmentTest {
    static final Path ENV_JS = NapiBasicsTest.SCRIPTS.resolve("env.js");
    static final Path FACTS_JS = NapiBasicsTest.SCRIPTS.resolve("env_facts.js");
    static final String ADDON = Scripts.addon("napi_env");
    /** Generous: the shared 2-core test machine is often heavily loaded. */
    static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final String INSTANCE_DATA_LINE = "instance data finalized\n";

    private static Scripts.Result run(String code) throws IOException {
        return Scripts.runFile(Scripts.files("main.js", code).resolve("main.js"), TIMEOUT);
    }

    private static Path log() throws IOException {
        return Files.createTempFile("napihost-env", ".log");
    }

    /**
     * The hooks' log under napi-host must equal Node's. Node logs the instance-data finalizer last;
     * where napi_set_instance_data is not provided yet (the test addon says so), that line is
     * left out of the comparison.
     */
    private static void assertSameLog(String node, String ours) {
        if (!ours.contains(INSTANCE_DATA_LINE)) {
            node = node.replace(INSTANCE_DATA_LINE, "");
        }
        assertEquals(node, ours, "cleanup hooks ran in a different order than in Node");
    }

    @Test
    void cleanupHooksRunInNodesOrderAtTheEndOfTheLoop() throws IOException {
        for (String how : List.of("normal", "exitCode")) {
            Path nodeLog = log();
            Path ourLog = log();
            Scripts.Result node = Scripts.node(ENV_JS, ADDON, nodeLog.toString(), how);
            Scripts.Result ours = Scripts.runFile(ENV_JS, TIMEOUT, ADDON, ourLog.toString(), how);
            assertEquals(node.exitCode(), ours.exitCode(), ours.toString());
            assertEquals(node.stdout(), ours.stdout());
            String expected = Files.readString(nodeLog);
            // Reverse registration order, sync and async interleaved; a hook added during cleanup and
            // the async hook that finishes on another thread: the pass waits for it first.
            assertTrue(expected.startsWith("cleanup last\nasync cleanup async-from-thread\ncleanup adds-another\n"), expected);
            assertSameLog(expected, Files.readString(ourLog));
        }
    }

    /**
     * Node's main thread skips cleanup hooks at process.exit(); a napi-host runtime is torn down like
     * a Worker's environment (the JVM goes on), so its hooks run, in the same order as at a normal end.
     */
    @Test
    void cleanupHooksRunAtProcessExitAndUncaughtExceptions() throws IOException {
        Path nodeLog = log();
        Scripts.node(ENV_JS, ADDON, nodeLog.toString(), "normal");
        String expected = Files.readString(nodeLog);
        for (String how : List.of("exit", "throw")) {
            Path ourLog = log();
            Scripts.Result ours = Scripts.runFile(ENV_JS, TIMEOUT, ADDON, ourLog.toString(), how);
            assertEquals(how.equals("exit") ? 3 : 1, ours.exitCode(), ours.toString());
            assertTrue(ours.stdout().contains("exit event " + ours.exitCode()), ours.stdout());
            assertSameLog(expected, Files.readString(ourLog));
        }
    }

    @Test
    void cleanupHooksRunWhenTheEmbedderClosesTheRuntime() throws Exception {
        Path ourLog = log();
        Path script = Scripts.files("main.js", "const a = require(" + Scripts.js(ADDON) + ");\n"
                + "a.setLog(" + Scripts.js(ourLog.toString()) + ");\n"
                + "a.addHook('first');\n"
                + "a.addAsyncHook('async', 1);\n"
                + "a.addHook('last');\n"
                + "setInterval(() => {}, 1000);\n"
                + "console.log('ready');\n").resolve("main.js");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NodeRuntime node = NodeRuntime.newBuilder().workingDirectory(script.getParent()).allowAddonsFrom(Path.of(ADDON).getParent())
                .out(new PrintStream(out, true, StandardCharsets.UTF_8)).build();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> node.runMain(script));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!out.toString(StandardCharsets.UTF_8).contains("ready") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("ready"), "the script did not start");
        node.close();
        exit.get(30, TimeUnit.SECONDS);
        assertEquals("cleanup last\nasync cleanup async\ncleanup first\nasync done async\n", Files.readString(ourLog));
    }

    @Test
    void anAsyncHookThatNeverFinishesDoesNotHangExit() throws IOException {
        Path ourLog = log();
        System.setProperty("napihost.asyncCleanupTimeoutMs", "300");
        try {
            long t0 = System.nanoTime();
            Scripts.Result ours = run("const a = require(" + Scripts.js(ADDON) + ");\n"
                    + "a.setLog(" + Scripts.js(ourLog.toString()) + ");\n"
                    + "a.addHook('before');\n"
                    + "a.addAsyncHook('stuck', 2);\n"
                    + "process.exitCode = 4;\n");
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertEquals(4, ours.exitCode(), ours.toString());
            assertTrue(ms < 20_000, "exit took " + ms + " ms");
            assertEquals("async cleanup stuck\ncleanup before\n", Files.readString(ourLog));
        } finally {
            System.clearProperty("napihost.asyncCleanupTimeoutMs");
        }
    }

    @Test
    void environmentFactsAndHandledFatalExceptionsMatchNode() {
        String out = NodeParity.assertSameStdout(FACTS_JS, TIMEOUT, ADDON);
        assertTrue(out.contains("uv loop stable and non-null true"), out);
        assertTrue(out.contains("node version matches process.version true"), out);
        assertTrue(out.contains("module file name is its file URL true"), out);
    }

    @Test
    void anUnhandledFatalExceptionEndsTheProcessAsInNode() {
        Scripts.Result node = Scripts.node(FACTS_JS, ADDON, "unhandled");
        Scripts.Result ours = Scripts.runFile(FACTS_JS, TIMEOUT, ADDON, "unhandled");
        assertEquals(1, node.exitCode());
        assertEquals(node.exitCode(), ours.exitCode(), ours.toString());
        assertEquals(node.stdout(), ours.stdout());
        assertTrue(ours.stderr().contains("Error: nobody listens"), ours.stderr());
        assertTrue(!ours.stdout().contains("not reached"));
    }

    @Test
    void aFatalExceptionWhoseListenerThrowsExitsWithSevenAsInNode() {
        Scripts.Result node = Scripts.node(FACTS_JS, ADDON, "listenerThrows");
        Scripts.Result ours = Scripts.runFile(FACTS_JS, TIMEOUT, ADDON, "listenerThrows");
        assertEquals(7, node.exitCode());
        assertEquals(node.exitCode(), ours.exitCode(), ours.toString());
        assertEquals(node.stdout(), ours.stdout());
        assertTrue(ours.stderr().contains("the listener threw"), ours.stderr());
    }

    /** napi-host has no libuv: an addon calling uv_* fails to load, and the error names the symbol. */
    @Test
    void anAddonCallingLibuvFailsToLoadNamingTheSymbol() throws IOException {
        Scripts.Result ours = run("try { require(" + Scripts.js(Scripts.addon("uses_libuv")) + "); }"
                + " catch (e) { console.log(e.code, e.message); }");
        assertTrue(ours.stdout().startsWith("ERR_DLOPEN_FAILED "), ours.toString());
        assertTrue(ours.stdout().contains("calls libuv's uv_mutex_init, which napi-host does not provide"), ours.stdout());
    }

    /** napi_fatal_error prints Node's "FATAL ERROR: location message" and aborts: SIGABRT, 134. */
    @Test
    void fatalErrorPrintsNodesMessageAndAborts() throws IOException {
        Path dir = Scripts.files("main.js", "console.log('before');\nrequire(" + Scripts.js(ADDON)
                + ").fatalError('the place', 'the message');\nconsole.log('not reached');\n");
        Scripts.Result node = Scripts.exec(List.of("node", "main.js"), dir, Scripts.DEFAULT_TIMEOUT, null);
        Scripts.Result ours = Scripts.cli(dir, TIMEOUT, "main.js");
        assertEquals(134, node.exitCode());
        assertEquals(node.exitCode(), ours.exitCode(), ours.toString());
        assertEquals("before\n", ours.stdout());
        assertTrue(node.stderr().startsWith("FATAL ERROR: the place the message\n"), node.stderr());
        assertTrue(ours.stderr().startsWith("FATAL ERROR: the place the message\n"), ours.stderr());
    }
}
