package dev.napihost;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * examples/embedding, a separate Maven project depending on the installed napi-host artifact, is
 * built and run: it calls an addon from 8 Java threads. The artifact is installed into the local
 * repository first (install:install-file of target/napi-host.jar with this pom, offline), as
 * {@code mvn install} would.
 */
@Timeout(value = 900, unit = TimeUnit.SECONDS)
class EmbeddingExampleTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path EXAMPLE = ROOT.resolve("examples/embedding");
    private static final Duration MAVEN_TIMEOUT = Duration.ofMinutes(10);

    @BeforeAll
    static void installArtifact() {
        Scripts.Result r = Scripts.exec(mvn("-f", ROOT.resolve("pom.xml").toString(), "install:install-file",
                "-Dfile=" + Scripts.JAR, "-DpomFile=" + ROOT.resolve("pom.xml")), ROOT, MAVEN_TIMEOUT, null);
        assertEquals(0, r.exitCode(), "installing the artifact failed:\n" + r);
    }

    @Test
    void callsTheCExampleAddonFromEightThreads() {
        Path hello = ROOT.resolve("target/examples/hello.node");
        assertTrue(Files.exists(hello), hello + " is built by mvn package");
        Scripts.Result r = runExample("-Dexample.mode=hello", "-Dexample.addon=" + hello, "-Dexample.skipNpm=true");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("hello: 8000 calls from 8 threads, all correct"), r.toString());
        assertTrue(r.stdout().contains("optimizing runtime: true"), r.toString());
    }

    /** The real npm addon (@node-rs/crc32, installed by the example's own build with npm), from 8 Java threads. */
    @Test
    void callsTheNpmCrc32AddonFromEightThreads() {
        Scripts.Result r = runExample("-Dexample.mode=crc32");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("crc32: 8000 calls from 8 threads, all correct"), r.toString());
    }

    private static Scripts.Result runExample(String... properties) {
        List<String> args = new ArrayList<>(List.of("-f", EXAMPLE.resolve("pom.xml").toString(), "package", "exec:exec@run"));
        args.addAll(List.of(properties));
        return Scripts.exec(mvn(args.toArray(String[]::new)), EXAMPLE, MAVEN_TIMEOUT, null);
    }

    private static List<String> mvn(String... args) {
        List<String> cmd = new ArrayList<>(List.of("mvn", "-o", "-q", "-B"));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
