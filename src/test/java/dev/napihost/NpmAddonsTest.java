package dev.napihost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Real addons from the npm registry (issue 6): src/test/npm/package.json pins them, and
 * package-lock.json fixes their dependencies. They are installed once into target/npm-acceptance
 * with {@code npm ci}; each script under src/test/npm/scripts does real work through a package's
 * documented API and must print what Node.js prints.
 */
class NpmAddonsTest {
    static final Path SOURCE = Path.of("src/test/npm").toAbsolutePath();
    static final Path DIR = Path.of("target/npm-acceptance").toAbsolutePath();

    /** Installs the pinned packages unless the installed lock file already equals ours. */
    @BeforeAll
    static void install() throws IOException {
        Files.createDirectories(DIR);
        byte[] lock = Files.readAllBytes(SOURCE.resolve("package-lock.json"));
        Path stamp = DIR.resolve("node_modules/.napi-host-lock");
        if (!Files.exists(stamp) || !java.util.Arrays.equals(lock, Files.readAllBytes(stamp))) {
            Files.copy(SOURCE.resolve("package.json"), DIR.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.write(DIR.resolve("package-lock.json"), lock);
            Scripts.Result r = Scripts.exec(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), DIR,
                    Duration.ofMinutes(10), null);
            assertEquals(0, r.exitCode(), "npm ci failed in " + DIR + ":\n" + r);
            Files.write(stamp, lock);
        }
        Path scripts = DIR.resolve("scripts");
        Files.createDirectories(scripts);
        try (Stream<Path> files = Files.list(SOURCE.resolve("scripts"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, scripts.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xxhash", "crc32", "argon2", "jieba", "snappy", "bufferutil", "utf8validate", "classiclevel", "msgpackr", "farmhash"})
    void printsWhatNodePrints(String script) {
        NodeParity.assertSameStdout(DIR.resolve("scripts").resolve(script + ".js"), Duration.ofMinutes(2));
    }
}
