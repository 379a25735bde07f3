package dev.napihost;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs JS under napi-host for tests: in this JVM through {@link NodeRuntime} (fast), through the
 * CLI jar in a new JVM (for exit codes, flags, the launcher), or under Node.js for comparison.
 * Every run has a timeout; a hang fails the test with a dump of all threads.
 */
final class Scripts {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    static final Path TEST_ADDONS = Path.of(System.getProperty("napihost.testAddons", "target/test-addons")).toAbsolutePath();
    static final Path JAR = Path.of(System.getProperty("napihost.jar", "target/napi-host.jar")).toAbsolutePath();

    record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
        }
    }

    private Scripts() {
    }

    /** The path of a C test addon built from src/test/addons/NAME.c. */
    static String addon(String name) {
        return TEST_ADDONS.resolve(name + ".node").toString();
    }

    /** A temporary directory with the given files (name, content pairs). */
    static Path files(String... nameContent) throws IOException {
        Path dir = Files.createTempDirectory("napihost-test");
        for (int i = 0; i < nameContent.length; i += 2) {
            Path f = dir.resolve(nameContent[i]);
            Files.createDirectories(f.getParent());
            Files.writeString(f, nameContent[i + 1]);
        }
        return dir;
    }

    /** Runs code as the main module (written to a temp file) in this JVM. */
    static Result run(String code, String... args) {
        try {
            Path dir = files("main.js", code);
            return runFile(dir.resolve("main.js"), DEFAULT_TIMEOUT, args);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a file as the main module in this JVM, with its directory as the working directory. */
    static Result runFile(Path file, Duration timeout, String... args) {
        return runFile(file, timeout, List.of(), args);
    }

    /** As above, with runtime options ({@code process.execArgv}, e.g. --expose-gc). */
    static Result runFile(Path file, Duration timeout, List<String> execArgv, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> argv = new ArrayList<>();
        argv.add(file.toString());
        argv.addAll(List.of(args));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try (NodeRuntime node = NodeRuntime.newBuilder()
                    .workingDirectory(file.getParent())
                    .allowAddonsAnywhere()
                    .argv(argv)
                    .execArgv(execArgv)
                    .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                    .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                    .build()) {
                return node.runMain(file);
            }
        });
        try {
            int code = exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (TimeoutException e) {
            fail("script did not finish within " + timeout + "\n--- stdout so far ---\n" + out.toString(StandardCharsets.UTF_8)
                    + "\n--- stderr so far ---\n" + err.toString(StandardCharsets.UTF_8) + "\n" + Hangs.dump(ProcessHandle.current().pid()));
            throw new AssertionError();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the CLI jar in a new JVM ({@code java -jar napi-host.jar args...}). */
    static Result cli(Path workingDir, Duration timeout, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(JAR.toString());
        cmd.addAll(List.of(args));
        return exec(cmd, workingDir, timeout, null);
    }

    /** Runs a command with a timeout; on timeout dumps the process's threads and fails. */
    static Result exec(List<String> cmd, Path workingDir, Duration timeout, String stdin) {
        try {
            Path out = Files.createTempFile("napihost-out", ".txt");
            Path err = Files.createTempFile("napihost-err", ".txt");
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(workingDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            if (stdin == null) {
                pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            }
            Process p = pb.start();
            if (stdin != null) {
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
                p.getOutputStream().close();
            }
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                StringBuilder dumps = new StringBuilder();
                p.descendants().forEach(d -> dumps.append(Hangs.dump(d.pid())));
                dumps.append(Hangs.dump(p.pid()));
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                fail(String.join(" ", cmd) + " did not finish within " + timeout + "\n--- stdout ---\n"
                        + Files.readString(out) + "\n--- stderr ---\n" + Files.readString(err) + "\n" + dumps);
            }
            Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return r;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a file under Node.js (the `node` on PATH), for comparing output. */
    static Result node(Path file, String... args) {
        return node(List.of(), file, args);
    }

    /** As above, with node options before the file (e.g. --expose-gc). */
    static Result node(List<String> options, Path file, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("node");
        cmd.addAll(options);
        cmd.add(file.toString());
        cmd.addAll(List.of(args));
        return exec(cmd, file.getParent(), DEFAULT_TIMEOUT, null);
    }

    /** JS string literal of a path. */
    static String js(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
