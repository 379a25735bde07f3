package dev.napihost;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * When native finalizers run, for one runtime. The records live in the shim (finalizers.c, one list
 * per env); this class only learns that an object became unreachable and queues its record for the
 * event loop, which runs it on the JS thread outside any native frame ({@link #drain}). At
 * teardown every record not yet run runs once ({@link #runAtTeardown}).
 *
 * <p>How unreachability is seen: napi.js keeps a {@link Holder} beside each object that has a
 * finalizer (as a WeakMap value, which dies with its key, as the language guarantees, or for napi_wrap
 * as a private class field of the object), and a
 * {@link Cleaner} watches the holder. External ArrayBuffers are watched through the memory segment
 * behind their ByteBuffer, which every view of the memory references. GraalJS's own
 * FinalizationRegistry is not used: its cleanup scans a list of all registrations per collected
 * object (quadratic with a million wrapped objects).
 *
 * <p>Node runs finalizers of pure ({@code node_api_basic_finalize}) kind during GC for experimental
 * addons and all others from the loop (SetImmediate-like); napi-host runs all of them from the loop.
 */
public final class Finalizers {
    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread t = new Thread(r, "napi-host-finalizer-watch");
        t.setDaemon(true);
        return t;
    });

    private final RuntimeCore core;
    private final ConcurrentLinkedQueue<Entry> due = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private volatile boolean closed;

    Finalizers(RuntimeCore core) {
        this.core = core;
    }

    /** One finalizer record; queued when what it watches is unreachable. Never references the watched object. */
    private static final class Entry implements Runnable {
        final Finalizers owner;
        final long record;

        Entry(Finalizers owner, long record) {
            this.owner = owner;
            this.record = record;
        }

        /** On the Cleaner's thread (or the JS thread for node_api_post_finalizer). */
        @Override
        public void run() {
            owner.queue(this);
        }
    }

    /** What JS keeps beside an object; its unreachability is the object's. */
    public static final class Holder {
        Holder() {
        }
    }

    private void queue(Entry e) {
        if (closed) {
            return;  // teardown has run (or is running) every record itself
        }
        due.add(e);
        if (wakeRequested.compareAndSet(false, true)) {
            core.loop.wake();
        }
    }

    /** napi.js: watch a new holder for the finalizer record at this address. */
    @HostAccess.Export
    public Holder track(double record) {
        Holder h = new Holder();
        CLEANER.register(h, new Entry(this, (long) record));
        return h;
    }

    /** napi.js, node_api_post_finalizer: run the record from the loop soon. */
    @HostAccess.Export
    public void post(double record) {
        queue(new Entry(this, (long) record));
    }

    /**
     * napi.js: makes {@code emptyArrayBuffer} (a fresh {@code new ArrayBuffer(0)}) use the native
     * memory at data as its bytes, and watches that memory for the finalizer record (0: none).
     * Answers the ArrayBuffer JS should use (another one when GraalJS internals are unavailable).
     */
    @HostAccess.Export
    public Value externalArrayBuffer(Value emptyArrayBuffer, double data, double length, double record) {
        // A segment of its own (not the global scope's) so that every ByteBuffer derived from it,
        // GraalJS's views included, references this very object: it is unreachable exactly when the
        // memory is.
        MemorySegment segment = MemorySegment.ofAddress((long) data).reinterpret((long) length, Arena.ofAuto(), null);
        ByteBuffer bytes = segment.asByteBuffer().order(ByteOrder.nativeOrder());
        Value result = ArrayBufferMemory.adopt(emptyArrayBuffer, bytes)
                ? emptyArrayBuffer
                : core.context.getBindings("js").getMember("ArrayBuffer").newInstance(bytes);
        if (record != 0) {
            CLEANER.register(segment, new Entry(this, (long) record));
        }
        return result;
    }

    /** Whether records are waiting for {@link #drain}. */
    boolean pending() {
        return !due.isEmpty();
    }

    /**
     * JS thread, from the event loop with no native frame active: runs every queued finalizer, each in
     * its own handle-stack frame. One that leaves an exception pending raises it here (an uncaught
     * exception, as in Node); the rest wait for the next drain.
     */
    void drain() {
        wakeRequested.set(false);
        MethodHandle run = Shim.get().finalizerRun;
        Entry e;
        while (!closed && (e = due.poll()) != null) {
            int r;
            try {
                r = (int) run.invokeExact(MemorySegment.ofAddress(e.record));
            } catch (Throwable t) {
                throw Shim.rethrow(t);
            }
            if (r < 0) {
                if (!due.isEmpty()) {
                    core.loop.wake();
                }
                core.napi.throwPending.executeVoid();
            }
        }
    }

    /**
     * Teardown of one environment: every finalizer it has not run yet runs now, once (also those
     * whose objects are still alive), before the instance data's finalizer. From here on the loop no
     * longer runs finalizers of this runtime.
     */
    void runAtTeardown(MemorySegment env) {
        closed = true;
        due.clear();
        MethodHandle runAll = Shim.get().envRunFinalizers;
        while (true) {
            int r;
            try {
                r = (int) runAll.invokeExact(env);
            } catch (Throwable t) {
                throw Shim.rethrow(t);
            }
            if (r == 0) {
                return;
            }
            // A finalizer threw while the runtime shuts down: nobody can catch it any more.
            Value e = core.napi.takePending.execute();
            core.err.println("napi-host: a finalizer threw during teardown: " + e);
        }
    }
}
