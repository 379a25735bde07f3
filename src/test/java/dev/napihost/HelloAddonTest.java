package dev.napihost;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HelloAddonTest {
    @Test
    void addonFunctionsAreCallable() {
        Scripts.Result r = Scripts.run("const a = require(" + Scripts.js(Scripts.addon("hello")) + ");\n"
                + "console.log(a.add(2, 3), a.hello());");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("5 hello from C\n", r.stdout());
    }
}
