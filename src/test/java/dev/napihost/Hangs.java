package dev.napihost;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Turns a hang into a test failure that shows where every thread was: Java stacks and native ones. */
final class Hangs {
    private Hangs() {
    }

    /** Java stacks of this JVM's threads, then native stacks of process {@code pid} when gdb is there. */
    static String dump(long pid) {
        StringBuilder sb = new StringBuilder();
        if (pid == ProcessHandle.current().pid()) {
            sb.append("==== Java threads ====\n");
            for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
                Thread t = e.getKey();
                sb.append('"').append(t.getName()).append("\" ").append(t.getState()).append('\n');
                for (StackTraceElement f : e.getValue()) {
                    sb.append("    at ").append(f).append('\n');
                }
            }
        } else {
            sb.append("==== Java threads (jcmd ").append(pid).append(") ====\n").append(run("jcmd", String.valueOf(pid), "Thread.print"));
        }
        if (Files.isExecutable(Path.of("/usr/bin/gdb"))) {
            sb.append("==== native threads (gdb) ====\n").append(run("gdb", "-p", String.valueOf(pid), "-batch", "-nx",
                    "-ex", "set pagination off", "-ex", "thread apply all bt 30"));
        }
        return sb.toString();
    }

    private static String run(String... cmd) {
        try {
            Path out = Files.createTempFile("napihost-dump", ".txt");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            String s = Files.readString(out, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            return s.length() > 200_000 ? s.substring(0, 200_000) + "\n...(cut)\n" : s;
        } catch (IOException | InterruptedException e) {
            return "(" + String.join(" ", cmd) + " failed: " + e + ")\n";
        }
    }
}
