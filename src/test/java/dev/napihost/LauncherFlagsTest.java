package dev.napihost;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ./napi-host script and the jar's relaunch start the JVM with the same flags. */
class LauncherFlagsTest {
    @Test
    void launcherScriptPassesTheRelaunchFlags() throws Exception {
        String script = Files.readString(Path.of("napi-host"));
        for (String flag : OptimizingRuntimeLauncher.startupFlags()) {
            assertTrue(script.contains(flag), "./napi-host lacks " + flag);
        }
        for (String flag : new String[] {"-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI", "--module-path",
                "--upgrade-module-path", "--add-modules org.graalvm.polyglot",
                "--enable-native-access=org.graalvm.truffle,ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "--add-opens org.graalvm.polyglot/org.graalvm.polyglot=ALL-UNNAMED",
                "--add-exports org.graalvm.js/com.oracle.truffle.js.runtime.builtins=ALL-UNNAMED"}) {
            assertTrue(script.contains(flag), "./napi-host lacks " + flag);
        }
    }
}
