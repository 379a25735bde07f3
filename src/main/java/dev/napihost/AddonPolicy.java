package dev.napihost;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which native addons a runtime may load: none ({@code --no-addons}), any, or those under a list
 * of directories (by default the working directory and any {@code node_modules} directory). The
 * check runs on the addon's real path, so a symbolic link cannot lead out of an allowed directory.
 */
record AddonPolicy(boolean enabled, boolean anywhere, boolean nodeModules, List<Path> directories) {
    static final AddonPolicy ANYWHERE = new AddonPolicy(true, true, true, List.of());

    /** Why loading this addon is refused, or null when it is allowed. */
    String refusal(Path file) {
        if (!enabled) {
            return "Cannot load native addon " + file + " because loading addons is disabled"
                    + " (NodeRuntime.Builder.allowAddons(false), like node --no-addons)";
        }
        if (anywhere) {
            return null;
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            real = file.toAbsolutePath().normalize();
        }
        if (nodeModules) {
            for (Path part : real) {
                if (part.toString().equals("node_modules")) {
                    return null;
                }
            }
        }
        for (Path dir : directories) {
            if (real.startsWith(realOrSelf(dir))) {
                return null;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (Path dir : directories) {
            allowed.add(dir.toString());
        }
        if (nodeModules) {
            allowed.add("any node_modules directory");
        }
        return "Cannot load native addon " + file + ": it is outside the directories addons may be loaded from ("
                + String.join(", ", allowed) + "); allow it with NodeRuntime.Builder.allowAddonsFrom(dir)";
    }

    private static Path realOrSelf(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }
}
