package dev.napihost;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** stream, stream/promises and string_decoder (the bundled npm packages) against Node.js 20. */
class StreamTest {
    @Test
    void streamAndStringDecoderMatchNode() throws IOException {
        Scripts.Result r = NodeParity.assertSameOutput("stream.js", false);
        assertTrue(r.stdout().contains("pipeline undefined [ 'A', 'B', 'C' ]"), r.stdout());
        assertTrue(r.stdout().endsWith("done\n"), r.stdout());
    }
}
