package dev.napihost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * JS fixtures kept under src/test/resources/dev/napihost/js, copied to a temp directory so they
 * run under napi-host and under Node.js alike. A path segment named {@code nm} becomes
 * {@code node_modules} (the repository ignores node_modules directories).
 */
final class JsFixtures {
    private JsFixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(JsFixtures.class.getResource("js/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies one fixture file (or a whole fixture directory) into a new temp directory. */
    static Path copy(String name) {
        Path from = resource(name);
        try {
            Path dir = Files.createTempDirectory("napihost-fixture");
            if (Files.isRegularFile(from)) {
                return Files.copy(from, dir.resolve(from.getFileName()));
            }
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path target = dir.resolve(from.relativize(f).toString().replaceAll("(^|/)nm(/|$)", "$1node_modules$2"));
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Output with what legitimately differs between two runs/runtimes blanked: pids and versions. */
    static String stable(String text) {
        return text.replaceAll("\\(node:\\d+\\)", "(node:PID)").replaceAll("Node\\.js v[0-9.]+", "Node.js vX");
    }
}
