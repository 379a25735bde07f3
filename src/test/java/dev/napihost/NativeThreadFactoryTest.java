package dev.napihost;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Threads that run addon code have 8 MB stacks and an empty signal mask, measured from inside. */
class NativeThreadFactoryTest {
    private static String sigBlk() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/thread-self/status"))) {
            if (line.startsWith("SigBlk:")) {
                return line.substring(7).trim();
            }
        }
        return "?";
    }

    @Test
    void factoryThreadsHave8MbStacksAndCleanMasks() throws Exception {
        CompletableFuture<String> seen = new CompletableFuture<>();
        Thread t = new NativeThreadFactory("test", true).newThread(() -> {
            try {
                long stack = (long) Shim.get().threadStackSize.invokeExact();
                // At least 8 MB: glibc may hand a new thread a larger cached stack (a JS thread's 16 MB).
                seen.complete((stack >= 8L << 20) + " " + sigBlk());
            } catch (Throwable e) {
                seen.completeExceptionally(e);
            }
        });
        t.start();
        assertEquals("true 0000000000000000", seen.get());
    }

    @Test
    void theCreatingThreadKeepsItsMask() throws Exception {
        String before = sigBlk();
        Thread t = new NativeThreadFactory("test", true).newThread(() -> { });
        t.start();
        t.join();
        assertEquals(before, sigBlk());
    }

    @Test
    void theJsThreadAsSeenByAnAddon() {
        Scripts.Result r = Scripts.run("const t = require(" + Scripts.js(Scripts.addon("thread_info")) + ");\n"
                + "console.log(t.stackSize(), t.blockedSignals());");
        assertEquals(0, r.exitCode(), r.toString());
        // A JS thread's stack is 16 MB: the upper 8 MB for addon code (the native stack), the lower
        // 8 MB for the JVM (NativeStackTest checks how addon code sees its half).
        assertEquals((16L << 20) + " 0000000000000000\n", r.stdout());
    }
}
