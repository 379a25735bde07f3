package dev.napihost;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one factory for every thread that may run addon code: JS threads, the async-work pool and
 * helpers. Native runtimes such as Go's expect what Node gives its threads: an 8 MB stack and a
 * clean signal mask. The creating thread blocks all signals around {@link Thread#start()} so the
 * new thread cannot take a signal before it has set its own mask, and the new thread then clears
 * its mask before running anything else.
 */
final class NativeThreadFactory implements ThreadFactory {
    static final long STACK_SIZE = 8L * 1024 * 1024;

    private final String prefix;
    private final boolean daemon;
    private final AtomicInteger counter = new AtomicInteger();

    NativeThreadFactory(String prefix, boolean daemon) {
        this.prefix = prefix;
        this.daemon = daemon;
    }

    @Override
    public Thread newThread(Runnable task) {
        Shim shim = Shim.get();
        Runnable body = () -> {
            try {
                shim.signalsUnblockAll.invokeExact();
            } catch (Throwable t) {
                throw Shim.rethrow(t);
            }
            task.run();
        };
        Thread thread = new Thread(null, body, prefix + "-" + counter.incrementAndGet(), STACK_SIZE) {
            @Override
            public synchronized void start() {
                MemorySegment saved;
                try {
                    saved = (MemorySegment) shim.signalsBlockAll.invokeExact();
                } catch (Throwable t) {
                    throw Shim.rethrow(t);
                }
                try {
                    super.start();
                } finally {
                    try {
                        shim.signalsRestore.invokeExact(saved);
                    } catch (Throwable t) {
                        throw Shim.rethrow(t);
                    }
                }
            }
        };
        thread.setDaemon(daemon);
        return thread;
    }
}
