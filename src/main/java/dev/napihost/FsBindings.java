package dev.napihost;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The one place napi-host touches the file system for the {@code fs} module (lib/fs.js). Each
 * operation has a name and positional arguments, and runs either synchronously on the JS thread
 * ({@link #call}) or on the shared worker pool with its callback posted back to the event loop
 * ({@link #callAsync}), which stays alive while the request is pending, as libuv's fs requests do.
 *
 * <p>Failures are reported as Node's error codes ("ENOENT"): {@link #call} returns null and
 * {@link #lastError} names the code; lib/fs.js builds the Error with Node's message, errno, syscall
 * and path. File descriptors are numbers in a per-runtime table of open channels (1 and 2 write to
 * the runtime's stdout/stderr), not the kernel's numbers.
 */
public final class FsBindings {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEMP_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    // Node's numeric open flags (Linux values, as fs.constants reports them).
    static final int O_WRONLY = 1;
    static final int O_RDWR = 2;
    static final int O_CREAT = 64;
    static final int O_EXCL = 128;
    static final int O_TRUNC = 512;
    static final int O_APPEND = 1024;

    /** A failure with Node's error code and, when it differs from the operation's, the syscall. */
    static final class FsError extends Exception {
        final String code;
        final String syscall;

        FsError(String code, String syscall) {
            super(code, null, false, false);
            this.code = code;
            this.syscall = syscall;
        }

        FsError(String code) {
            this(code, null);
        }
    }

    private final RuntimeCore core;
    private final HostBindings host;
    /** Open descriptors: any pool thread may use them (FileChannel is thread-safe). */
    private final Map<Integer, OpenFile> fds = new ConcurrentHashMap<>();
    private final AtomicInteger nextFd = new AtomicInteger(3);

    private record OpenFile(FileChannel channel, Path path) {
    }
    private String lastError;
    private String lastSyscall;

    FsBindings(RuntimeCore core, HostBindings host) {
        this.core = core;
        this.host = host;
    }

    /** The code of the last failed synchronous call ("ENOENT"). */
    @HostAccess.Export
    public String lastError() {
        return lastError;
    }

    /** The syscall the last failure came from when it is not the operation's own (or null). */
    @HostAccess.Export
    public String lastSyscall() {
        return lastSyscall;
    }

    /** Runs an operation on the JS thread; null on failure (see {@link #lastError}). */
    @HostAccess.Export
    public Object call(String op, Value args) {
        try {
            return run(op, toJava(args));
        } catch (FsError e) {
            lastError = e.code;
            lastSyscall = e.syscall;
            return null;
        }
    }

    /**
     * Runs an operation on the worker pool; {@code callback(code, syscall, result)} is called on the
     * JS thread from the event loop (code null on success).
     */
    @HostAccess.Export
    public void callAsync(String op, Value args, Value callback) {
        Object[] a = toJava(args);
        core.loop.ref();
        AsyncWorkPool.execute(() -> {
            Object result = null;
            FsError error = null;
            try {
                result = run(op, a);
            } catch (FsError e) {
                error = e;
            } catch (RuntimeException e) {
                error = new FsError("EIO");
            }
            Object r = result;
            FsError err = error;
            core.loop.post(() -> {
                core.loop.unref();
                if (err != null) {
                    callback.execute(err.code, err.syscall, null);
                } else {
                    callback.execute(null, null, r);
                }
            });
        });
    }

    // ---- argument conversion (JS thread) ----

    private Object[] toJava(Value args) {
        Object[] out = new Object[(int) args.getArraySize()];
        for (int i = 0; i < out.length; i++) {
            Value v = args.getArrayElement(i);
            if (v.isNull()) {
                out[i] = null;
            } else if (v.isString()) {
                out[i] = v.asString();
            } else if (v.isBoolean()) {
                out[i] = v.asBoolean();
            } else if (v.isNumber()) {
                out[i] = v.asDouble();
            } else if (HostBytes.of(v) instanceof byte[] bytes) {
                out[i] = bytes;
            } else {
                throw new IllegalArgumentException("fs binding argument " + i + " of an unexpected kind: " + v);
            }
        }
        return out;
    }

    // ---- operations ----

    private Object run(String op, Object[] a) throws FsError {
        try {
            return switch (op) {
                case "readFile" -> readFile(path(a[0]));
                case "writeFile" -> writeFile(path(a[0]), (byte[]) a[1], num(a[2]));
                case "stat" -> stat(path(a[0]), true);
                case "lstat" -> stat(path(a[0]), false);
                case "exists" -> Files.exists(path(a[0]));
                case "access" -> access(path(a[0]), num(a[1]));
                case "readdir" -> readdir(path(a[0]));
                case "mkdir" -> mkdir(path(a[0]), (Boolean) a[1]);
                case "mkdtemp" -> mkdtemp((String) a[0]);
                case "rmdir" -> rmdir(path(a[0]));
                case "unlink" -> unlink(path(a[0]));
                case "rm" -> rm(path(a[0]), (Boolean) a[1], (Boolean) a[2]);
                case "rename" -> rename(path(a[0]), path(a[1]));
                case "copyFile" -> copyFile(path(a[0]), path(a[1]), num(a[2]));
                case "realpath" -> realpath(path(a[0]));
                case "readlink" -> readlink(path(a[0]));
                case "symlink" -> symlink((String) a[0], path(a[1]));
                case "link" -> link(path(a[0]), path(a[1]));
                case "truncate" -> truncate(path(a[0]), (long) num(a[1]));
                case "chmod" -> chmod(path(a[0]), num(a[1]));
                case "utimes" -> utimes(path(a[0]), (Double) a[1], (Double) a[2]);
                case "open" -> open(path(a[0]), num(a[1]));
                case "close" -> close(num(a[0]));
                case "read" -> read(num(a[0]), num(a[1]), (Double) a[2]);
                case "write" -> write(num(a[0]), (byte[]) a[1], a[2] == null ? -1 : (long) (double) (Double) a[2]);
                case "fstat" -> fstat(num(a[0]));
                case "ftruncate" -> ftruncate(num(a[0]), (long) num(a[1]));
                case "fsync" -> fsync(num(a[0]));
                default -> throw new IllegalArgumentException("unknown fs operation " + op);
            };
        } catch (IOException e) {
            throw new FsError(codeOf(e));
        } catch (java.nio.channels.NonWritableChannelException | java.nio.channels.NonReadableChannelException e) {
            // A descriptor opened without the needed access: write(2)/read(2) answer EBADF.
            throw new FsError("EBADF");
        }
    }

    private Path path(Object p) {
        return host.resolve((String) p);
    }

    private static int num(Object o) {
        return o == null ? 0 : (int) (double) (Double) o;
    }

    private Object readFile(Path p) throws IOException, FsError {
        if (Files.isDirectory(p)) {
            throw new FsError("EISDIR", "read");
        }
        byte[] bytes = Files.readAllBytes(p);
        return HostBytes.slice(bytes);
    }

    private Object writeFile(Path p, byte[] data, int flags) throws IOException, FsError {
        if (Files.isDirectory(p)) {
            throw new FsError("EISDIR");
        }
        Files.write(p, data, openOptions(flags).toArray(new OpenOption[0]));
        return 0;
    }

    private static Set<OpenOption> openOptions(int flags) {
        Set<OpenOption> o = new HashSet<>();
        int access = flags & 3;
        if (access == O_WRONLY || access == O_RDWR) {
            o.add(StandardOpenOption.WRITE);
        }
        if (access != O_WRONLY) {
            o.add(StandardOpenOption.READ);
        }
        if ((flags & O_CREAT) != 0) {
            o.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0) {
            o.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & O_APPEND) != 0) {
            o.add(StandardOpenOption.APPEND);
            o.remove(StandardOpenOption.READ);
            if (access == O_RDWR) {
                o.add(StandardOpenOption.READ);
            }
        }
        return o;
    }

    private static final String STAT_ATTRIBUTES =
            "unix:dev,ino,mode,nlink,uid,gid,rdev,size,lastAccessTime,lastModifiedTime,ctime,creationTime";

    /**
     * Node's Stats fields as 14 native-order doubles, in the order of lib/fs.js's Stats constructor
     * (numbers cross as bytes: parsing them from text costs more than the stat call itself).
     */
    private static HostBytes.Slice stat(Path p, boolean follow) throws IOException {
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        // Named attributes only: "unix:*" also resolves the owner and group names (a passwd lookup
        // per call, several times slower).
        Map<String, Object> u = Files.readAttributes(p, STAT_ATTRIBUTES, opts);
        long size = ((Number) u.get("size")).longValue();
        double ctime = millis(u.get("ctime"));
        double birth = u.get("creationTime") != null ? millis(u.get("creationTime")) : ctime;
        ByteBuffer b = ByteBuffer.allocateDirect(14 * 8).order(java.nio.ByteOrder.nativeOrder());
        b.putDouble(((Number) u.get("dev")).doubleValue()).putDouble(((Number) u.get("mode")).doubleValue())
                .putDouble(((Number) u.get("nlink")).doubleValue()).putDouble(((Number) u.get("uid")).doubleValue())
                .putDouble(((Number) u.get("gid")).doubleValue()).putDouble(((Number) u.get("rdev")).doubleValue())
                .putDouble(4096).putDouble(((Number) u.get("ino")).doubleValue()).putDouble(size)
                .putDouble((size + 4095) / 4096 * 8).putDouble(millis(u.get("lastAccessTime")))
                .putDouble(millis(u.get("lastModifiedTime"))).putDouble(ctime).putDouble(birth);
        b.flip();
        return new HostBytes.Slice(b, 14 * 8);
    }

    private static double millis(Object fileTime) {
        // As Node computes it from a timespec: seconds * 1e3 + nanoseconds / 1e6.
        java.time.Instant t = ((FileTime) fileTime).toInstant();
        return t.getEpochSecond() * 1e3 + t.getNano() / 1e6;
    }

    private Object access(Path p, int mode) throws FsError {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)) {
            throw new FsError("ENOENT");
        }
        if (((mode & 4) != 0 && !Files.isReadable(p)) || ((mode & 2) != 0 && !Files.isWritable(p))
                || ((mode & 1) != 0 && !Files.isExecutable(p))) {
            throw new FsError("EACCES");
        }
        return 0;
    }

    /** Entries sorted by name (libuv's scandir sorts), each "<type><name>" joined by NUL. */
    private static String readdir(Path p) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
            for (Path e : ds) {
                names.add(e.getFileName().toString());
            }
        }
        names.sort(null);
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (!sb.isEmpty()) {
                sb.append('\0');
            }
            sb.append(typeChar(p.resolve(n))).append(n);
        }
        return sb.toString();
    }

    /** f file, d directory, l symlink, o other (Dirent types). */
    private static char typeChar(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isSymbolicLink() ? 'l' : a.isDirectory() ? 'd' : a.isRegularFile() ? 'f' : 'o';
        } catch (IOException e) {
            return 'o';
        }
    }

    /** Recursive: the first directory created ("" when none was); otherwise "". */
    private static Object mkdir(Path p, boolean recursive) throws IOException, FsError {
        if (!recursive) {
            Files.createDirectory(p);
            return "";
        }
        Path first = null;
        for (Path q = p; q != null && !Files.isDirectory(q); q = q.getParent()) {
            if (Files.exists(q, LinkOption.NOFOLLOW_LINKS)) {
                throw new FsError(q.equals(p) ? "EEXIST" : "ENOTDIR");
            }
            first = q;
        }
        if (first != null) {
            Files.createDirectories(p);
        }
        return first == null ? "" : first.toString();
    }

    private Object mkdtemp(String prefix) throws IOException {
        for (;;) {
            StringBuilder sb = new StringBuilder(prefix);
            for (int i = 0; i < 6; i++) {
                sb.append(TEMP_CHARS.charAt(RANDOM.nextInt(TEMP_CHARS.length())));
            }
            try {
                Files.createDirectory(host.resolve(sb.toString()));
                return sb.toString();
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
    }

    private static Object rmdir(Path p) throws IOException, FsError {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new FsError(Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? "ENOTDIR" : "ENOENT");
        }
        Files.delete(p);
        return 0;
    }

    private static Object unlink(Path p) throws IOException, FsError {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new FsError("EISDIR");
        }
        Files.delete(p);
        return 0;
    }

    /** fs.rm: lstat first (Node reports a missing path from lstat), directories only when recursive. */
    private static Object rm(Path p, boolean recursive, boolean force) throws IOException, FsError {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            if (force) {
                return 0;
            }
            throw new FsError("ENOENT", "lstat");
        }
        if (a.isDirectory() && !recursive) {
            throw new FsError("ERR_FS_EISDIR", "rm");
        }
        deleteTree(p);
        return 0;
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
                for (Path e : ds) {
                    deleteTree(e);
                }
            }
        }
        Files.delete(p);
    }

    private static Object rename(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return 0;
    }

    /** flags: fs.constants.COPYFILE_EXCL (1) refuses an existing destination. */
    private static Object copyFile(Path from, Path to, int flags) throws IOException {
        if ((flags & 1) != 0) {
            Files.copy(from, to);
        } else {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return 0;
    }

    private static Object realpath(Path p) throws IOException {
        return p.toRealPath().toString();
    }

    private static Object readlink(Path p) throws IOException {
        return Files.readSymbolicLink(p).toString();
    }

    private static Object symlink(String target, Path link) throws IOException {
        Files.createSymbolicLink(link, Path.of(target));
        return 0;
    }

    private static Object link(Path existing, Path link) throws IOException {
        Files.createLink(link, existing);
        return 0;
    }

    private static Object truncate(Path p, long length) throws IOException {
        try (FileChannel c = FileChannel.open(p, StandardOpenOption.WRITE)) {
            resize(c, length);
        }
        return 0;
    }

    private static void resize(FileChannel c, long length) throws IOException {
        if (length < c.size()) {
            c.truncate(length);
        } else if (length > c.size()) {
            c.write(ByteBuffer.allocate(1), length - 1);
        }
    }

    private static Object chmod(Path p, int mode) throws IOException {
        Set<PosixFilePermission> perms = new HashSet<>();
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int i = 0; i < order.length; i++) {
            if ((mode & (1 << i)) != 0) {
                perms.add(order[i]);
            }
        }
        Files.setPosixFilePermissions(p, perms);
        return 0;
    }

    private static Object utimes(Path p, double atimeSeconds, double mtimeSeconds) throws IOException {
        var view = Files.getFileAttributeView(p, java.nio.file.attribute.BasicFileAttributeView.class);
        view.setTimes(FileTime.fromMillis((long) (mtimeSeconds * 1000)), FileTime.fromMillis((long) (atimeSeconds * 1000)),
                null);
        return 0;
    }

    // ---- descriptors (JS thread only) ----

    private Object open(Path p, int flags) throws IOException, FsError {
        if (Files.isDirectory(p) && (flags & 3) != 0) {
            throw new FsError("EISDIR");
        }
        FileChannel c = FileChannel.open(p, openOptions(flags));
        int fd = nextFd.getAndIncrement();
        fds.put(fd, new OpenFile(c, p));
        return fd;
    }

    private FileChannel channel(int fd) throws FsError {
        OpenFile f = fds.get(fd);
        if (f == null) {
            throw new FsError("EBADF");
        }
        return f.channel();
    }

    private Object close(int fd) throws IOException, FsError {
        FileChannel c = channel(fd);
        fds.remove(fd);
        c.close();
        return 0;
    }

    /** Reads up to length bytes at position (null: the current position). */
    private Object read(int fd, int length, Double position) throws IOException, FsError {
        FileChannel c = channel(fd);
        ByteBuffer b = ByteBuffer.allocateDirect(Math.max(length, 1));
        b.limit(length);
        int total = 0;
        while (b.hasRemaining()) {
            int n = position == null || position < 0 ? c.read(b) : c.read(b, position.longValue() + total);
            if (n <= 0) {
                break;
            }
            total += n;
        }
        b.flip();
        return new HostBytes.Slice(b, total);
    }

    private Object write(int fd, byte[] data, long position) throws IOException, FsError {
        if (fd == 1 || fd == 2) {
            var stream = fd == 2 ? core.err : core.out;
            stream.write(data, 0, data.length);
            stream.flush();
            return data.length;
        }
        FileChannel c = channel(fd);
        ByteBuffer b = ByteBuffer.wrap(data);
        int total = 0;
        while (b.hasRemaining()) {
            total += position < 0 ? c.write(b) : c.write(b, position + total);
        }
        return total;
    }

    private Object fstat(int fd) throws IOException, FsError {
        channel(fd);
        return stat(fds.get(fd).path(), true);
    }

    private Object fsync(int fd) throws IOException, FsError {
        channel(fd).force(true);
        return 0;
    }

    private Object ftruncate(int fd, long length) throws IOException, FsError {
        resize(channel(fd), length);
        return 0;
    }

    // ---- errors ----

    /** Node's code for a java.nio failure; FileSystemException's reason is the C library's strerror text. */
    static String codeOf(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "ENOENT";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "EEXIST";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "ENOTEMPTY";
        }
        if (e instanceof AccessDeniedException) {
            return "EACCES";
        }
        if (e instanceof NotDirectoryException) {
            return "ENOTDIR";
        }
        if (e instanceof NotLinkException) {
            return "EINVAL";
        }
        if (e instanceof FileSystemLoopException) {
            return "ELOOP";
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
        return switch (reason) {
            case "Is a directory" -> "EISDIR";
            case "Not a directory" -> "ENOTDIR";
            case "Directory not empty" -> "ENOTEMPTY";
            case "Operation not permitted" -> "EPERM";
            case "Permission denied" -> "EACCES";
            case "Too many levels of symbolic links" -> "ELOOP";
            case "Invalid cross-device link" -> "EXDEV";
            case "File name too long" -> "ENAMETOOLONG";
            case "Invalid argument" -> "EINVAL";
            case "Too many open files" -> "EMFILE";
            case "No space left on device" -> "ENOSPC";
            case "Read-only file system" -> "EROFS";
            case "Device or resource busy" -> "EBUSY";
            default -> reason.contains("Not a directory") ? "ENOTDIR" : reason.contains("Is a directory") ? "EISDIR" : "EIO";
        };
    }
}
