package dev.napihost;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.graalvm.polyglot.io.FileSystem;

/**
 * The only file system GraalJS sees: it holds the source text of ES modules and nothing else.
 *
 * <p>GraalJS loads an imported module by asking our resolver (internal/modules/esm.js, through the
 * engine's ESM lookup hook) for a path and then reading that path through the polyglot file system.
 * The resolver registers the text for every path it hands out ({@link #register}) before answering,
 * so this file system never touches the disk: user files are read by our own bindings, CommonJS and
 * core modules get synthesized module text under virtual paths, and any other path does not exist.
 * The JS-visible {@code fs} module does not go through here.
 */
final class ModuleFileSystem implements FileSystem {
    private final Map<String, byte[]> sources = new ConcurrentHashMap<>();
    private final Supplier<Path> cwd;

    ModuleFileSystem(Supplier<Path> cwd) {
        this.cwd = cwd;
    }

    /** Makes {@code path} an importable module whose text is {@code text}. */
    void register(String path, String text) {
        sources.put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    boolean isRegistered(String path) {
        return sources.containsKey(path);
    }

    private byte[] source(Path path) throws NoSuchFileException {
        byte[] b = sources.get(path.toString());
        if (b == null) {
            throw new NoSuchFileException(path.toString());
        }
        return b;
    }

    @Override
    public Path parsePath(URI uri) {
        if (!"file".equals(uri.getScheme())) {
            throw new UnsupportedOperationException("unsupported URI scheme " + uri.getScheme());
        }
        return Path.of(uri);
    }

    @Override
    public Path parsePath(String path) {
        return Path.of(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        source(toAbsolutePath(path));
        if (modes.contains(AccessMode.WRITE) || modes.contains(AccessMode.EXECUTE)) {
            throw new java.nio.file.AccessDeniedException(path.toString(), null, "module sources are read-only");
        }
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        throw new java.nio.file.AccessDeniedException(dir.toString(), null, "module sources are read-only");
    }

    @Override
    public void delete(Path path) throws IOException {
        throw new java.nio.file.AccessDeniedException(path.toString(), null, "module sources are read-only");
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
        if (options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND)) {
            throw new java.nio.file.AccessDeniedException(path.toString(), null, "module sources are read-only");
        }
        return new ReadChannel(source(toAbsolutePath(path)));
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
        throw new NoSuchFileException(dir.toString());
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path.isAbsolute() ? path : cwd.get().resolve(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        // The resolver registers real paths already.
        Path abs = toAbsolutePath(path).normalize();
        source(abs);
        return abs;
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        byte[] b = source(toAbsolutePath(path));
        Map<String, Object> a = new HashMap<>();
        FileTime epoch = FileTime.fromMillis(0);
        a.put("size", (long) b.length);
        a.put("isRegularFile", true);
        a.put("isDirectory", false);
        a.put("isSymbolicLink", false);
        a.put("isOther", false);
        a.put("lastModifiedTime", epoch);
        a.put("lastAccessTime", epoch);
        a.put("creationTime", epoch);
        a.put("fileKey", null);
        return a;
    }

    /** A read-only channel over one module's bytes. */
    private static final class ReadChannel implements SeekableByteChannel {
        private final byte[] bytes;
        private int position;
        private boolean open = true;

        ReadChannel(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read(ByteBuffer dst) {
            if (position >= bytes.length) {
                return -1;
            }
            int n = Math.min(dst.remaining(), bytes.length - position);
            dst.put(bytes, position, n);
            position += n;
            return n;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            position = (int) Math.min(newPosition, bytes.length);
            return this;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
