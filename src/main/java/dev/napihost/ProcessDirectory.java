package dev.napihost;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * The process's working directory. Only the CLI's runtime owns the process, so only it moves the
 * real directory (addons that open relative paths then see what {@code process.cwd()} says).
 */
final class ProcessDirectory {
    private static final MethodHandle CHDIR;

    static {
        Linker linker = Linker.nativeLinker();
        CHDIR = linker.downcallHandle(linker.defaultLookup().find("chdir").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    private ProcessDirectory() {
    }

    static void change(Path dir) {
        try (Arena arena = Arena.ofConfined()) {
            int rc = (int) CHDIR.invokeExact(arena.allocateFrom(dir.toString()));
            if (rc != 0) {
                throw new IllegalStateException("chdir(" + dir + ") failed");
            }
        } catch (Throwable t) {
            throw Shim.rethrow(t);
        }
    }
}
