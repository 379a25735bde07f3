package dev.napihost;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * bench/embedding: calls per second of an addon function ({@code add} of bench/addon) invoked from
 * Java through the embedding API, and how that scales from 1 to 4 runtimes. Reports, asserts
 * nothing. Arguments: the addon path, then optionally the seconds measured per case (default 3)
 * and the seconds of warm-up before each (default 5: GraalJS compiles the call path meanwhile; on a
 * loaded machine it needs longer).
 */
public final class EmbeddingBench {
    private static double warmupSeconds;

    private EmbeddingBench() {
    }

    public static void main(String[] args) throws Exception {
        Path addon = Path.of(args[0]).toAbsolutePath();
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        warmupSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        System.out.printf("embedding bench: %s, %d cores, optimizing runtime per runtime below%n", addon,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-58s %12s%n", "case", "calls/s");
        try (NodeRuntime node = runtime(addon)) {
            JsValue exports = node.require(addon.toString());
            System.out.println("optimizing runtime: " + node.isOptimizing());
            report("1 runtime, 1 Java thread, blocking invoke", measure(seconds, 1, t -> blocking(exports)));
            report("1 runtime, 8 Java threads, blocking invoke", measure(seconds, 8, t -> blocking(exports)));
            report("1 runtime, 1 Java thread, invokeAsync (256 in flight)", measure(seconds, 1, t -> pipelined(exports)));
            JsValue loop = node.eval("(addon) => (n) => { let acc = 0; for (let i = 0; i < n; i++) acc = addon.add(i & 0xffff, acc & 0xffff); return acc; }")
                    .call(exports);
            report("1 runtime, 1 Java thread, 1000 addon calls per JS call", measure(seconds, 1, t -> () -> {
                loop.call(1000);
                return 1000;
            }));
        }
        for (int runtimes : new int[] {1, 2, 4}) {
            List<NodeRuntime> rts = new ArrayList<>();
            List<JsValue> exports = new ArrayList<>();
            for (int i = 0; i < runtimes; i++) {
                NodeRuntime rt = runtime(addon);
                rts.add(rt);
                exports.add(rt.require(addon.toString()));
            }
            try {
                report(runtimes + " runtime(s), 2 Java threads each, blocking invoke",
                        measure(seconds, runtimes * 2, t -> blocking(exports.get(t % runtimes))));
            } finally {
                for (NodeRuntime rt : rts) {
                    rt.close();
                }
            }
        }
    }

    private static NodeRuntime runtime(Path addon) {
        return NodeRuntime.newBuilder().allowAddonsFrom(addon.getParent()).build();
    }

    private interface Caller {
        /** Makes some calls; returns how many. */
        long call() throws Exception;
    }

    private interface CallerFactory {
        Caller forThread(int t);
    }

    private static Caller blocking(JsValue exports) {
        int[] i = {0};
        return () -> {
            exports.invoke("add", i[0]++ & 0xffff, 1).asInt();
            return 1;
        };
    }

    private static Caller pipelined(JsValue exports) {
        return () -> {
            List<CompletableFuture<JsValue>> window = new ArrayList<>(256);
            for (int i = 0; i < 256; i++) {
                window.add(exports.invokeAsync("add", i, 1));
            }
            for (CompletableFuture<JsValue> f : window) {
                f.join();
            }
            return 256;
        };
    }

    /** Warms up, then counts calls of all threads for the given time. */
    private static double measure(double seconds, int threads, CallerFactory factory) throws Exception {
        LongAdder calls = new LongAdder();
        AtomicBoolean counting = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(threads);
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Caller caller = factory.forThread(t);
            started.add(Thread.ofPlatform().start(() -> {
                try {
                    while (!stop.get()) {
                        long n = caller.call();
                        if (counting.get()) {
                            calls.add(n);
                        }
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            }));
        }
        Thread.sleep((long) (warmupSeconds * 1000));
        counting.set(true);
        long start = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        counting.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        done.await();
        return calls.sum() / elapsed;
    }

    private static void report(String name, double callsPerSecond) {
        System.out.printf("%-58s %12.0f%n", name, callsPerSecond);
    }
}
