package dev.napihost;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * Java values to JS and back, for one runtime; used on its JS thread only (polyglot values are
 * bound to it). The mapping is documented on {@link JsValue}.
 */
final class JsConversions {
    /** Deeper than this, a List/Map or JS object graph is taken for a cycle. */
    private static final int MAX_DEPTH = 100;
    private static final double MAX_SAFE_INTEGER = 9007199254740991d;
    private static final int KIND_ARRAY = 1;
    private static final int KIND_BYTES = 2;
    private static final int KIND_BIGINT = 5;
    private static final int KIND_DATE = 6;

    private final JsThreadCalls owner;
    private final boolean javaAccess;
    final Value requireModule;
    final Value evaluate;
    private final Value bufferFrom;
    private final Value newArray;
    private final Value newObject;
    private final Value bigInt;
    private final Value classify;
    private final Value bytesOf;
    private final Value ownKeys;
    private final Value errorInfo;
    private final Value settle;
    private final Value apply;
    private final Value invoke;
    final Value display;
    final Value undefined;

    JsConversions(JsThreadCalls owner, Value embedding, boolean javaAccess) {
        this.owner = owner;
        this.javaAccess = javaAccess;
        requireModule = embedding.getMember("requireModule");
        evaluate = embedding.getMember("evaluate");
        bufferFrom = embedding.getMember("bufferFrom");
        newArray = embedding.getMember("newArray");
        newObject = embedding.getMember("newObject");
        bigInt = embedding.getMember("bigInt");
        classify = embedding.getMember("classify");
        bytesOf = embedding.getMember("bytesOf");
        ownKeys = embedding.getMember("ownKeys");
        errorInfo = embedding.getMember("errorInfo");
        settle = embedding.getMember("settle");
        apply = embedding.getMember("apply");
        invoke = embedding.getMember("invoke");
        display = embedding.getMember("display");
        undefined = embedding.getMember("undefined");
    }

    // ---- Java -> JS ----

    Object[] toJs(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = toJs(args[i], 0);
        }
        return out;
    }

    /** What polyglot should pass for a Java value: itself when polyglot maps it as JS would, else a JS value. */
    Object toJs(Object o, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("a List or Map passed to JS is nested deeper than " + MAX_DEPTH
                    + " levels (does it contain itself?)");
        }
        if (o == null || o instanceof String || o instanceof Boolean || o instanceof Integer || o instanceof Double) {
            return o;
        }
        if (o instanceof JsValue v) {
            return v.jsValue(this, owner);
        }
        if (o instanceof Long l) {
            return Math.abs((double) l) <= MAX_SAFE_INTEGER && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE
                    ? (Object) (int) (long) l : (Object) (double) l;
        }
        if (o instanceof Short || o instanceof Byte) {
            return ((Number) o).intValue();
        }
        if (o instanceof Float f) {
            return f.doubleValue();
        }
        if (o instanceof Character c) {
            return c.toString();
        }
        if (o instanceof BigInteger b) {
            return bigInt.execute(b.toString());
        }
        if (o instanceof byte[] bytes) {
            return bufferFrom.execute(ByteBuffer.allocateDirect(bytes.length).put(bytes).flip());
        }
        if (o instanceof ByteBuffer b) {
            ByteBuffer copy = ByteBuffer.allocateDirect(b.remaining()).put(b.duplicate()).flip();
            return bufferFrom.execute(copy);
        }
        if (o instanceof Collection<?> c) {
            Value array = newArray.execute();
            long i = 0;
            for (Object e : c) {
                array.setArrayElement(i++, toJs(e, depth + 1));
            }
            return array;
        }
        if (o instanceof Object[] items) {
            return toJs(java.util.Arrays.asList(items), depth);
        }
        if (o instanceof Map<?, ?> m) {
            Value object = newObject.execute();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                object.putMember(String.valueOf(e.getKey()), toJs(e.getValue(), depth + 1));
            }
            return object;
        }
        if (javaAccess) {
            return o;
        }
        throw new IllegalArgumentException("cannot pass a " + o.getClass().getName() + " to JS: napi-host converts"
                + " String, numbers, Boolean, Character, BigInteger, byte[], ByteBuffer, List, arrays, Map, null,"
                + " JsValue.UNDEFINED and JsValue; NodeRuntime.Builder.allowJavaAccess(true) passes other Java"
                + " objects as host objects");
    }

    // ---- JS -> Java ----

    JsValue wrap(Value v) {
        return JsValue.of(owner, v);
    }

    /** A deep copy: see {@link JsValue#toJava()}. */
    Object toJava(Value v, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("a JS value converted to Java is nested deeper than " + MAX_DEPTH
                    + " levels (does it contain itself?)");
        }
        JsValue snapshot = wrap(v);
        if (snapshot.isNumber() && !(snapshot.primitive() instanceof Integer) && classify(v) == KIND_BIGINT) {
            return v.asBigInteger();
        }
        if (snapshot.isPrimitive()) {
            return snapshot.primitive();
        }
        int kind = classify.execute(v).asInt();
        switch (kind) {
            case KIND_ARRAY -> {
                long n = v.getArraySize();
                List<Object> list = new ArrayList<>((int) Math.min(n, 1 << 20));
                for (long i = 0; i < n; i++) {
                    list.add(toJava(v.getArrayElement(i), depth + 1));
                }
                return list;
            }
            case KIND_BYTES -> {
                return bytes(v);
            }
            case KIND_BIGINT -> {
                return v.asBigInteger();
            }
            case KIND_DATE -> {
                return v.isInstant() ? v.asInstant() : snapshot;
            }
            case 0 -> {
                Map<String, Object> map = new LinkedHashMap<>();
                Value keys = ownKeys.execute(v);
                for (long i = 0, n = keys.getArraySize(); i < n; i++) {
                    String key = keys.getArrayElement(i).asString();
                    map.put(key, toJava(v.getMember(key), depth + 1));
                }
                return map;
            }
            default -> {
                return snapshot; // functions and promises stay handles
            }
        }
    }

    int classify(Value v) {
        return classify.execute(v).asInt();
    }

    boolean isBytes(Value v) {
        return classify(v) == KIND_BYTES;
    }

    /** A copy of the bytes of a Buffer, typed array, DataView or ArrayBuffer. */
    byte[] bytes(Value v) {
        Value copy = bytesOf.execute(v);
        int n = Math.toIntExact(copy.getBufferSize());
        byte[] out = new byte[n];
        copy.readBuffer(0, out, 0, n);
        return out;
    }

    // ---- errors and promises ----

    /** A JS exception as JsException; a Java exception that went through JS comes back as itself. */
    RuntimeException exception(PolyglotException e) {
        if (e.isHostException()) {
            Throwable host = e.asHostException();
            return host instanceof RuntimeException r ? r : new IllegalStateException(host);
        }
        if (!e.isGuestException() || e.getGuestObject() == null) {
            return new IllegalStateException(owner.name + ": " + e.getMessage(), e);
        }
        return exception(e.getGuestObject());
    }

    JsException exception(Value thrown) {
        Value info = errorInfo.execute(thrown);
        return new JsException(info.getArrayElement(0).asString(), info.getArrayElement(1).asString(),
                info.getArrayElement(2).asString(), wrap(thrown));
    }

    /** f(...args) with {@code this} undefined, through embedding.js (a promise comes back pending). */
    Value call(Value f, Object[] args) {
        return apply.execute(f, newArray.execute().invokeMember("concat", toJsArrayElements(args)));
    }

    /** o[name](...args), through embedding.js. */
    Value invoke(Value o, String name, Object[] args) {
        return invoke.execute(o, name, newArray.execute().invokeMember("concat", toJsArrayElements(args)));
    }

    private Object[] toJsArrayElements(Object[] args) {
        Object[] js = toJs(args);
        // concat spreads arrays: wrap each element so array arguments stay single arguments.
        Object[] wrapped = new Object[js.length];
        for (int i = 0; i < js.length; i++) {
            Value one = newArray.execute();
            one.setArrayElement(0, js[i]);
            wrapped[i] = one;
        }
        return wrapped;
    }

    /** A future of what the value settles to: a promise's (or thenable's) result, else the value itself. */
    CompletableFuture<JsValue> settlement(Value v) {
        if (v.isNull() || classify(v) != 4) {
            return CompletableFuture.completedFuture(wrap(v));
        }
        Settlement sink = new Settlement(this, owner.track(new CompletableFuture<>()));
        settle.execute(v, sink);
        return sink.future;
    }

    /** Receives a promise's outcome on the JS thread (JS calls it through embedding.js settle()). */
    public static final class Settlement {
        private final JsConversions js;
        final CompletableFuture<JsValue> future;

        Settlement(JsConversions js, CompletableFuture<JsValue> future) {
            this.js = js;
            this.future = future;
        }

        @HostAccess.Export
        public void fulfilled(Value v) {
            future.complete(js.wrap(v));
        }

        @HostAccess.Export
        public void rejected(Value reason) {
            future.completeExceptionally(js.exception(reason));
        }
    }
}
