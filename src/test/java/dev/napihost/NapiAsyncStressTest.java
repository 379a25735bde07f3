package dev.napihost;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Async work under load and at exit (src/test/addons/napi_async_stress.c). */
class NapiAsyncStressTest {
    private static final String ADDON = Scripts.addon("napi_async_stress");

    /** 10,000 items, a third cancelled while queued: every item completes once, with the right status. */
    @Test
    void tenThousandWorkItemsWithCancellations() {
        String out = NodeParity.assertSameStdout(NapiBasicsTest.SCRIPTS.resolve("async_stress.js"),
                Duration.ofSeconds(180), ADDON);
        assertTrue(!out.contains("false"), out);
        assertTrue(out.contains("other statuses 0 wrong results 0"), out);
    }

    /**
     * process.exit() or an uncaught exception while work is queued: the exit code is Node's, the
     * process does not wait for the queue (20 items of 300 ms on 4 threads), the cleanup hook runs
     * and no completion runs afterwards.
     */
    @Test
    void exitWhileWorkIsQueued() throws Exception {
        Path script = NapiBasicsTest.SCRIPTS.resolve("async_exit.js");
        for (String how : List.of("exit", "throw")) {
            Path nodeLog = Files.createTempFile("napihost-async-exit", ".log");
            Path ourLog = Files.createTempFile("napihost-async-exit", ".log");
            Scripts.Result node = Scripts.node(script, ADDON, nodeLog.toString(), how);
            long t0 = System.nanoTime();
            Scripts.Result ours = Scripts.runFile(script, NapiEnvironmentTest.TIMEOUT, ADDON, ourLog.toString(), how);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertEquals(how.equals("exit") ? 6 : 1, node.exitCode());
            assertEquals(node.exitCode(), ours.exitCode(), ours.toString());
            assertEquals(node.stdout(), ours.stdout());
            assertTrue(ms < 120_000, how + ": exit took " + ms + " ms");
            // Unlike Node's main thread (which skips cleanup hooks at process.exit), the hook runs.
            assertEquals("cleanup hook ran\n", Files.readString(ourLog));
            Thread.sleep(200);
            assertEquals("cleanup hook ran\n", Files.readString(ourLog), "a completion ran after exit");
        }
    }
}
