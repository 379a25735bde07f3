package dev.napihost;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Node-API values and conversions (coercions, brand checks, instanceof, dates, symbols, BigInts,
 * externals) behave exactly as under Node.js; the Node-API 10 string functions, which Node 20
 * cannot load, are checked against Node's documented contract.
 */
class NapiValuesTest {
    @Test
    void sameOutputAsNode() {
        // A long script (~250 lines of output): allow for a loaded machine.
        NodeParity.assertSameStdout(NapiBasicsTest.SCRIPTS.resolve("values.js"), Duration.ofMinutes(3), Scripts.addon("napi_values"));
    }

    @Test
    void propertyKeysAreStrings() {
        Scripts.Result r = Scripts.run("const a = require(" + Scripts.js(Scripts.addon("napi_values_v10")) + ");"
                + "const k = a.propertyKeys();"
                + "console.log(JSON.stringify(k), k.every((s) => typeof s === 'string'));"
                + "const o = { [k[0]]: 1 }; console.log(o['k\\u00e9y'] === 1 && k[0] === k[1]);"
                + "console.log(JSON.stringify(a.propertyKeyErrors()));");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("[\"kéy\",\"kéy\",\"kéy😀\",\"auto\",\"ab\"] true\ntrue\n[1,1,1,0]\n", r.stdout());
    }

    /** Node's contract when it copies: copied is true and the finalizer has already run, once. */
    @Test
    void externalStringsAreCopiedAndFinalizedAtOnce() {
        Scripts.Result r = Scripts.run("const a = require(" + Scripts.js(Scripts.addon("napi_values_v10")) + ");"
                + "console.log(JSON.stringify(a.externalStrings()));");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("[\"café\",1,1,1,\"h€😀\",1,2,1,1,2,\"ca\"]\n", r.stdout());
    }
}
