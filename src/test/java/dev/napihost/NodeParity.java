package dev.napihost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs one script (a test resource under dev/napihost/parity/) under napi-host and under Node.js
 * and compares what they print. The scripts group many checks each, so one comparison covers an
 * area. Lines Node prints about its own CLI ("(Use `node --trace-...") and process ids are ignored.
 */
final class NodeParity {
    private static final Pattern NODE_HINT = Pattern.compile("(?m)^\\(Use `node --trace-.*\\n");
    private static final Pattern PID = Pattern.compile("\\(node:\\d+\\)");

    private NodeParity() {
    }

    static Path script(String name) throws IOException {
        try (InputStream in = NodeParity.class.getResourceAsStream("parity/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test script parity/" + name);
            }
            return Scripts.files(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)).resolve(name);
        }
    }

    static boolean nodeAvailable() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Asserts napi-host's stdout (and, if asked, stderr) equals Node's for the script; returns napi-host's result. */
    static Scripts.Result assertSameOutput(String name, boolean compareStderr) throws IOException {
        Path file = script(name);
        Scripts.Result ours = Scripts.runFile(file, Scripts.DEFAULT_TIMEOUT);
        assertEquals(0, ours.exitCode(), ours.toString());
        Assumptions.assumeTrue(nodeAvailable(), "node is not on PATH");
        Scripts.Result node = Scripts.node(file);
        assertEquals(0, node.exitCode(), "node itself failed:\n" + node);
        assertEquals(node.stdout(), ours.stdout(), "stdout differs from Node's for " + name);
        if (compareStderr) {
            assertEquals(normalize(node.stderr()), normalize(ours.stderr()), "stderr differs from Node's for " + name);
        }
        return ours;
    }

    /** Asserts a script (with arguments, e.g. an addon path) prints the same under napi-host and Node. */
    static String assertSameStdout(Path script, String... args) {
        return assertSameStdout(script, Scripts.DEFAULT_TIMEOUT, args);
    }

    /** As above with a time limit for napi-host's run; returns what both printed. */
    static String assertSameStdout(Path script, java.time.Duration timeout, String... args) {
        Scripts.Result node = Scripts.node(script, args);
        assertEquals(0, node.exitCode(), "node itself failed: " + node);
        Scripts.Result ours = Scripts.runFile(script, timeout, args);
        assertEquals(0, ours.exitCode(), ours.toString());
        assertEquals(node.stdout(), ours.stdout(), "stdout differs from Node's for " + script);
        return node.stdout();
    }

    private static String normalize(String stderr) {
        return PID.matcher(NODE_HINT.matcher(stderr).replaceAll("")).replaceAll("(node:PID)");
    }
}
