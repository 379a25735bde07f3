package dev.napihost;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates, uses and closes runtimes in a loop and reads every memory source at even intervals, so
 * that a per-cycle leak (linear growth) can be told from caches and warm-up (a plateau). Run in a
 * JVM of its own with Native Memory Tracking ({@link #launch}), which separates what the JVM
 * allocates (heap, JIT, compiler arenas) from what native code (the shim, addons, libc) mallocs.
 *
 * <p>Prints one {@code sample cycle=N key=value...} line per reading; with {@code verbose}, also
 * which mappings and NMT categories grew between readings.
 */
final class LifecycleLeakCheck {
    private static final String COUNTER = Scripts.addon("embed_counter");

    private LifecycleLeakCheck() {
    }

    /** args: warm-up cycles, measured cycles, cycles between readings, optional "verbose". */
    public static void main(String[] args) throws Exception {
        int warmup = Integer.parseInt(args[0]);
        int cycles = Integer.parseInt(args[1]);
        int every = Integer.parseInt(args[2]);
        boolean verbose = args.length > 3 && args[3].equals("verbose");
        long start = System.nanoTime();
        for (int i = 0; i < warmup; i++) {
            cycle(i);
        }
        System.out.printf("warm-up: %d cycles in %.1f s%n", warmup, (System.nanoTime() - start) / 1e9);
        ProcessMemory.settle();
        Map<String, long[]> smaps = verbose ? ProcessMemory.smapsByKind() : null;
        Map<String, Long> nmt = ProcessMemory.nmtCategories();
        print(0, ProcessMemory.sample());
        start = System.nanoTime();
        for (int i = 1; i <= cycles; i++) {
            cycle(i);
            if (i % every == 0) {
                ProcessMemory.settle();
                print(i, ProcessMemory.sample());
                if (verbose) {
                    Map<String, long[]> nowSmaps = ProcessMemory.smapsByKind();
                    Map<String, Long> nowNmt = ProcessMemory.nmtCategories();
                    System.out.print(ProcessMemory.smapsGrowth(smaps, nowSmaps, 6));
                    System.out.println("  NMT committed growth: " + growth(nmt, nowNmt));
                    smaps = nowSmaps;
                    nmt = nowNmt;
                }
            }
        }
        System.out.printf("measured: %d cycles in %.1f s (%.0f ms each)%n", cycles, (System.nanoTime() - start) / 1e9,
                (System.nanoTime() - start) / 1e6 / cycles);
    }

    private static void print(int cycle, ProcessMemory.Sample s) {
        System.out.printf("sample cycle=%d rss=%d vmSize=%d javaCommitted=%d nmtCommitted=%d mallocInUse=%d"
                        + " untrackedMalloc=%d jvmMallocBlocks=%d heapUsed=%d codeUsed=%d metaspaceUsed=%d mappings=%d"
                        + " threads=%d osThreads=%d fds=%d%n", cycle, s.rssKb(), s.vmSizeKb(), s.javaCommittedKb(),
                s.nmtCommittedKb(), s.mallocInUseKb(), s.untrackedMallocKb(), s.nmtMallocBlocks(), s.heapUsedKb(), s.codeUsedKb(), s.metaspaceUsedKb(), s.mappings(), s.threads(), s.osThreads(), s.fds());
    }

    private static String growth(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder s = new StringBuilder();
        for (var e : after.entrySet()) {
            long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            if (Math.abs(d) >= 256) {
                s.append(e.getKey()).append(String.format(" %+d KB; ", d));
            }
        }
        return s.toString();
    }

    private static void cycle(int i) {
        try (NodeRuntime rt = NodeRuntime.newBuilder().allowAddonsFrom(Scripts.TEST_ADDONS).build()) {
            JsValue addon = rt.require(COUNTER);
            check(addon.invoke("increment").asInt() == 1, "a new runtime's counter starts at 1");
            check(addon.invoke("add", i, 0.5).asDouble() == i + 0.5, "add(" + i + ", 0.5)");
            // A timer still pending at close: close must cancel it and end the loop anyway.
            rt.eval("setTimeout(() => {}, 60e3)");
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }

    /**
     * The command that runs {@link #main} in a new JVM like this one (same JVM options, module
     * path and class path) plus Native Memory Tracking.
     */
    static List<String> launch(String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-XX:NativeMemoryTracking")) {
                command.add(option);
            }
        }
        command.add("-XX:NativeMemoryTracking=summary");
        // A fixed heap, resident from the start: G1 growing or shrinking it (and the bookkeeping it
        // mallocs per region) would otherwise move RSS, NMT and the mapping count by more than a leak.
        command.add("-Xms512m");
        command.add("-Xmx512m");
        command.add("-XX:+AlwaysPreTouch");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LifecycleLeakCheck.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** The "sample" lines of main's output, each as key -> value. */
    static List<Map<String, Long>> samples(String output) {
        List<Map<String, Long>> samples = new ArrayList<>();
        for (String line : output.lines().toList()) {
            if (line.startsWith("sample ")) {
                Map<String, Long> values = new LinkedHashMap<>();
                for (String pair : line.substring(7).split(" ")) {
                    int eq = pair.indexOf('=');
                    values.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
                }
                samples.add(values);
            }
        }
        return samples;
    }

    /** Least-squares slope of key over cycle: KB (or count) per cycle. */
    static double slope(List<Map<String, Long>> samples, String key) {
        double n = samples.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Map<String, Long> s : samples) {
            double x = s.get("cycle");
            double y = s.get(key);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }
}
