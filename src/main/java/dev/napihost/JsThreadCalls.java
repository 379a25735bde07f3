package dev.napihost;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.graalvm.polyglot.PolyglotException;

/**
 * Runs the embedding API's work on a runtime's JS thread. A call from another thread is posted to
 * the event loop's task queue (which wakes an idle loop) and its caller waits for the result or
 * gets a future; a call made on the JS thread itself runs at once, since waiting there for the
 * loop would deadlock. Once the runtime closes or exits, new calls fail with an
 * {@link IllegalStateException} naming the runtime, and calls still queued or waiting for a
 * promise fail the same way instead of hanging.
 */
final class JsThreadCalls {
    /** Work for the JS thread; may use the runtime's conversions. */
    interface JsTask<T> {
        T run(JsConversions js);
    }

    final RuntimeCore core;
    final String name;
    private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();
    /** Why calls are refused (the runtime closed or exited); null while the runtime takes calls. */
    private volatile String refusal;
    /** JS thread only: made on first use (loads lib/internal/embedding.js). */
    private JsConversions conversions;

    JsThreadCalls(RuntimeCore core) {
        this.core = core;
        this.name = "NodeRuntime #" + core.id;
        core.finished().whenComplete((code, failure) -> refuseAll(failure == null
                ? name + " has exited (exit code " + code + ")" : name + " failed: " + failure));
    }

    /** Called by close(): no new calls from now on. */
    void close() {
        if (refusal == null) {
            refusal = name + " is closed";
        }
    }

    /** Refuses new calls and fails those still pending (the loop will not run them). */
    void refuseAll(String reason) {
        if (refusal == null) {
            refusal = reason;
        }
        for (CompletableFuture<?> f : pending) {
            f.completeExceptionally(new IllegalStateException(refusal + "; the call did not complete"));
        }
    }

    void checkOpen() {
        String r = refusal;
        if (r != null) {
            throw new IllegalStateException(r);
        }
    }

    boolean onJsThread() {
        return Thread.currentThread() == core.jsThread;
    }

    /** Runs the task on the JS thread and returns its result; JS exceptions come as JsException. */
    <T> T call(JsTask<T> task) {
        checkOpen();
        if (onJsThread()) {
            return runHere(task);
        }
        return await(submit(task));
    }

    /** Waits for a future of this runtime, rethrowing what failed it as it was thrown. */
    static <T> T await(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (CancellationException e) {
            throw new IllegalStateException("the call was cancelled", e);
        }
    }

    /** Queues the task on the JS thread (also when called there); the future completes with its result. */
    <T> CompletableFuture<T> submit(JsTask<T> task) {
        checkOpen();
        CompletableFuture<T> f = track(new CompletableFuture<>());
        core.loop.post(() -> runQueued(task, f));
        return f;
    }

    /** Registers a future that must fail if the runtime goes away before it completes. */
    <T> CompletableFuture<T> track(CompletableFuture<T> f) {
        pending.add(f);
        f.whenComplete((r, t) -> pending.remove(f));
        // After the add: a close racing with us either sees f in pending or we see its refusal.
        String r = refusal;
        if (r != null) {
            f.completeExceptionally(new IllegalStateException(r + "; the call did not complete"));
        }
        return f;
    }

    private <T> void runQueued(JsTask<T> task, CompletableFuture<T> f) {
        if (f.isDone()) {
            return;
        }
        try {
            f.complete(task.run(conversions()));
        } catch (PolyglotException e) {
            if (e.isExit() || e.isCancelled()) {
                f.completeExceptionally(new IllegalStateException(name + " exited during the call"));
                throw e;
            }
            f.completeExceptionally(conversions().exception(e));
        } catch (Throwable t) {
            f.completeExceptionally(t);
        }
    }

    private <T> T runHere(JsTask<T> task) {
        try {
            return task.run(conversions());
        } catch (PolyglotException e) {
            if (e.isExit() || e.isCancelled()) {
                throw e;
            }
            throw conversions().exception(e);
        }
    }

    private JsConversions conversions() {
        if (conversions == null) {
            conversions = new JsConversions(this, core.internalRequire("internal/embedding"), core.config.javaAccess());
        }
        return conversions;
    }
}
