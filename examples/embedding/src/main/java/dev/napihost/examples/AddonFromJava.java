package dev.napihost.examples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;

import dev.napihost.JsValue;
import dev.napihost.NodeRuntime;

/**
 * Calls a Node-API addon from a pool of 8 Java threads through one napi-host runtime.
 *
 * <pre>
 *   AddonFromJava crc32                  @node-rs/crc32 from npm (this project's build installs it)
 *   AddonFromJava hello PATH/hello.node  napi-host's C example addon (examples/hello)
 * </pre>
 */
public final class AddonFromJava {
    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 1000;

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "crc32";
        // The runtime's working directory is this project: require() finds node_modules here, and
        // addons may load from under it (the default allowlist).
        NodeRuntime.Builder builder = NodeRuntime.newBuilder().workingDirectory(Path.of("").toAbsolutePath());
        if (mode.equals("hello")) {
            builder.allowAddonsFrom(Path.of(args[1]).toAbsolutePath().getParent());
        }
        try (NodeRuntime node = builder.build()) {
            System.out.println("optimizing runtime: " + node.isOptimizing());
            Check check = mode.equals("hello") ? hello(node.require(Path.of(args[1]).toAbsolutePath().toString())) : crc32(node);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            long start = System.nanoTime();
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        check.call(thread, i);
                    }
                    return CALLS_PER_THREAD;
                }));
            }
            int calls = 0;
            for (Future<Integer> f : results) {
                calls += f.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %d calls from %d threads, all correct (%.0f calls/s)%n", mode, calls, THREADS, calls / seconds);
        }
    }

    /** One call into the addon, checked against what Java computes. */
    private interface Check {
        void call(int thread, int i);
    }

    private static Check hello(JsValue addon) {
        return (thread, i) -> {
            double sum = addon.invoke("add", thread, i).asDouble();
            if (sum != thread + i) {
                throw new AssertionError("add(" + thread + ", " + i + ") = " + sum);
            }
            String greeting = addon.invoke("greet", "thread " + thread).asString();
            if (!greeting.equals("Hello, thread " + thread + "! (from C)")) {
                throw new AssertionError(greeting);
            }
        };
    }

    private static Check crc32(NodeRuntime node) {
        JsValue crc = node.require("@node-rs/crc32");
        return (thread, i) -> {
            byte[] data = ("thread " + thread + " call " + i).getBytes(StandardCharsets.UTF_8);
            CRC32 expected = new CRC32();
            expected.update(data);
            long fromBuffer = crc.invoke("crc32", (Object) data).asLong();
            long fromString = crc.invoke("crc32", new String(data, StandardCharsets.UTF_8)).asLong();
            if (fromBuffer != expected.getValue() || fromString != expected.getValue()) {
                throw new AssertionError("crc32 of " + new String(data, StandardCharsets.UTF_8) + ": " + fromBuffer + "/"
                        + fromString + ", java.util.zip.CRC32 says " + expected.getValue());
            }
        };
    }
}
