package dev.napihost;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Child processes for lib/child_process.js: spawnSync through {@link ProcessBuilder}. Output is
 * collected (both pipes drained concurrently so a chatty child cannot block); "inherit" output is
 * written to the runtime's own stdout/stderr, which may be an embedder's streams, not the JVM's.
 */
public final class ProcessBindings {
    private static final Pattern ERRNO = Pattern.compile("error=(\\d+)");
    private static final String[] SIGNALS = {null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT",
        "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM"};

    private final RuntimeCore core;
    private final HostBindings host;

    ProcessBindings(RuntimeCore core, HostBindings host) {
        this.core = core;
        this.host = host;
    }

    /** What spawnSync answers; error is an errno name ("ENOENT", "ETIMEDOUT") or null. */
    public static final class Result {
        private final int status;
        private final String signal;
        private final HostBytes.Slice stdout;
        private final HostBytes.Slice stderr;
        private final String error;
        private final long pid;

        Result(int status, String signal, byte[] stdout, byte[] stderr, String error, long pid) {
            this.status = status;
            this.signal = signal;
            this.stdout = stdout == null ? null : HostBytes.slice(stdout);
            this.stderr = stderr == null ? null : HostBytes.slice(stderr);
            this.error = error;
            this.pid = pid;
        }

        @HostAccess.Export
        public int status() {
            return status;
        }

        @HostAccess.Export
        public String signal() {
            return signal;
        }

        @HostAccess.Export
        public HostBytes.Slice stdout() {
            return stdout;
        }

        @HostAccess.Export
        public HostBytes.Slice stderr() {
            return stderr;
        }

        @HostAccess.Export
        public String error() {
            return error;
        }

        @HostAccess.Export
        public double pid() {
            return pid;
        }
    }

    /**
     * Runs argv to completion. env: "NAME=value" strings; stdio: "pipe", "inherit" or "ignore" for
     * each of stdin, stdout, stderr; input: bytes for stdin or null; timeoutMs: 0 for none.
     */
    @HostAccess.Export
    public Result spawnSync(Value argv, String cwd, Value env, Value stdio, Value input, double timeoutMs, String killSignal) {
        List<String> command = new ArrayList<>();
        for (long i = 0; i < argv.getArraySize(); i++) {
            command.add(argv.getArrayElement(i).asString());
        }
        ProcessBuilder pb = new ProcessBuilder(command).directory(host.resolve(cwd).toFile());
        pb.environment().clear();
        for (long i = 0; i < env.getArraySize(); i++) {
            String pair = env.getArrayElement(i).asString();
            int eq = pair.indexOf('=');
            if (eq > 0) {
                pb.environment().put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        String in = stdio.getArrayElement(0).asString();
        String out = stdio.getArrayElement(1).asString();
        String err = stdio.getArrayElement(2).asString();
        if (in.equals("inherit")) {
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        }
        if (out.equals("ignore")) {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        if (err.equals("ignore")) {
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        byte[] stdinBytes = input == null || input.isNull() ? null : HostBytes.of(input);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            Matcher m = ERRNO.matcher(String.valueOf(e.getMessage()));
            String code = m.find() ? errnoName(Integer.parseInt(m.group(1))) : "ENOENT";
            return new Result(-1, null, null, null, code, 0);
        }
        CompletableFuture<byte[]> stdoutF = drain(p.getInputStream(), !out.equals("ignore"));
        CompletableFuture<byte[]> stderrF = drain(p.getErrorStream(), !err.equals("ignore"));
        if (!in.equals("inherit")) {
            try (OutputStream o = p.getOutputStream()) {
                if (stdinBytes != null) {
                    o.write(stdinBytes);
                }
            } catch (IOException e) {
                // the child closed its stdin early (EPIPE): Node ignores that too
            }
        }
        String error = null;
        String signal = null;
        int status;
        try {
            if (timeoutMs > 0 && !p.waitFor((long) timeoutMs, TimeUnit.MILLISECONDS)) {
                if ("SIGKILL".equals(killSignal)) {
                    p.destroyForcibly();
                } else {
                    p.destroy();
                }
                p.waitFor();
                error = "ETIMEDOUT";
                signal = killSignal;
            } else {
                p.waitFor();
            }
            status = p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return new Result(-1, "SIGKILL", null, null, "EINTR", p.pid());
        }
        byte[] stdoutBytes = stdoutF.join();
        byte[] stderrBytes = stderrF.join();
        if (out.equals("inherit")) {
            core.out.write(stdoutBytes, 0, stdoutBytes.length);
            core.out.flush();
        }
        if (err.equals("inherit")) {
            core.err.write(stderrBytes, 0, stderrBytes.length);
            core.err.flush();
        }
        if (signal == null && status > 128 && status - 128 < SIGNALS.length && error != null) {
            signal = SIGNALS[status - 128];
        }
        return new Result(signal != null ? -1 : status, signal, out.equals("pipe") ? stdoutBytes : null,
                err.equals("pipe") ? stderrBytes : null, error, p.pid());
    }

    private static CompletableFuture<byte[]> drain(InputStream s, boolean read) {
        if (!read) {
            return CompletableFuture.completedFuture(new byte[0]);
        }
        CompletableFuture<byte[]> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (s) {
                f.complete(s.readAllBytes());
            } catch (IOException e) {
                f.complete(new byte[0]);
            }
        }, "napi-host-child-output");
        t.setDaemon(true);
        t.start();
        return f;
    }

    private static String errnoName(int errno) {
        return switch (errno) {
            case 2 -> "ENOENT";
            case 13 -> "EACCES";
            case 8 -> "ENOEXEC";
            case 20 -> "ENOTDIR";
            case 7 -> "E2BIG";
            default -> "EIO";
        };
    }
}
