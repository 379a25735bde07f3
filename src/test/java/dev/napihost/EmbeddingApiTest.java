package dev.napihost;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public embedding API: NodeRuntime.eval/require, JsValue calls and conversions, JsException, close. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EmbeddingApiTest {
    private static final Path COUNTER = Path.of(Scripts.addon("embed_counter"));
    /** One runtime shared by the tests that only call into it. */
    private static NodeRuntime node;
    private static final ByteArrayOutputStream ERR = new ByteArrayOutputStream();

    @BeforeAll
    static void start() {
        node = NodeRuntime.newBuilder().allowAddonsFrom(Scripts.TEST_ADDONS)
                .err(new PrintStream(ERR, true, StandardCharsets.UTF_8)).build();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void evalReturnsPrimitives() {
        assertEquals(3, node.eval("1 + 2").asInt());
        assertEquals(0.5, node.eval("1 / 2").asDouble());
        assertEquals(1L << 40, node.eval("2 ** 40").asLong());
        assertEquals("ab", node.eval("'a' + 'b'").asString());
        assertTrue(node.eval("1 < 2").asBoolean());
        assertTrue(node.eval("undefined").isUndefined());
        assertTrue(node.eval("null").isNull());
        assertNull(node.eval("null").toJava());
        assertEquals("42", node.eval("42").toString());
        ClassCastException e = assertThrows(ClassCastException.class, () -> node.eval("'x'").asInt());
        assertTrue(e.getMessage().contains("not a number"), e.getMessage());
    }

    @Test
    void requireAddonAndCallItsFunctions() {
        JsValue addon = node.require(COUNTER.toString());
        assertTrue(addon.get("add").isFunction());
        assertEquals(5.5, addon.invoke("add", 2, 3.5).asDouble());
        assertEquals(7, addon.get("add").call(3, 4).asInt());
        assertEquals(6, addon.invoke("sumBytes", (Object) new byte[] {1, 2, 3}).asInt());
        assertEquals(9, addon.invoke("sumBytes", ByteBuffer.wrap(new byte[] {0, 4, 5, 9}, 1, 2)).asInt());
    }

    @Test
    void requireCoreAndPackageModules() throws Exception {
        assertEquals("a/b", node.require("path").invoke("join", "a", "b").asString());
        Path dir = Scripts.files("node_modules/greeter/package.json", "{\"main\": \"lib.js\"}",
                "node_modules/greeter/lib.js", "exports.greet = (n) => 'hi ' + n;",
                "elsewhere/mods/local/index.js", "module.exports = () => __filename;");
        try (NodeRuntime rt = NodeRuntime.newBuilder().workingDirectory(dir)
                .modulePaths(List.of(dir.resolve("elsewhere/mods"))).build()) {
            assertEquals("hi you", rt.require("greeter").invoke("greet", "you").asString());
            assertEquals(dir.resolve("elsewhere/mods/local/index.js").toString(), rt.require("local").call().asString());
            JsException e = assertThrows(JsException.class, () -> rt.require("missing-pkg"));
            assertTrue(e.getMessage().startsWith("Error: Cannot find module 'missing-pkg'"), e.getMessage());
            assertEquals("MODULE_NOT_FOUND", e.getThrown().get("code").asString());
        }
    }

    @Test
    void javaValuesConvertToJsAndBack() {
        JsValue describe = node.eval("(v) => Buffer.isBuffer(v) ? 'Buffer ' + [...v] : Array.isArray(v) ? 'array ' + JSON.stringify(v)"
                + " : v === undefined ? 'undefined' : typeof v + ' ' + (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))");
        assertEquals("string x", describe.call("x").asString());
        assertEquals("string c", describe.call('c').asString());
        assertEquals("number 7", describe.call(7L).asString());
        assertEquals("number 1.5", describe.call(1.5f).asString());
        assertEquals("boolean true", describe.call(true).asString());
        assertEquals("object null", describe.call((Object) null).asString());
        assertEquals("undefined", describe.call(JsValue.UNDEFINED).asString());
        assertEquals("bigint 12345678901234567890", describe.call(new BigInteger("12345678901234567890")).asString());
        assertEquals("Buffer 1,2,255", describe.call((Object) new byte[] {1, 2, (byte) 255}).asString());
        assertEquals("array [1,\"two\",[3]]", describe.call(List.of(1, "two", List.of(3))).asString());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", 1);
        m.put("b", List.of(true));
        assertEquals("object {\"a\":1,\"b\":[true]}", describe.call(m).asString());

        Object back = node.eval("({ s: 's', n: 1.25, i: 3, b: false, nil: null, u: undefined, list: [1, 'x'],"
                + " bytes: Buffer.from('hi'), nested: { k: [] }, big: 2n ** 70n })").toJava();
        Map<?, ?> map = assertInstanceOf(Map.class, back);
        assertEquals("s", map.get("s"));
        assertEquals(1.25, map.get("n"));
        assertEquals(3, map.get("i"));
        assertEquals(false, map.get("b"));
        assertTrue(map.containsKey("nil") && map.get("nil") == null);
        assertTrue(map.containsKey("u") && map.get("u") == null);
        assertEquals(List.of(1, "x"), map.get("list"));
        assertArrayEquals("hi".getBytes(StandardCharsets.UTF_8), (byte[]) map.get("bytes"));
        assertEquals(Map.of("k", List.of()), map.get("nested"));
        assertEquals(BigInteger.TWO.pow(70), map.get("big"));

        assertArrayEquals(new byte[] {1, 2, 3, 9}, node.eval("(b) => Buffer.concat([b, Buffer.from([9])])")
                .call((Object) new byte[] {1, 2, 3}).asBytes());
        assertArrayEquals(new byte[] {2, 3}, node.eval("new Uint8Array([1, 2, 3, 4]).subarray(1, 3)").asBytes());
        assertEquals(ByteBuffer.wrap(new byte[] {7}), node.eval("new Uint8Array([7]).buffer").asByteBuffer());
        assertEquals(List.of(1, 2), node.eval("[1, 2]").asList());

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> describe.call(new Object()));
        assertTrue(refused.getMessage().contains("java.lang.Object") && refused.getMessage().contains("allowJavaAccess"),
                refused.getMessage());
    }

    @Test
    void objectsCanBeReadWrittenAndConstructed() {
        JsValue o = node.eval("({ n: 1 })");
        o.set("m", "two");
        assertEquals("two", o.get("m").asString());
        assertTrue(o.has("n"));
        assertFalse(o.has("zzz"));
        assertEquals(2, node.eval("(x) => Object.keys(x).length").call(o).asInt());
        JsValue date = node.eval("Date").newInstance(0);
        assertEquals("1970-01-01T00:00:00.000Z", date.invoke("toISOString").asString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o.invoke("nope"));
        assertTrue(e.getMessage().contains("has no method nope"), e.getMessage());
    }

    @Test
    void jsExceptionsCarryNameMessageAndStack() {
        JsValue thrower = node.eval("function explode(msg) { throw new TypeError('bad ' + msg); }\nexplode");
        JsException e = assertThrows(JsException.class, () -> thrower.call("input"));
        assertEquals("TypeError: bad input", e.getMessage());
        assertEquals("TypeError", e.getJsName());
        assertEquals("bad input", e.getJsMessage());
        assertTrue(e.getJsStack().startsWith("TypeError: bad input\n    at explode ("), e.getJsStack());
        assertEquals("bad input", e.getThrown().get("message").asString());

        JsException nonError = assertThrows(JsException.class, () -> node.eval("throw 42"));
        assertEquals("42", nonError.getMessage());
        JsException syntax = assertThrows(JsException.class, () -> node.eval("let let = ;"));
        assertEquals("SyntaxError", syntax.getJsName());

        // An addon's napi_throw_type_error, with its code.
        JsException fromAddon = assertThrows(JsException.class, () -> node.require(COUNTER.toString()).invoke("add", "x"));
        assertEquals("TypeError: add(a, b): two numbers expected", fromAddon.getMessage());
        assertEquals("ERR_INVALID_ARG_TYPE", fromAddon.getThrown().get("code").asString());
        // The runtime survives its callers' exceptions.
        assertEquals(2, node.eval("1 + 1").asInt());
    }

    @Test
    void promisesBecomeCompletableFutures() throws Exception {
        JsValue addon = node.require(COUNTER.toString());
        JsValue viaAsyncWork = node.eval("(addon) => (a, b) => new Promise((resolve, reject) =>"
                + " addon.slowAdd(a, b, (err, sum) => err ? reject(err) : resolve(sum)))").call(addon);
        assertEquals(12, viaAsyncWork.callAsync(5, 7).get(30, TimeUnit.SECONDS).asInt());
        assertTrue(viaAsyncWork.call(1, 1).isObject(), "the blocking call returns the promise itself");
        assertEquals(2, viaAsyncWork.call(1, 1).toFuture().get(30, TimeUnit.SECONDS).asInt());

        JsValue timer = node.eval("(ms, v) => new Promise((r) => setTimeout(() => r(v), ms))");
        assertEquals("late", timer.callAsync(50, "late").get(30, TimeUnit.SECONDS).asString());
        assertEquals(3, node.evalAsync("Promise.resolve(3)").get(30, TimeUnit.SECONDS).asInt());
        assertEquals(4, node.eval("({ f: async (x) => x * 2 })").invokeAsync("f", 2).get(30, TimeUnit.SECONDS).asInt());

        CompletableFuture<JsValue> rejected = node.eval("async () => { await null; throw new RangeError('no'); }").callAsync();
        ExecutionException e = assertThrows(ExecutionException.class, () -> rejected.get(30, TimeUnit.SECONDS));
        JsException js = assertInstanceOf(JsException.class, e.getCause());
        assertEquals("RangeError: no", js.getMessage());
        // Rejections the embedder receives are handled: nothing reaches process 'unhandledRejection'.
        assertEquals(5, node.eval("2 + 3").asInt());
        assertFalse(ERR.toString(StandardCharsets.UTF_8).contains("RangeError"), ERR.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eightThreadsCallOneRuntime() throws Exception {
        try (NodeRuntime rt = NodeRuntime.newBuilder().allowAddonsFrom(Scripts.TEST_ADDONS).build()) {
            JsValue addon = rt.require(COUNTER.toString());
            int threads = 8;
            int callsEach = 500;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int base = t * 1000;
                results.add(pool.submit(() -> {
                    List<Long> seen = new ArrayList<>();
                    for (int i = 0; i < callsEach; i++) {
                        seen.add(addon.invoke("increment").asLong());
                        assertEquals(base + i + 0.5, addon.invoke("add", base + i, 0.5).asDouble());
                    }
                    return seen;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : results) {
                all.addAll(f.get(90, TimeUnit.SECONDS));
            }
            pool.shutdown();
            Collections.sort(all);
            assertEquals(threads * callsEach, all.size());
            for (int i = 0; i < all.size(); i++) {
                assertEquals(i + 1, all.get(i), "every increment ran exactly once, one at a time");
            }
        }
    }

    @Test
    void callsFromTheJsThreadRunDirectly() {
        try (NodeRuntime rt = NodeRuntime.newBuilder().allowJavaAccess(true).build()) {
            JsValue square = rt.eval("(x) => x * x");
            // JS calls back into Java, which calls JS again through the API: on the JS thread, no queueing.
            Supplier<Integer> reentrant = () -> square.call(rt.eval("7").asInt()).asInt() + rt.eval("1").asInt();
            assertEquals(50, rt.eval("(s) => s.get()").call(reentrant).asInt());
        }
    }

    @Test
    void javaAccessIsOffByDefault() {
        JsException e = assertThrows(JsException.class, () -> node.eval("Java.type('java.lang.System').getProperty('user.home')"));
        assertTrue(e.getMessage().contains("ReferenceError: Java is not defined"), e.getMessage());
        try (NodeRuntime rt = NodeRuntime.newBuilder().allowJavaAccess(true).build()) {
            assertEquals(System.getProperty("user.home"), rt.eval("Java.type('java.lang.System').getProperty('user.home')").asString());
            StringBuilder sb = new StringBuilder();
            rt.eval("(sb) => sb.append('from JS')").call(sb);
            assertEquals("from JS", sb.toString());
        }
    }

    @Test
    void addonAllowlist() throws Exception {
        Path dir = Files.createTempDirectory("napihost-allow");
        Path inModules = dir.resolve("node_modules/counter/counter.node");
        Files.createDirectories(inModules.getParent());
        Files.copy(COUNTER, inModules);
        Path inWorkDir = dir.resolve("native/counter.node");
        Files.createDirectories(inWorkDir.getParent());
        Files.copy(COUNTER, inWorkDir);
        try (NodeRuntime rt = NodeRuntime.newBuilder().workingDirectory(dir).build()) {
            assertEquals(1, rt.require("./node_modules/counter/counter.node").invoke("increment").asInt());
            assertEquals(1, rt.require("./native/counter.node").invoke("increment").asInt());
            JsException outside = assertThrows(JsException.class, () -> rt.require(COUNTER.toString()));
            assertTrue(outside.getMessage().contains(COUNTER.toString()) && outside.getMessage().contains("outside the directories"),
                    outside.getMessage());
            assertEquals("ERR_DLOPEN_FAILED", outside.getThrown().get("code").asString());
        }
        try (NodeRuntime rt = NodeRuntime.newBuilder().workingDirectory(dir).allowAddons(false).build()) {
            JsException disabled = assertThrows(JsException.class, () -> rt.require("./native/counter.node"));
            assertTrue(disabled.getMessage().contains(inWorkDir.toString()) && disabled.getMessage().contains("loading addons is disabled"),
                    disabled.getMessage());
            assertEquals("a/b", rt.require("path").invoke("join", "a", "b").asString(), "JS modules still load");
        }
    }

    @Test
    void callsAfterCloseFailClearly() {
        NodeRuntime rt = NodeRuntime.newBuilder().build();
        JsValue f = rt.eval("(x) => x + 1");
        JsValue primitive = rt.eval("'kept'");
        rt.close();
        rt.close(); // twice is fine
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.call(1));
        assertTrue(e.getMessage().matches("NodeRuntime #\\d+ is closed"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> rt.eval("1"));
        assertThrows(IllegalStateException.class, () -> rt.require("path"));
        assertThrows(IllegalStateException.class, () -> f.callAsync(1));
        assertEquals("kept", primitive.asString(), "primitives were copied out");
    }

    @Test
    void closeWithWorkPendingFailsWaitingCalls() throws Exception {
        NodeRuntime rt = NodeRuntime.newBuilder().closeTimeout(Duration.ofSeconds(20)).build();
        CompletableFuture<JsValue> never = rt.eval("() => new Promise(() => {})").callAsync();
        rt.eval("setTimeout(() => {}, 3600e3); setInterval(() => {}, 5)");
        JsValue slow = rt.eval("() => { const end = Date.now() + 300; while (Date.now() < end); return 'done'; }");
        List<CompletableFuture<JsValue>> queued = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            queued.add(slow.callAsync());
        }
        long start = System.nanoTime();
        rt.close();
        assertTrue(System.nanoTime() - start < 15e9, "close() did not wait for the hour-long timer");
        ExecutionException e = assertThrows(ExecutionException.class, () -> never.get(10, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertTrue(e.getCause().getMessage().contains("is closed"), e.getCause().getMessage());
        for (CompletableFuture<JsValue> q : queued) {
            // Each either ran before the loop stopped or failed: none is left hanging.
            try {
                assertEquals("done", q.get(10, TimeUnit.SECONDS).asString());
            } catch (ExecutionException failed) {
                assertInstanceOf(IllegalStateException.class, failed.getCause());
            }
        }
    }

    @Test
    void exitedRuntimeRefusesCalls() {
        NodeRuntime rt = NodeRuntime.newBuilder().build();
        JsValue exit = rt.eval("() => process.exit(3)");
        IllegalStateException e = assertThrows(IllegalStateException.class, exit::call);
        assertTrue(e.getMessage().contains("exited"), e.getMessage());
        IllegalStateException after = assertThrows(IllegalStateException.class, () -> rt.eval("1"));
        assertTrue(after.getMessage().contains("exit code 3"), after.getMessage());
        rt.close();
    }

    @Test
    void optimizingRuntimeIsOnByDefault() {
        // Surefire starts this JVM with the flags of NodeRuntime.optimizingJvmFlags.
        assertTrue(node.isOptimizing());
        try (NodeRuntime rt = NodeRuntime.newBuilder().optimizingRuntime(false).build()) {
            assertFalse(rt.isOptimizing());
            assertEquals(4, rt.eval("2 * 2").asInt());
        }
    }
}
