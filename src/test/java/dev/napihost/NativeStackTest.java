package dev.napihost;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Addon code on the JS thread runs on a native stack of its own (shim/src/native_stack.c): the JS
 * between two native frames costs the native code as little stack as in Node, and JS <-> native
 * recursion that exhausts a stack ends in a RangeError, as in Node, never in a crash.
 */
class NativeStackTest {
    private static final Path SCRIPT = NapiBasicsTest.SCRIPTS.resolve("native_stack.js");

    @Test
    void nativeCodeSeesNodeSizedStackUseAndOverflowIsARangeError() {
        NodeParity.assertSameStdout(SCRIPT, Scripts.addon("native_stack"));
    }

    @Test
    void sameInTheCliAndWithoutHostErrors() {
        Scripts.Result r = Scripts.cli(SCRIPT.getParent(), Scripts.DEFAULT_TIMEOUT, SCRIPT.toString(),
                Scripts.addon("native_stack").toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("one level costs under 4 KB true\n"), r.stdout());
        assertTrue(r.stdout().contains("caught true Maximum call stack size exceeded after more than 100 levels true\n"),
                r.stdout());
        assertFalse(r.stderr().contains("internal error"), r.stderr());
    }
}
