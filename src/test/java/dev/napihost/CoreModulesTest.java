package dev.napihost;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The smaller core modules (worker_threads, module, util additions, timers/promises) and the
 * `node:` names of every implemented one, against Node.js 20; unsupported modules name themselves.
 */
class CoreModulesTest {
    @Test
    void coreModulesMatchNode() throws IOException {
        Scripts.Result r = NodeParity.assertSameOutput("core-modules.js", false);
        assertTrue(r.stdout().contains("worker_threads true 0 null null function"), r.stdout());
        assertTrue(r.stdout().contains("callbackify null cb value"), r.stdout());
    }

    /** os.constants, fs.constants, crypto.constants and the legacy `constants` module. */
    @Test
    void constantsAreNodesOnLinux() throws IOException {
        Scripts.Result r = NodeParity.assertSameOutput("constants.js", true);
        assertTrue(r.stdout().contains("\"SIGTERM\",15"), r.stdout());
    }

    @Test
    void unsupportedCoreModuleFailsNamingIt() {
        Scripts.Result r = Scripts.run("""
                try { require('node:http2'); } catch (e) { console.log(e.code + ': ' + e.message); }
                """);
        assertEquals("ERR_NAPI_HOST_UNSUPPORTED_MODULE: napi-host does not implement the Node.js core module 'http2' yet\n",
                r.stdout(), r.toString());
    }

    @Test
    void workerConstructorSaysItIsNotSupported() {
        Scripts.Result r = Scripts.run("""
                try { new (require('worker_threads').Worker)('./w.js'); } catch (e) { console.log(e.code, e.message); }
                """);
        assertTrue(r.stdout().startsWith("ERR_NAPI_HOST_UNSUPPORTED napi-host does not implement worker_threads.Worker"), r.toString());
    }
}
