package dev.napihost;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one factory for every thread that may run addon code: JS threads, the async-work pool and
 * helpers. Native runtimes such as Go's expect what Node gives its threads: an 8 MB stack and a
 * clean signal mask. The creating thread blocks all signals around {@link Thread#start()} so the
 * new thread cannot take a signal before it has set its own mask, and the new thread then clears
 * its mask before running anything else.
 *
 * <p>A JS thread gets twice that: the upper 8 MB is the native stack addon code runs on, the lower
 * 8 MB the JVM's (shim/src/native_stack.c, docs/architecture.md "Native stack").
 */
final class NativeThreadFactory implements ThreadFactory {
    static final long STACK_SIZE = 8L * 1024 * 1024;

    private static final ThreadLocal<Runnable> TASK = new ThreadLocal<>();
    private static final ThreadLocal<Throwable> FAILURE = new ThreadLocal<>();
    private static volatile MemorySegment runTaskStub;

    private final String prefix;
    private final boolean daemon;
    private final boolean jsThreads;
    private final AtomicInteger counter = new AtomicInteger();

    NativeThreadFactory(String prefix, boolean daemon) {
        this(prefix, daemon, false);
    }

    /** jsThreads: threads that run a runtime's JS and enter addon code from it, nested. */
    NativeThreadFactory(String prefix, boolean daemon, boolean jsThreads) {
        this.prefix = prefix;
        this.daemon = daemon;
        this.jsThreads = jsThreads;
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
            if (jsThreads) {
                runBelowNativeStack(shim, task);
            } else {
                task.run();
            }
        };
        long stackSize = jsThreads ? 2 * STACK_SIZE : STACK_SIZE;
        Thread thread = new Thread(null, body, prefix + "-" + counter.incrementAndGet(), stackSize) {
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

    /** Runs task below the native half of this thread's stack, rethrowing what it threw. */
    private static void runBelowNativeStack(Shim shim, Runnable task) {
        TASK.set(task);
        try {
            shim.threadRun.invokeExact(runTaskStub());
        } catch (Throwable t) {
            throw Shim.rethrow(t);
        } finally {
            TASK.remove();
        }
        Throwable failure = FAILURE.get();
        if (failure != null) {
            FAILURE.remove();
            throw Shim.rethrow(failure);
        }
    }

    /** The upcall napi_host_thread_run makes: nothing may escape it, so failures are kept for later. */
    private static void runTask() {
        try {
            TASK.get().run();
        } catch (Throwable t) {
            FAILURE.set(t);
        }
    }

    private static MemorySegment runTaskStub() throws ReflectiveOperationException {
        MemorySegment stub = runTaskStub;
        if (stub == null) {
            synchronized (NativeThreadFactory.class) {
                stub = runTaskStub;
                if (stub == null) {
                    var target = MethodHandles.lookup().findStatic(NativeThreadFactory.class, "runTask",
                            MethodType.methodType(void.class));
                    stub = Linker.nativeLinker().upcallStub(target, FunctionDescriptor.ofVoid(), Arena.global());
                    runTaskStub = stub;
                }
            }
        }
        return stub;
    }
}
