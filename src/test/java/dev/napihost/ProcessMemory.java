package dev.napihost;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.invoke.MethodHandle;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.management.ObjectName;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * This process's memory, seen from the sources that tell a leak from a cache: the kernel (RSS,
 * mappings), glibc malloc (bytes in use, not what its arenas keep), and the JVM's own accounting
 * (committed heap and non-heap pools; Native Memory Tracking when the JVM runs with it).
 */
final class ProcessMemory {
    private ProcessMemory() {
    }

    /** One reading of every source: memory in KB, NMT's count of the JVM's malloc'd blocks, counts. */
    record Sample(long rssKb, long vmSizeKb, long mallocInUseKb, long javaCommittedKb, long nmtCommittedKb,
                  long nmtMallocKb,
                  long nmtMallocBlocks, long heapUsedKb, long codeUsedKb, long metaspaceUsedKb, int mappings,
                  int threads, int osThreads, int fds) {
        /**
         * malloc'd KB in use beyond what NMT says the JVM asked for: what the shim, addons and libc
         * malloc'd, plus the per-block overhead of the JVM's own blocks (NMT's header, malloc's
         * chunk header and rounding), which moves with the JVM's block count. Needs NMT.
         */
        long untrackedMallocKb() {
            return nmtMallocKb < 0 ? -1 : mallocInUseKb - nmtMallocKb;
        }
    }

    static Sample sample() throws IOException {
        Map<String, Long> status = status();
        // The JVM's compiler threads malloc and free meanwhile: of three (NMT, mallinfo) readings,
        // the median difference.
        long[][] readings = new long[3][];
        for (int i = 0; i < readings.length; i++) {
            String nmt = nmtSummary();
            long[] malloc = mallinfo2();
            long nmtMalloc = firstNumber(NMT_MALLOC, nmt);
            long inUse = (malloc[7] + malloc[4]) / 1024;
            readings[i] = new long[] {nmtMalloc < 0 ? 0 : inUse - nmtMalloc, inUse, firstNumber(NMT_TOTAL, nmt),
                    nmtMalloc, firstNumber(NMT_MALLOC_BLOCKS, nmt)};
        }
        Arrays.sort(readings, Comparator.comparingLong(r -> r[0]));
        long[] r = readings[1];
        return new Sample(status.get("VmRSS"), status.get("VmSize"), r[1], javaCommittedKb(), r[2], r[3], r[4],
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024, poolUsedKb("CodeHeap"),
                poolUsedKb("Metaspace"), mappingCount(), Thread.getAllStackTraces().size(), osThreads(), openFds());
    }

    /**
     * Runs the collectors a few times so that garbage (and the native memory it holds) is gone,
     * then has malloc return its free memory to the system, so RSS shows what is in use.
     */
    static void settle() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        mallocTrim();
    }

    private static MethodHandle mallocTrim;

    static synchronized void mallocTrim() {
        try {
            if (mallocTrim == null) {
                Linker linker = Linker.nativeLinker();
                mallocTrim = linker.downcallHandle(linker.defaultLookup().find("malloc_trim").orElseThrow(),
                        FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
            }
            int released = (int) mallocTrim.invokeExact(0L);
            assert released >= 0;
        } catch (Throwable t) {
            throw new IllegalStateException("cannot call glibc's malloc_trim", t);
        }
    }

    /** Memory the JVM itself has committed: heap and non-heap pools (metaspace, code cache). */
    static long javaCommittedKb() {
        var memory = ManagementFactory.getMemoryMXBean();
        return (memory.getHeapMemoryUsage().getCommitted() + memory.getNonHeapMemoryUsage().getCommitted()) / 1024;
    }

    private static long poolUsedKb(String prefix) {
        long used = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().startsWith(prefix)) {
                used += pool.getUsage().getUsed();
            }
        }
        return used / 1024;
    }

    /** Threads of this process as the kernel counts them: Java threads and native ones. */
    static int osThreads() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("Threads:")) {
                return Integer.parseInt(line.substring(8).trim());
            }
        }
        return -1;
    }

    static int openFds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return (int) s.count();
        }
    }

    static int mappingCount() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/maps")).size();
    }

    private static Map<String, Long> status() throws IOException {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            int colon = line.indexOf(':');
            if (line.endsWith(" kB") && colon > 0) {
                values.put(line.substring(0, colon), Long.parseLong(line.replaceAll("[^0-9]", "")));
            }
        }
        return values;
    }

    private static MethodHandle mallinfo2;

    /**
     * glibc's struct mallinfo2 (ten size_t fields): [4] hblkhd bytes in mmap'd chunks, [7]
     * uordblks bytes in use in the arenas. In use = uordblks + hblkhd, over all arenas.
     */
    static synchronized long[] mallinfo2() {
        try {
            Linker linker = Linker.nativeLinker();
            if (mallinfo2 == null) {
                MemorySegment f = linker.defaultLookup().find("mallinfo2").orElseThrow();
                mallinfo2 = linker.downcallHandle(f, FunctionDescriptor.of(
                        MemoryLayout.structLayout(MemoryLayout.sequenceLayout(10, JAVA_LONG))));
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment out = (MemorySegment) mallinfo2.invokeExact((SegmentAllocator) arena);
                return out.toArray(JAVA_LONG);
            }
        } catch (Throwable t) {
            throw new IllegalStateException("cannot call glibc's mallinfo2", t);
        }
    }

    private static final Pattern NMT_TOTAL = Pattern.compile("Total: reserved=\\d+KB, committed=(\\d+)KB");
    private static final Pattern NMT_MALLOC = Pattern.compile("Total: .*\\n\\s*malloc: (\\d+)KB");
    private static final Pattern NMT_MALLOC_BLOCKS = Pattern.compile("Total: .*\\n\\s*malloc: \\d+KB #(\\d+)");

    /** The first group of the pattern's first match in text, or -1 (no NMT: the JVM runs without it). */
    private static long firstNumber(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** NMT's committed KB per category ("Java Heap", "Thread", "Other", ...); empty without NMT. */
    static Map<String, Long> nmtCategories() {
        Map<String, Long> categories = new TreeMap<>();
        Matcher m = Pattern.compile("-\\s+([A-Za-z ]+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)").matcher(nmtSummary());
        while (m.find()) {
            categories.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return categories;
    }

    static String nmtSummary() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()});
            return String.valueOf(text);
        } catch (Exception e) {
            return "";
        }
    }

    /**
     * Resident KB of /proc/self/smaps grouped by what each mapping is: [heap], [stack], a file's
     * name, or for anonymous mappings their size class (thread stacks are 8 MB + a guard page).
     */
    private static final Pattern MAPPING = Pattern.compile("[0-9a-f]+-[0-9a-f]+ ");

    static Map<String, long[]> smapsByKind() throws IOException {
        Map<String, long[]> kinds = new TreeMap<>();
        List<String> lines = Files.readAllLines(Path.of("/proc/self/smaps"));
        String kind = null;
        for (String line : lines) {
            if (MAPPING.matcher(line).lookingAt()) {
                String[] f = line.trim().split("\\s+", 6);
                String[] range = f[0].split("-");
                long sizeKb = (Long.parseUnsignedLong(range[1], 16) - Long.parseUnsignedLong(range[0], 16)) / 1024;
                String name = f.length > 5 ? f[5] : "";
                if (name.isEmpty()) {
                    name = "anon " + f[1] + " " + sizeClass(sizeKb);
                }
                kind = name;
                kinds.computeIfAbsent(kind, k -> new long[3])[0]++;
                kinds.get(kind)[2] += sizeKb;
            } else if (line.startsWith("Rss:") && kind != null) {
                kinds.get(kind)[1] += Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return kinds;
    }

    private static String sizeClass(long kb) {
        if (kb <= 4) {
            return "4K";
        }
        if (kb < 1024) {
            return "<1M";
        }
        if (kb >= 8 * 1024 && kb <= 8 * 1024 + 64) {
            return "8M(stack?)";
        }
        if (kb < 8 * 1024) {
            return "1-8M";
        }
        if (kb <= 64 * 1024 + 64) {
            return "8-64M";
        }
        return ">64M";
    }

    /** The kinds whose resident KB or mapping count changed most between two smapsByKind() readings. */
    static String smapsGrowth(Map<String, long[]> before, Map<String, long[]> after, int top) {
        record Delta(String kind, long count, long rssKb, long sizeKb) {
        }
        ArrayList<Delta> deltas = new ArrayList<>();
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            long[] b = before.getOrDefault(k, new long[3]);
            long[] a = after.getOrDefault(k, new long[3]);
            deltas.add(new Delta(k, a[0] - b[0], a[1] - b[1], a[2] - b[2]));
        }
        deltas.sort(Comparator.comparingLong((Delta d) -> Math.abs(d.rssKb) + Math.abs(d.count)).reversed());
        StringBuilder s = new StringBuilder();
        for (Delta d : deltas.subList(0, Math.min(top, deltas.size()))) {
            s.append(String.format("  %+8d KB rss %+5d maps %+9d KB size  %s%n", d.rssKb, d.count, d.sizeKb, d.kind));
        }
        return s.toString();
    }
}
