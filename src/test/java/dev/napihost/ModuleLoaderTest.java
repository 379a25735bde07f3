package dev.napihost;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CommonJS loader on a fixture tree (resources js/loader: files, directories, node_modules
 * packages with "main", "exports", "imports", self-reference, cycles), compared with Node.js.
 */
class ModuleLoaderTest {
    @Test
    void resolutionAndLoadingMatchNode() {
        Path dir = JsFixtures.copy("loader");
        Scripts.Result node = Scripts.node(dir.resolve("main.js"));
        Scripts.Result host = Scripts.runFile(dir.resolve("main.js"), Scripts.DEFAULT_TIMEOUT);
        assertEquals(0, host.exitCode(), host.toString());
        List<String> expected = node.stdout().lines().toList();
        List<String> actual = host.stdout().lines().toList();
        assertEquals(expected.size(), actual.size(), host.toString());
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).startsWith("badjson:")) {
                // The JSON parser's own wording is the engine's; Node prefixes it with the file name.
                assertTrue(actual.get(i).startsWith("badjson: SyntaxError | <D>/lib/bad.json: "), actual.get(i));
            } else {
                assertEquals(expected.get(i), actual.get(i));
            }
        }
    }

    @Test
    void missingModuleListsTheRequireStack() {
        Path dir = JsFixtures.copy("loader");
        Scripts.Result r = Scripts.runFile(dir.resolve("main.js"), Scripts.DEFAULT_TIMEOUT);
        assertTrue(r.stdout().contains("""
                notfound: MODULE_NOT_FOUND | Cannot find module './nope'
                Require stack:
                - <D>/sub/deep/req.js
                - <D>/sub/mid.js
                - <D>/main.js
                requireStack: ["<D>/sub/deep/req.js","<D>/sub/mid.js","<D>/main.js"]
                """), r.toString());
    }

    @Test
    void invalidMainFallsBackToIndexWithDeprecationWarning() {
        Path dir = JsFixtures.copy("loader");
        Scripts.Result node = Scripts.node(dir.resolve("main2.js"));
        Scripts.Result host = Scripts.runFile(dir.resolve("main2.js"), Scripts.DEFAULT_TIMEOUT);
        assertEquals(JsFixtures.stable(node.toString()), JsFixtures.stable(host.toString()));
        assertTrue(host.stderr().contains("[DEP0128] DeprecationWarning: Invalid 'main' field"), host.toString());
    }

    @Test
    void coreModuleErrors() {
        Scripts.Result r = Scripts.run("""
                function code(f) { try { f(); return 'ok'; } catch (e) { return e.code + ': ' + e.message; } }
                console.log(code(() => require('node:unknown')));
                console.log(code(() => require('test')).split('\\n')[0]);
                console.log(code(() => require('wasi')));
                console.log(require('node:path') === require('path'), require('module').isBuiltin('node:test'));
                """);
        assertEquals("""
                ERR_UNKNOWN_BUILTIN_MODULE: No such built-in module: node:unknown
                MODULE_NOT_FOUND: Cannot find module 'test'
                ERR_NAPI_HOST_UNSUPPORTED_MODULE: napi-host does not implement the Node.js core module 'wasi' yet
                true true
                """, r.stdout(), r.toString());
    }

    @Test
    void mainModuleAndEvalScope() {
        Scripts.Result r = Scripts.run("""
                console.log(require.main === module, module.id, module.loaded, module.parent, typeof module.require);
                setImmediate(() => console.log('loaded after run', module.loaded));
                """);
        assertEquals("true . false null function\nloaded after run true\n", r.stdout(), r.toString());
    }
}
