package dev.napihost;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** os against Node.js 20 on the same machine. */
class OsTest {
    @Test
    void osMatchesNode() throws IOException {
        Scripts.Result r = NodeParity.assertSameOutput("os.js", false);
        assertTrue(r.stdout().startsWith("linux x64 Linux "), r.stdout());
        assertTrue(r.stdout().endsWith("/var/tmp\n"), r.stdout());
    }
}
