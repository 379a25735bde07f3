package dev.napihost;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The JVM flags GraalJS's optimizing runtime needs on a stock JDK, and the relaunch that applies
 * them when the CLI jar was started with a plain {@code java -jar}: GraalJS and Truffle on the
 * module path, the Graal compiler on the upgrade module path, JVMCI enabled.
 */
final class OptimizingRuntimeLauncher {
    private OptimizingRuntimeLauncher() {
    }

    /** Whether GraalJS sits on the module path of this JVM (the flags were given). */
    static boolean isActive() {
        return ModuleLayer.boot().findModule("org.graalvm.polyglot").isPresent();
    }

    /**
     * Start-up flags for the CLI (the {@code napi-host} script passes the same; docs/building.md
     * has the measurements). Without CDS (the JVM disables it with {@code --upgrade-module-path})
     * a start loads ~10,000 classes, and C2 spends seconds compiling class loading and the Graal
     * compiler's own code that a short script never uses: C1 alone halves start-up CPU. Hot JS is
     * compiled by Graal either way, and the addon call path measured no slower with C1 host code.
     * A larger first metaspace threshold avoids two full GCs during start-up.
     */
    static List<String> startupFlags() {
        return List.of("-Xss8m", "-XX:+UseSerialGC", "-XX:MetaspaceSize=128m");
    }

    /** The flags, for jars in {@code lib/modules} and {@code lib/upgrade} under {@code libDir}. */
    static List<String> jvmFlags(Path libDir) throws IOException {
        List<String> flags = new ArrayList<>();
        flags.add("-XX:+UnlockExperimentalVMOptions");
        flags.add("-XX:+EnableJVMCI");
        flags.add("--module-path");
        flags.add(jars(libDir.resolve("modules")));
        flags.add("--upgrade-module-path");
        flags.add(jars(libDir.resolve("upgrade")));
        flags.add("--add-modules");
        flags.add("org.graalvm.polyglot");
        flags.add("--enable-native-access=org.graalvm.truffle,ALL-UNNAMED");
        // ArrayBufferMemory reads buffer addresses through GraalJS internals.
        flags.add("--add-opens");
        flags.add("org.graalvm.polyglot/org.graalvm.polyglot=ALL-UNNAMED");
        flags.add("--add-exports");
        flags.add("org.graalvm.js/com.oracle.truffle.js.runtime.builtins=ALL-UNNAMED");
        flags.add("--sun-misc-unsafe-memory-access=allow");
        return flags;
    }

    private static String jars(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("missing " + dir + " (the GraalJS jars the CLI runs with); rebuild with mvn package");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().map(Path::toString)
                    .collect(Collectors.joining(File.pathSeparator));
        }
    }

    static Path ownJar() {
        try {
            return Path.of(OptimizingRuntimeLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * JVM options the relaunched JVM inherits: {@code -Dpolyglot.*} (GraalJS/Truffle options such as
     * {@code polyglot.engine.TraceCompilation}) and {@code napihost.*} properties given to this JVM, then the
     * whitespace-separated options in {@code NAPIHOST_JAVA_OPTS} (e.g. {@code -Xmx2g}).
     */
    static List<String> forwardedOptions(java.util.Properties props, String javaOpts) {
        List<String> opts = new ArrayList<>();
        for (String name : props.stringPropertyNames().stream().sorted().toList()) {
            if (name.startsWith("polyglot.") || (name.startsWith("napihost.") && !name.equals("napihost.launcher"))) {
                opts.add("-D" + name + "=" + props.getProperty(name));
            }
        }
        if (javaOpts != null && !javaOpts.isBlank()) {
            opts.addAll(List.of(javaOpts.trim().split("\\s+")));
        }
        return opts;
    }

    /** Runs the CLI in a JVM with the flags; returns its exit code. */
    static int relaunch(String[] args) {
        try {
            Path jar = ownJar();
            Path lib = Path.of(System.getProperty("napihost.lib", jar.getParent().resolve("lib").toString()));
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(startupFlags());
            cmd.addAll(jvmFlags(lib));
            cmd.addAll(forwardedOptions(System.getProperties(), System.getenv("NAPIHOST_JAVA_OPTS")));
            cmd.add("-Dnapihost.launcher=" + System.getProperty("napihost.launcher", jar.toString()));
            cmd.add("-cp");
            cmd.add(jar.toString());
            cmd.add(Main.class.getName());
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            return p.waitFor();
        } catch (IOException e) {
            System.err.println("napi-host: cannot start the optimizing runtime: " + e.getMessage());
            return 70;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
