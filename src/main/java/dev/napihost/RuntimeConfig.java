package dev.napihost;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Everything a runtime is built with; made by {@link NodeRuntime.Builder}. */
record RuntimeConfig(
        Path workingDirectory,
        List<String> argv,
        List<String> execArgv,
        Map<String, String> environment,
        PrintStream out,
        PrintStream err,
        InputStream in,
        String execPath,
        boolean ownsProcess,
        List<Path> modulePaths,
        AddonPolicy addonPolicy,
        boolean javaAccess,
        boolean optimizingRuntime,
        Duration closeTimeout) {
}
