package dev.napihost;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** require() and process.dlopen of .node files: registration paths, caching, and clear errors. */
class AddonLoadingTest {
    private static Scripts.Result tryLoad(String addon) {
        return Scripts.run("try { require(" + Scripts.js(addon) + "); console.log('loaded'); }\n"
                + "catch (e) { console.log(e.code); console.log(e.message); }");
    }

    @Test
    void napiRegisterModuleV1AndCaching() {
        String hello = Scripts.js(Scripts.addon("hello"));
        Scripts.Result r = Scripts.run("const a = require(" + hello + ");\n"
                + "const b = require(" + hello + ");\n"
                + "console.log(a === b, a.add(1, 2));\n"
                + "const m = { exports: {} };\n"
                + "process.dlopen(m, " + hello + ");\n"
                + "console.log(typeof m.exports.add, m.exports !== a);");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("true 3\nfunction true\n", r.stdout());
    }

    @Test
    void legacyNapiModuleRegisterConstructorPath() {
        Scripts.Result r = Scripts.run("console.log(require(" + Scripts.js(Scripts.addon("legacy_register")) + ").kind());");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("legacy\n", r.stdout());
    }

    @Test
    void initMayReplaceExports() {
        Scripts.Result r = Scripts.run("const f = require(" + Scripts.js(Scripts.addon("init_returns_other")) + ");\n"
                + "console.log(typeof f, f());");
        assertEquals("function 42\n", r.stdout(), r.toString());
    }

    @Test
    void initThatThrowsFailsRequire() {
        Scripts.Result r = tryLoad(Scripts.addon("init_throws"));
        assertEquals("E_INIT\ninit failed on purpose\n", r.stdout(), r.toString());
    }

    @Test
    void missingFile() {
        Scripts.Result r = Scripts.run("try { process.dlopen({ exports: {} }, '/nonexistent/x.node'); }\n"
                + "catch (e) { console.log(e.code); console.log(e.message); }");
        assertEquals("ERR_DLOPEN_FAILED\n/nonexistent/x.node: cannot open shared object file: No such file or directory\n",
                r.stdout(), r.toString());
    }

    @Test
    void notAnElfFile() {
        Scripts.Result r = tryLoad(Scripts.addon("not_elf"));
        assertTrue(r.stdout().startsWith("ERR_DLOPEN_FAILED\n"), r.toString());
        assertTrue(r.stdout().contains("not_elf.node: not a native addon: the file is not an ELF shared object"), r.toString());
    }

    @Test
    void wrongArchitecture() {
        Scripts.Result r = tryLoad(Scripts.addon("wrong_arch"));
        assertTrue(r.stdout().contains("wrong_arch.node: the addon was built for aarch64 (arm64); this host is linux-x86_64"),
                r.toString());
    }

    @Test
    void unknownSymbolIsNamed() {
        Scripts.Result r = tryLoad(Scripts.addon("unknown_symbol"));
        assertTrue(r.stdout().startsWith("ERR_DLOPEN_FAILED\n"), r.toString());
        assertTrue(r.stdout().contains("needs the symbol napi_function_that_does_not_exist"), r.toString());
    }

    @Test
    void v8ApiAddonIsRecognised() {
        Scripts.Result r = tryLoad(Scripts.addon("v8_api"));
        assertTrue(r.stdout().contains("built against Node's V8/C++ API, not Node-API"), r.toString());
        assertTrue(r.stdout().contains("_ZN2v87Isolate10GetCurrentEv (v8::Isolate::GetCurrent)"), r.toString());
    }

    @Test
    void sharedObjectWithoutRegistration() {
        Scripts.Result r = tryLoad(Scripts.addon("no_registration"));
        assertTrue(r.stdout().contains("not a Node-API addon: it neither exports napi_register_module_v1 nor calls napi_module_register"),
                r.toString());
    }

    @Test
    void failedLoadLeavesTheRuntimeUsable() {
        Scripts.Result r = Scripts.run("for (const f of [" + Scripts.js(Scripts.addon("not_elf")) + ", "
                + Scripts.js(Scripts.addon("init_throws")) + "]) { try { require(f); } catch (e) {} }\n"
                + "console.log(require(" + Scripts.js(Scripts.addon("hello")) + ").add(20, 22));");
        assertEquals("42\n", r.stdout(), r.toString());
    }
}
