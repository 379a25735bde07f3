package dev.napihost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several runtimes in one JVM, and runtimes created and closed repeatedly without leaks. */
class RuntimeLifecycleTest {
    private static final String COUNTER = Scripts.addon("embed_counter");
    private static final int CYCLES = Integer.getInteger("napihost.lifecycleCycles", 200);

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void fourRuntimesInParallelEachLoadTheSameAddon() {
        int runtimes = 4;
        int calls = 2000;
        List<CompletableFuture<long[]>> results = new ArrayList<>();
        for (int r = 0; r < runtimes; r++) {
            results.add(CompletableFuture.supplyAsync(() -> {
                try (NodeRuntime rt = NodeRuntime.newBuilder().allowAddonsFrom(Scripts.TEST_ADDONS).build()) {
                    JsValue addon = rt.require(COUNTER);
                    long last = 0;
                    for (int i = 0; i < calls; i++) {
                        last = addon.invoke("increment").asLong();
                    }
                    // require() again in the same runtime: the cached exports, not a second init.
                    long again = rt.require(COUNTER).invoke("increment").asLong();
                    return new long[] {last, again, Thread.currentThread().threadId()};
                }
            }, CompletableFuture.delayedExecutor(0, TimeUnit.MILLISECONDS, Thread::startVirtualThread)));
        }
        for (CompletableFuture<long[]> f : results) {
            long[] r = f.join();
            assertEquals(calls, r[0], "each runtime's environment has its own counter");
            assertEquals(calls + 1, r[1]);
        }
    }

    @Test
    @Timeout(value = 1800, unit = TimeUnit.SECONDS)
    void createAndCloseRepeatedlyWithoutLeaks() throws Exception {
        // Warm up: the shim, the shared engine, the worker pool and JIT'd host code exist from here on.
        for (int i = 0; i < 5; i++) {
            cycle(i);
        }
        System.gc();
        int threadsBefore = liveThreads();
        int fdsBefore = openFds();
        long rssBefore = rssKb();
        long start = System.nanoTime();
        for (int i = 0; i < CYCLES; i++) {
            cycle(i);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        Thread.sleep(200);
        int threadsAfter = liveThreads();
        int fdsAfter = openFds();
        long rssAfter = rssKb();
        System.out.printf("lifecycle: %d create/use/close cycles in %.1f s (%.0f ms each); threads %d -> %d,"
                + " fds %d -> %d, RSS %d -> %d MB%n", CYCLES, seconds, seconds * 1000 / CYCLES, threadsBefore,
                threadsAfter, fdsBefore, fdsAfter, rssBefore / 1024, rssAfter / 1024);
        assertTrue(threadsAfter <= threadsBefore + 2, "threads " + threadsBefore + " -> " + threadsAfter);
        assertTrue(fdsAfter <= fdsBefore + 5, "open fds " + fdsBefore + " -> " + fdsAfter);
        assertTrue(rssAfter - rssBefore < 256 * 1024, "RSS grew from " + rssBefore / 1024 + " MB to " + rssAfter / 1024 + " MB");
    }

    private static void cycle(int i) {
        try (NodeRuntime rt = NodeRuntime.newBuilder().allowAddonsFrom(Scripts.TEST_ADDONS).build()) {
            JsValue addon = rt.require(COUNTER);
            assertEquals(1, addon.invoke("increment").asInt());
            assertEquals(i + 0.5, addon.invoke("add", i, 0.5).asDouble());
            rt.eval("setTimeout(() => {}, 60e3)");
        }
    }

    private static int liveThreads() {
        return Thread.getAllStackTraces().size();
    }

    private static int openFds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return (int) s.count();
        }
    }

    private static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }
}
