package dev.napihost;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The README's first command, {@code ./napi-host examples/hello/hello.js}, on a fresh clone in an
 * environment without Go: running a script must build only what running needs (the shim, the jar,
 * the example addon), never the cgo fixtures or the C test addons.
 */
class FirstRunTest {
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(8);

    @Test
    void readmeFirstCommandWorksFromACleanCloneWithoutGo(@TempDir Path tmp) throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        Path clone = tmp.resolve("napi-host");
        // The working tree's tracked files as a commit (HEAD when nothing is modified), so the test
        // checks what would be committed; a local clone shares the objects, dangling ones included.
        String tree = git(repo, "stash", "create").strip();
        if (tree.isEmpty()) {
            tree = git(repo, "rev-parse", "HEAD").strip();
        }
        git(repo, "clone", "-q", "--no-checkout", repo.toString(), clone.toString());
        git(clone, "checkout", "-q", tree);

        Result first = run(clone, "./napi-host", "examples/hello/hello.js");
        assertEquals(0, first.exit, first.toString());
        assertEquals("Hello, napi-host! (from C)\n2 + 3 = 5\n", first.stdout, first.toString());
        assertFalse(Files.exists(clone.resolve("target/cgo-fixtures")), "running a script built the cgo fixtures");
        assertFalse(Files.exists(clone.resolve("target/test-addons")), "running a script built the C test addons");
        assertTrue(first.stderr.contains("building target/napi-host.jar"), "the first run builds: " + first);

        Result second = run(clone, "./napi-host", "examples/hello/hello.js");
        assertEquals(0, second.exit, second.toString());
        assertEquals(first.stdout, second.stdout);
        assertFalse(second.stderr.contains("building"), "a second run must not rebuild: " + second);
    }

    private record Result(int exit, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
        }
    }

    /** Runs with Go out of reach: no go on PATH, no NAPIHOST_GO_* hints, no /usr/lib/go-X.Y. */
    private static Result run(Path dir, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("NAPIHOST_GO") || k.startsWith("GO"));
        List<String> path = new ArrayList<>();
        for (String d : env.getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            if (!d.isEmpty() && !Files.exists(Path.of(d, "go")) && !d.contains("/go")) {
                path.add(d);
            }
        }
        env.put("PATH", String.join(File.pathSeparator, path));
        env.put("GO_PREFIX", "/nonexistent/go-");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Path out = Files.createTempFile("firstrun-out", ".txt");
        Path err = Files.createTempFile("firstrun-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        if (!p.waitFor(BUILD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            StringBuilder dumps = new StringBuilder();
            p.descendants().forEach(d -> dumps.append(Hangs.dump(d.pid())));
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail(String.join(" ", cmd) + " did not finish within " + BUILD_TIMEOUT + "\n--- stderr ---\n"
                    + Files.readString(err) + "\n" + dumps);
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    private static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            fail(String.join(" ", cmd) + " failed:\n" + out);
        }
        return out;
    }
}
