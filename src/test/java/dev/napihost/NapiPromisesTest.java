package dev.napihost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Promises made by native code (deferreds), napi_run_script, instance data and
 * napi_adjust_external_memory behave as under Node.js.
 */
class NapiPromisesTest {
    private static final Path SCRIPT = NapiBasicsTest.SCRIPTS.resolve("promises.js");

    @Test
    void sameOutputAsNode() {
        NodeParity.assertSameStdout(SCRIPT, Duration.ofMinutes(3), Scripts.addon("napi_promises"));
    }

    /** Only the last instance data is finalized, once, when the environment is torn down (after 'exit'). */
    @Test
    void instanceDataFinalizerRunsAtTeardownForTheLastDataOnly() throws IOException {
        Path dir = Files.createTempDirectory("napi-instance-data");
        Path ours = dir.resolve("ours.txt");
        Path node = dir.resolve("node.txt");
        Scripts.Result r = Scripts.runFile(SCRIPT, Duration.ofMinutes(3), Scripts.addon("napi_promises"), ours.toString());
        assertEquals(0, r.exitCode(), r.toString());
        Scripts.Result n = Scripts.node(SCRIPT, Scripts.addon("napi_promises"), node.toString());
        assertEquals(0, n.exitCode(), n.toString());
        assertEquals(n.stdout(), r.stdout());
        assertEquals("finalized 2 hint the hint\n", Files.readString(node), "Node's behaviour");
        assertEquals(Files.readString(node), Files.readString(ours));
    }
}
