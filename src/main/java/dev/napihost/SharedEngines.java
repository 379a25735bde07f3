package dev.napihost;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.graalvm.polyglot.Engine;

/**
 * The GraalJS engines embedded runtimes share. Contexts of one engine share parsed and compiled
 * code, so the second and later runtimes of a JVM start about twice as fast and take less memory
 * (bootstrap and core-module sources are compiled once). GraalJS requires the same engine options
 * and host access for all contexts of an engine, so there is one engine per combination of
 * {@link RuntimeConfig#optimizingRuntime()} and {@link RuntimeConfig#javaAccess()}. They live as
 * long as the JVM.
 */
final class SharedEngines {
    private static final Map<String, Engine> ENGINES = new ConcurrentHashMap<>();

    private SharedEngines() {
    }

    static Engine get(boolean optimizingRuntime, boolean javaAccess) {
        return ENGINES.computeIfAbsent(optimizingRuntime + "/" + javaAccess, key -> {
            Engine.Builder b = Engine.newBuilder("js").allowExperimentalOptions(true);
            if (!optimizingRuntime) {
                // The embedder chose the interpreter: no compilation, and no warning that it is in use.
                b.option("engine.Compilation", "false").option("engine.WarnInterpreterOnly", "false");
            }
            return b.build();
        });
    }
}
