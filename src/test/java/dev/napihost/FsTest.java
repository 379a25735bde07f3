package dev.napihost;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fs module (sync, callback, promise and stream forms, Node's error shapes) against Node.js 20. */
class FsTest {
    @Test
    void fsMatchesNode() throws IOException {
        Scripts.Result r = NodeParity.assertSameOutput("fs.js", false);
        assertTrue(r.stdout().contains("readFile missing throws Error ENOENT: no such file or directory, open 'missing.txt' ENOENT -2 open missing.txt"),
                r.stdout());
        assertTrue(r.stdout().endsWith("done false\n"), r.stdout());
    }

    /** A generous limit: on a loaded machine a cold runtime's first console.log alone takes seconds. */
    private static Scripts.Result run(String code) throws IOException {
        Path dir = Scripts.files("main.js", code);
        return Scripts.runFile(dir.resolve("main.js"), Duration.ofMinutes(3));
    }

    @Test
    void pendingRequestKeepsTheLoopAlive() throws IOException {
        // Nothing but the fs request is pending: the process must wait for its callback.
        Scripts.Result r = run("""
                require('fs').readFile(__filename, 'utf8', (err, text) => console.log(err, text.length > 0));
                """);
        assertEquals("null true\n", r.stdout(), r.toString());
    }

    @Test
    void writeSyncToStdoutDescriptor() throws IOException {
        Scripts.Result r = run("require('fs').writeSync(1, 'to fd 1\\n'); console.log('after');");
        assertEquals("to fd 1\nafter\n", r.stdout(), r.toString());
    }
}
