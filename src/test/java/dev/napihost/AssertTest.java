package dev.napihost;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** assert: outcomes and AssertionError messages (diffs included) against Node.js 20. */
class AssertTest {
    @Test
    void assertMatchesNode() throws IOException {
        Scripts.Result r = NodeParity.assertSameOutput("assert.js", false);
        assertTrue(r.stdout().contains("strictEqual \"Expected values to be strictly equal:\\n\\n1 !== 2\\n\""), r.stdout());
        assertTrue(r.stdout().contains("doesNotReject"), r.stdout());
    }
}
