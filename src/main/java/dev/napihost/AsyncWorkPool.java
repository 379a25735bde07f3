package dev.napihost;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The pool that runs Node-API async work's execute callbacks: one per process, like libuv's,
 * sized by UV_THREADPOOL_SIZE (default 4), its threads made by {@link NativeThreadFactory}.
 * Completions go back to the owning runtime's event loop, which stays alive while work is pending.
 */
final class AsyncWorkPool {
    private static final ThreadPoolExecutor POOL = createPool();
    private static final int NAPI_OK = 0;
    private static final int NAPI_CANCELLED = 11;

    private final RuntimeCore core;
    private final Map<Long, Job> pending = new ConcurrentHashMap<>();

    AsyncWorkPool(RuntimeCore core) {
        this.core = core;
    }

    private static ThreadPoolExecutor createPool() {
        int size = 4;
        String env = System.getenv("UV_THREADPOOL_SIZE");
        if (env != null) {
            try {
                size = Math.max(1, Math.min(1024, Integer.parseInt(env.trim())));
            } catch (NumberFormatException ignored) {
                // Node ignores a malformed value too
            }
        }
        return new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                new NativeThreadFactory("napi-host-worker", true));
    }

    private final class Job implements Runnable {
        final long work;
        /** Taken off the pool by napi_cancel_async_work; its completion is queued on the loop. */
        volatile boolean cancelled;

        Job(long work) {
            this.work = work;
        }

        @Override
        public void run() {
            try {
                Shim.get().asyncExecute.invokeExact(MemorySegment.ofAddress(work));
            } catch (Throwable t) {
                core.reportInternalError("async work", t);
            }
            complete(this, NAPI_OK);
        }
    }

    /** Runs other host work on the same pool (fs requests), as libuv's threadpool serves both. */
    static void execute(Runnable task) {
        POOL.execute(task);
    }

    /** Called on the JS thread by napi_queue_async_work. */
    int queue(long work) {
        Job job = new Job(work);
        pending.put(work, job);
        core.loop.ref();
        POOL.execute(job);
        return 0;
    }

    /** Called on the JS thread by napi_cancel_async_work: 1 if the work had not started. */
    int cancel(long work) {
        Job job = pending.get(work);
        if (job == null) {
            return 0;
        }
        if (job.cancelled) {
            // Node (libuv) answers napi_ok again until the cancelled completion has run.
            return 1;
        }
        if (!POOL.remove(job)) {
            return 0;
        }
        job.cancelled = true;
        complete(job, NAPI_CANCELLED);
        return 1;
    }

    /**
     * At teardown, after the cleanup hooks: work the pool has not started is dropped and never
     * completes, as when Node's process ends (the pool is shared, and the runtime's environments
     * are about to be freed). Work already executing finishes; its completion finds the loop gone.
     */
    int abandon() {
        int dropped = 0;
        for (Job job : pending.values()) {
            if (POOL.remove(job)) {
                dropped++;
            }
        }
        pending.clear();
        return dropped;
    }

    private void complete(Job job, int status) {
        core.loop.post(() -> {
            pending.remove(job.work);
            core.loop.unref();
            int r;
            try {
                MethodHandle h = Shim.get().asyncComplete;
                r = (int) h.invokeExact(MemorySegment.ofAddress(job.work), status);
            } catch (Throwable t) {
                throw Shim.rethrow(t);
            }
            if (r < 0) {
                // The complete callback threw: an uncaught exception, as in Node.
                core.napi.throwPending.executeVoid();
            }
        });
    }
}
