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
        settle();
        int threadsBefore = liveThreads();
        int fdsBefore = openFds();
        long rssBefore = rssKb();
        long javaBefore = javaCommittedKb();
        long start = System.nanoTime();
        for (int i = 0; i < CYCLES; i++) {
            cycle(i);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        settle();
        int threadsAfter = liveThreads();
        int fdsAfter = openFds();
        long rssAfter = rssKb();
        long javaAfter = javaCommittedKb();
        // RSS also grows when the JVM commits more heap, metaspace or code cache, which it keeps:
        // what is not Java memory is native memory the runtimes (shim, addons, GraalJS) left behind.
        long nativeGrowthKb = (rssAfter - rssBefore) - (javaAfter - javaBefore);
        System.out.printf("lifecycle: %d create/use/close cycles in %.1f s (%.0f ms each); threads %d -> %d,"
                + " fds %d -> %d, RSS %d -> %d MB, JVM-committed %d -> %d MB, other native growth %d MB%n", CYCLES,
                seconds, seconds * 1000 / CYCLES, threadsBefore, threadsAfter, fdsBefore, fdsAfter, rssBefore / 1024,
                rssAfter / 1024, javaBefore / 1024, javaAfter / 1024, nativeGrowthKb / 1024);
        assertTrue(threadsAfter <= threadsBefore + 2, "threads " + threadsBefore + " -> " + threadsAfter);
        assertTrue(fdsAfter <= fdsBefore + 5, "open fds " + fdsBefore + " -> " + fdsAfter);
        // Bounded: under 0.5 MB of native memory per cycle (a runtime's handle stack alone is larger).
        assertTrue(nativeGrowthKb < CYCLES * 512L, "native memory grew by " + nativeGrowthKb / 1024 + " MB over "
                + CYCLES + " cycles (RSS " + rssBefore / 1024 + " -> " + rssAfter / 1024 + " MB)");
    }

    private static void settle() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
    }

    /** Memory the JVM itself has committed: heap and non-heap pools (metaspace, code cache). */
    private static long javaCommittedKb() {
        var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        return (memory.getHeapMemoryUsage().getCommitted() + memory.getNonHeapMemoryUsage().getCommitted()) / 1024;
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
