package dev.napihost;

import java.lang.foreign.MemorySegment;

import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The JS-thread half of Node-API threadsafe functions. Their queues, producers and closing rules are
 * in the shim (shim/src/threadsafe_functions.c), so that producer threads never enter the JVM; the
 * event loop's poll phase calls {@link #dispatch} to deliver what they queued, in batches.
 */
final class ThreadsafeFunctions {
    /** Calls delivered per poll phase at most, so timers and immediates are not starved (Node: 1000 per function). */
    static final int BUDGET = 1000;

    // Why napi_host_tsfn_dispatch returned: the low three bits of its answer (threadsafe_functions.c).
    static final int IDLE = 0;
    static final int EXCEPTION = 1;
    static final int TICKS = 2;
    static final int BUDGET_SPENT = 3;
    static final int WARN = 4;

    private final RuntimeCore core;
    private Value warnDropped;

    ThreadsafeFunctions(RuntimeCore core) {
        this.core = core;
    }

    /**
     * Delivers up to {@code budget} queued calls. Returns the shim's answer: calls made in the bits
     * above the low three, the reason it stopped in those; {@link #raise} then handles an exception.
     */
    int dispatch(int budget, MemorySegment ticks) {
        try {
            return (int) Shim.get().tsfnDispatch.invokeExact(core.runtime, budget, ticks);
        } catch (Throwable t) {
            throw Shim.rethrow(t);
        }
    }

    /** Whether calls (or a close) are waiting to be dispatched; cheap, no JS. */
    boolean ready() {
        try {
            return (int) Shim.get().tsfnReady.invokeExact(core.runtime) != 0;
        } catch (Throwable t) {
            throw Shim.rethrow(t);
        }
    }

    /** Raises the exception a callback left pending, as {@link #dispatch}'s answer says. */
    void raise(int r) {
        switch (r & 7) {
            // No JS frame can catch it: an uncaught exception, as in Node.
            case EXCEPTION -> core.napi.throwPending.executeVoid();
            // Node before Node-API 10 drops it with a deprecation warning (DEP0168).
            case WARN -> warning().execute(core.napi.takePending.execute());
            default -> {
            }
        }
        
    }

    private Value warning() {
        if (warnDropped == null) {
            warnDropped = core.context.eval(Source.newBuilder("js", "(function (error) {\n"
                    + "  process.emitWarning('Uncaught N-API callback exception detected, please run node with option '\n"
                    + "    + '--force-node-api-uncaught-exceptions-policy=true to handle those exceptions properly.',\n"
                    + "    'DeprecationWarning', 'DEP0168');\n"
                    + "})", "node:internal/napi_tsfn_warning").internal(true).buildLiteral());
        }
        return warnDropped;
    }

    /** Closes every threadsafe function and runs the finalizers; before the environments go. */
    void teardown() {
        try {
            Shim.get().tsfnTeardown.invokeExact(core.runtime);
        } catch (Throwable t) {
            throw Shim.rethrow(t);
        }
    }
}
