package dev.napihost;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** crypto hashes, HMACs and random helpers against Node.js 20. */
class CryptoTest {
    @Test
    void cryptoMatchesNode() throws IOException {
        Scripts.Result r = NodeParity.assertSameOutput("crypto.js", false);
        assertTrue(r.stdout().contains("sha256 b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"), r.stdout());
        assertTrue(r.stdout().contains("randomBytes cb null 4"), r.stdout());
    }
}
