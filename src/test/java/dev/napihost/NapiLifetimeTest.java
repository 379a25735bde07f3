package dev.napihost;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finalizers (napi_wrap, externals, napi_add_finalizer, node_api_post_finalizer, references that own
 * a finalizer) run once their object is collected and, for everything still alive, at teardown,
 * exactly once; napi_remove_wrap and deleting the owning reference cancel them. External
 * ArrayBuffers and Buffers share the addon's memory both ways. Compared with Node.js run with
 * --expose-gc; the test addon writes its counts to a file from its instance data's finalizer,
 * which runs after every other finalizer at teardown.
 */
class NapiLifetimeTest {
    private static final List<String> EXPOSE_GC = List.of("--expose-gc");

    @Test
    void sameOutputAndTeardownCountsAsNode() throws Exception {
        Path script = NapiBasicsTest.SCRIPTS.resolve("lifetime.js");
        Path dir = Files.createTempDirectory("napihost-lifetime");
        Path nodeReport = dir.resolve("node.txt");
        Path ourReport = dir.resolve("ours.txt");

        Scripts.Result node = Scripts.node(EXPOSE_GC, script, Scripts.addon("napi_lifetime"), nodeReport.toString());
        assertEquals(0, node.exitCode(), "node itself failed: " + node);
        Scripts.Result ours = Scripts.runFile(script, Duration.ofSeconds(240), EXPOSE_GC, Scripts.addon("napi_lifetime"),
                ourReport.toString());
        assertEquals(0, ours.exitCode(), ours.toString());
        assertEquals(node.stdout(), ours.stdout(), "stdout differs from Node's");
        assertTrue(ours.stdout().contains("done"), ours.stdout());
        // Everything not cancelled was finalized exactly once by the end, live objects included.
        String expected = Files.readString(nodeReport);
        assertTrue(expected.contains("wrap=113"), expected);
        assertEquals(expected, Files.readString(ourReport), "finalizer counts at teardown differ from Node's");
    }

    @Test
    void processExitRunsOutstandingFinalizers() throws Exception {
        Path dir = Files.createTempDirectory("napihost-lifetime");
        Path report = dir.resolve("exit.txt");
        String code = "const addon = require(" + Scripts.js(Scripts.addon("napi_lifetime")) + ");\n"
                + "addon.reportAtTeardown(" + Scripts.js(report.toString()) + ");\n"
                + "global.keep = [];\n"
                + "for (let i = 0; i < 4; i++) { const o = {}; addon.wrap(o); keep.push(o); }\n"
                + "keep.push(addon.external(), addon.externalArrayBuffer(4));\n"
                + "addon.post();\n"
                + "process.exit(3);\n";
        Path main = Scripts.files("main.js", code).resolve("main.js");
        // Generous: a first runtime in a loaded test JVM can take most of a minute to start.
        Scripts.Result r = Scripts.runFile(main, Duration.ofSeconds(180));
        assertEquals(3, r.exitCode(), r.toString());
        String counts = Files.readString(report);
        assertTrue(counts.contains("wrap=4\n") && counts.contains("external=1\n") && counts.contains("arraybuffer=1\n")
                && counts.contains("posted=1\n"), counts);
    }

    private static final Pattern NUMBER = Pattern.compile("\"(\\w+)\":(\\d+)");

    /**
     * Millions of handles in nested scopes, then two rounds of 1,000,000 wrapped objects dropped at
     * once: every finalizer has run after collection, the heap after the second round is no bigger
     * than a sane margin over the first, and what is alive or uncollected at exit is finalized at
     * teardown.
     */
    @Test
    @Timeout(300)
    void millionsOfHandlesAndAMillionFinalizers() throws Exception {
        Path dir = Scripts.files("stress.js", """
                const addon = require(process.argv[2]);
                const N = 1000000;
                const tick = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
                async function round(target) {
                  const t0 = Date.now();
                  addon.wrapMany(N);
                  const created = Date.now() - t0;
                  for (let i = 0; i < 3000 && addon.counts().wrap < target; i++) {
                    gc();
                    await tick(20);
                  }
                  gc();
                  await tick(20);
                  const m = process.memoryUsage();
                  return { created, ms: Date.now() - t0, finalized: addon.counts().wrap, heapUsed: m.heapUsed, rss: m.rss };
                }
                (async () => {
                  addon.reportAtTeardown(process.argv[3]);
                  const t0 = Date.now();
                  const handles = addon.handleStress(1000, 1000);
                  const handleMs = Date.now() - t0;
                  const r1 = await round(N);
                  const r2 = await round(2 * N);
                  console.log(JSON.stringify({ handles, handleMs, r1, r2 }));
                  global.keep = [];
                  for (let i = 0; i < 1000; i++) {
                    const o = {};
                    addon.wrap(o);
                    keep.push(o);
                  }
                  addon.wrapMany(100000);
                })();
                """);
        Path report = dir.resolve("report.txt");
        long t0 = System.nanoTime();
        Scripts.Result r = Scripts.runFile(dir.resolve("stress.js"), Duration.ofSeconds(280), EXPOSE_GC,
                Scripts.addon("napi_lifetime"), report.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, r.exitCode(), r.toString());
        System.out.println("NapiLifetimeTest stress: " + r.stdout().trim() + " total " + ms + " ms");
        String out = r.stdout();
        assertEquals(2_000_000, field(out, "handles", 0));
        assertEquals(1_000_000, field(out, "finalized", 0), out);
        assertEquals(2_000_000, field(out, "finalized", 1), out);
        long heap1 = field(out, "heapUsed", 0);
        long heap2 = field(out, "heapUsed", 1);
        assertTrue(heap2 < heap1 + 64L * 1024 * 1024, "heap grew from " + heap1 + " to " + heap2);
        String counts = Files.readString(report);
        assertTrue(counts.startsWith("wrap=2101000\n"), counts);
        assertTrue(counts.contains("badHints=0\n"), counts);
    }

    /** The n-th (0-based) numeric value of a JSON field in the text. */
    private static long field(String text, String name, int index) {
        Matcher m = NUMBER.matcher(text);
        int seen = 0;
        while (m.find()) {
            if (m.group(1).equals(name) && seen++ == index) {
                return Long.parseLong(m.group(2));
            }
        }
        throw new AssertionError("no " + name + " #" + index + " in " + text);
    }
}
