package dev.napihost;

import java.lang.foreign.MemorySegment;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * One runtime's event loop, run on its JS thread, in Node's phase order: timers, poll (tasks posted
 * from other threads: async-work completions, threadsafe-function deliveries, embedding calls),
 * check (immediates). The process stays alive exactly while something holds a ref. The single
 * wake-up primitive is the shim's (a condition variable), so native producers never need the JVM.
 */
final class EventLoop {
    /** Indices of the loop-state block shared with timers.js / process.js (int32). */
    static final int LS_TICKS = 0;
    static final int LS_IMMEDIATES = 1;
    static final int LS_IMMEDIATES_REFED = 2;
    static final int LS_SIZE = 8;

    /** What the loop calls into JS for; implemented by RuntimeCore. */
    interface Dispatcher {
        void runTimer(int id);

        /** The loop is about to wait: drop what only stale handle slots keep alive. */
        void idle();

        void startImmediates();

        /** Runs the next immediate of the current check phase; false when none is left. */
        boolean runImmediate();

        void processTicks();

        void runTask(Runnable task);

        /** Runs the native finalizers of objects found unreachable (Finalizers), outside any native frame. */
        void runFinalizers();

        boolean finalizersPending();
        /**
         * Delivers the next threadsafe-function call (or finalizes a closed function) inside a JS
         * frame, so its ticks and microtasks run after it; answers as ThreadsafeFunctions.dispatch.
         */
        int threadsafeCall();

        boolean beforeExit();
    }

    private static final class Timer implements Comparable<Timer> {
        final int id;
        long deadline;
        long seq;
        boolean ref;

        Timer(int id) {
            this.id = id;
        }

        @Override
        public int compareTo(Timer o) {
            int c = Long.compare(deadline, o.deadline);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private final MemorySegment runtime;
    final MemorySegment loopState;
    /** The shim's int32 state block: ST_TSFN_REFED counts threadsafe functions that hold the loop. */
    private final MemorySegment napiState;
    private static final int ST_TSFN_REFED = 12;
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final Map<Integer, Timer> timersById = new HashMap<>();
    private int refedTimers;
    private long timerSeq;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** Refs held by things in flight on other threads (async work, threadsafe functions...). */
    private final AtomicInteger externalRefs = new AtomicInteger();
    /** Refs held on the JS thread by handles that are not timers (servers, watchers...). */
    private int handleRefs;
    private long now = System.nanoTime();
    /**
     * The main script (or -e code), run before the loop's first timers phase as Node runs it before
     * its loop starts: timers that fell due during a long synchronous script run before the
     * completions and immediates it queued (cgo-fixtures/work/longcall.js, CgoScenariosTest).
     */
    private volatile Runnable entry;
    private volatile boolean stopped;
    private boolean released;

    EventLoop(MemorySegment runtime, MemorySegment loopState) {
        this.runtime = runtime;
        this.loopState = loopState;
        try {
            this.napiState = ((MemorySegment) Shim.get().runtimeState.invokeExact(runtime)).reinterpret(64);
        } catch (Throwable t) {
            throw Shim.rethrow(t);
        }
    }

    // ---- timers (JS thread) ----

    void scheduleTimer(int id, double delayMs, boolean ref) {
        Timer t = timersById.remove(id);
        if (t != null) {
            timers.remove(t);
            if (t.ref) refedTimers--;
        }
        t = new Timer(id);
        t.deadline = System.nanoTime() + (long) (delayMs * 1_000_000L);
        t.seq = timerSeq++;
        t.ref = ref;
        if (ref) refedTimers++;
        timers.add(t);
        timersById.put(id, t);
    }

    void cancelTimer(int id) {
        Timer t = timersById.remove(id);
        if (t != null) {
            timers.remove(t);
            if (t.ref) refedTimers--;
        }
    }

    void refTimer(int id, boolean ref) {
        Timer t = timersById.get(id);
        if (t != null && t.ref != ref) {
            t.ref = ref;
            refedTimers += ref ? 1 : -1;
        }
    }

    // ---- refs and tasks (any thread) ----

    void ref() {
        externalRefs.incrementAndGet();
    }

    void unref() {
        externalRefs.decrementAndGet();
        wake();
    }

    void refHandle(int delta) {
        handleRefs += delta;
    }

    void post(Runnable task) {
        tasks.add(task);
        wake();
    }

    /** Any thread: the main script, run at the start of the next loop iteration. */
    void postEntry(Runnable task) {
        entry = task;
        wake();
    }

    /** Any thread. Once the runtime's native state is freed, waking is a no-op. */
    void wake() {
        synchronized (this) {
            if (released) {
                return;
            }
            try {
                Shim.get().loopWake.invokeExact(runtime);
            } catch (Throwable t) {
                throw Shim.rethrow(t);
            }
        }
    }

    /**
     * Called before the runtime's native state (which holds the wake-up primitive) is freed: a late
     * post, unref or close from another thread must not touch freed memory.
     */
    synchronized void release() {
        released = true;
        stopped = true;
    }

    void stop() {
        stopped = true;
        wake();
    }

    boolean stopped() {
        return stopped;
    }

    private boolean alive() {
        return refedTimers > 0 || loopState.getAtIndex(JAVA_INT, LS_IMMEDIATES_REFED) > 0 || handleRefs > 0
                || externalRefs.get() > 0 || !tasks.isEmpty() || entry != null
                || napiState.getAtIndex(JAVA_INT, ST_TSFN_REFED) > 0;
    }

    /** Runs until nothing holds a ref (and beforeExit added no work) or until stopped. */
    void run(Dispatcher js) {
        while (!stopped) {
            Runnable main = entry;
            if (main != null) {
                entry = null;
                js.runTask(main);
                drainTicks(js);
                if (stopped) break;
            }
            now = System.nanoTime();
            runDueTimers(js);
            if (stopped) break;
            long timeoutMs = pollTimeout();
            if (tasks.isEmpty() && entry == null && timeoutMs != 0) {
                js.idle();
                runFinalizers(js);
                if (stopped) break;
                waitForWork(timeoutMs);
            }
            runTasks(js);
            if (stopped) break;
            // Like libuv: calls queued on unref'd functions wait while nothing else keeps the loop alive.
            if (alive()) {
                runThreadsafeCalls(js);
            }
            if (stopped) break;
            runImmediates(js);
            if (stopped) break;
            runFinalizers(js);
            if (stopped) break;
            if (!alive()) {
                if (!js.beforeExit() || stopped || !alive()) {
                    break;
                }
            }
        }
    }

    private long pollTimeout() {
        if (loopState.getAtIndex(JAVA_INT, LS_IMMEDIATES) > 0 || !alive()) {
            return 0;
        }
        Timer next = timers.peek();
        if (next == null) {
            return -1;
        }
        long ns = next.deadline - System.nanoTime();
        return ns <= 0 ? 0 : (ns + 999_999) / 1_000_000;
    }

    private void waitForWork(long timeoutMs) {
        try {
            int woken = (int) Shim.get().loopWait.invokeExact(runtime, timeoutMs);
            assert woken == 0 || woken == 1;
        } catch (Throwable t) {
            throw Shim.rethrow(t);
        }
    }

    private void runDueTimers(Dispatcher js) {
        // Timers due at the start of this phase run now; ones they schedule wait for the next pass.
        long limit = timerSeq;
        while (!stopped) {
            Timer t = timers.peek();
            if (t == null || t.deadline > now || t.seq >= limit) {
                return;
            }
            timers.poll();
            timersById.remove(t.id);
            if (t.ref) refedTimers--;
            js.runTimer(t.id);
            drainTicks(js);
        }
    }

    private void runTasks(Dispatcher js) {
        Runnable task;
        int budget = 1000;
        while (!stopped && budget-- > 0 && (task = tasks.poll()) != null) {
            js.runTask(task);
            drainTicks(js);
        }
        if (!tasks.isEmpty()) {
            wake();
        }
    }

    /**
     * Threadsafe-function calls queued by other threads, each followed by its ticks and microtasks
     * as Node runs them; at most {@link ThreadsafeFunctions#BUDGET} per poll phase, so that timers
     * and immediates are not starved by a busy producer.
     */
    private void runThreadsafeCalls(Dispatcher js) {
        for (int budget = ThreadsafeFunctions.BUDGET; budget > 0 && !stopped; budget--) {
            int r = js.threadsafeCall();
            if ((r & 7) == ThreadsafeFunctions.IDLE && (r >>> 3) == 0) {
                return;
            }
            drainTicks(js);
        }
        wake();  // more may be queued: come back after timers and immediates
    }

    private void runImmediates(Dispatcher js) {
        if (loopState.getAtIndex(JAVA_INT, LS_IMMEDIATES) == 0) {
            return;
        }
        js.startImmediates();
        while (!stopped && js.runImmediate()) {
            drainTicks(js);
        }
    }

    /**
     * Finalizers run after each phase's batch and before the loop waits, as Node runs them from
     * SetImmediate-like callbacks after the GC that found their objects dead.
     */
    private void runFinalizers(Dispatcher js) {
        while (!stopped && js.finalizersPending()) {
            js.runFinalizers();
            drainTicks(js);
        }
    }

    /** Ticks queued by microtasks run after them, then their microtasks, until both are empty. */
    void drainTicks(Dispatcher js) {
        while (!stopped && loopState.getAtIndex(JAVA_INT, LS_TICKS) > 0) {
            js.processTicks();
        }
    }
}
