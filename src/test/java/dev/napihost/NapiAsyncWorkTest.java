package dev.napihost;

import org.junit.jupiter.api.Test;

/** napi_*_async_work: execute on the ThreadFactory's pool, complete on the JS thread, cancellation. */
class NapiAsyncWorkTest {
    @Test
    void sameOutputAsNode() {
        NodeParity.assertSameStdout(NapiBasicsTest.SCRIPTS.resolve("async.js"), Scripts.addon("napi_async"));
    }
}
