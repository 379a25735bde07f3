package dev.napihost;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** child_process.execSync / execFileSync / spawnSync / exec / execFile against Node.js 20. */
class ChildProcessTest {
    @Test
    void childProcessMatchesNode() throws IOException {
        Scripts.Result r = NodeParity.assertSameOutput("child_process.js", false);
        assertTrue(r.stdout().contains("execSync <Buffer 68 65 6c 6c 6f 0a>"), r.stdout());
        assertTrue(r.stdout().contains("spawnSync timeout ETIMEDOUT spawnSync sleep ETIMEDOUT SIGTERM null"), r.stdout());
    }

    @Test
    void execSyncEchoesTheChildsStderrToTheRuntimesStderr() {
        Scripts.Result r = Scripts.run("require('child_process').execSync('echo to-stderr >&2'); console.log('ok');");
        assertEquals("ok\n", r.stdout(), r.toString());
        assertTrue(r.stderr().contains("to-stderr"), r.toString());
    }

    @Test
    void spawnNamesItselfAsUnsupported() {
        Scripts.Result r = Scripts.run("try { require('child_process').spawn('ls'); } catch (e) { console.log(e.code, e.message); }");
        assertTrue(r.stdout().startsWith("ERR_NAPI_HOST_UNSUPPORTED napi-host does not implement child_process.spawn()"), r.toString());
    }
}
