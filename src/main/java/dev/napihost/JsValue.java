package dev.napihost;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.graalvm.polyglot.Value;

/**
 * A JavaScript value of one {@link NodeRuntime}, usable from any Java thread.
 *
 * <p>Primitives (undefined, null, booleans, numbers, strings) are copied into the handle when it is
 * made, so reading them ({@link #asString()}, {@link #asInt()}...) never waits for the JS thread.
 * Objects and functions stay in the runtime: every operation on them ({@link #call}, {@link #invoke},
 * {@link #get}, {@link #toJava()}...) runs on the runtime's JS thread, which may be busy with other
 * work; the calling thread waits for it. The {@code ...Async} variants return at once with a
 * {@link CompletableFuture}. Called on the JS thread itself (from code JS called), operations run
 * directly. After the runtime is closed, operations that need it throw {@link IllegalStateException}.
 *
 * <h2>Arguments: Java to JS</h2>
 * <table>
 * <caption>How arguments are passed</caption>
 * <tr><th>Java</th><th>JS</th></tr>
 * <tr><td>{@code null}</td><td>{@code null}</td></tr>
 * <tr><td>{@link #UNDEFINED}</td><td>{@code undefined}</td></tr>
 * <tr><td>{@code String}, {@code Character}</td><td>string</td></tr>
 * <tr><td>{@code Integer}, {@code Long}, {@code Double}, other {@code Number}s</td><td>number (a long beyond
 * 2<sup>53</sup> loses precision, as in JS)</td></tr>
 * <tr><td>{@code BigInteger}</td><td>BigInt</td></tr>
 * <tr><td>{@code Boolean}</td><td>boolean</td></tr>
 * <tr><td>{@code byte[]}, {@code ByteBuffer} (its remaining bytes)</td><td>a new {@code Buffer} with a copy</td></tr>
 * <tr><td>{@code List}, other {@code Collection}s, {@code Object[]}</td><td>a new array (elements converted)</td></tr>
 * <tr><td>{@code Map}</td><td>a new plain object (keys by {@code String.valueOf})</td></tr>
 * <tr><td>{@code JsValue} of the same runtime</td><td>that value</td></tr>
 * <tr><td>anything else</td><td>refused ({@link IllegalArgumentException}), unless
 * {@link NodeRuntime.Builder#allowJavaAccess(boolean)} passes it as a Java host object</td></tr>
 * </table>
 *
 * <h2>Results: JS to Java</h2>
 * Calls return a {@code JsValue}; {@link #toJava()} copies it into plain Java: {@code null} for null
 * and undefined, {@code Boolean}, {@code String}, {@code Integer} (numbers that are int32 values) or
 * {@code Double}, {@code BigInteger} for BigInts, {@code byte[]} for a Buffer / typed array / DataView /
 * ArrayBuffer, {@code List} for arrays, {@code Map} (own enumerable string keys) for other objects,
 * {@code Instant} for dates; functions and promises stay {@code JsValue}s.
 */
public final class JsValue {
    /** Pass this for JS {@code undefined} ({@code null} is JS {@code null}). */
    public static final JsValue UNDEFINED = new JsValue(null, null, Kind.UNDEFINED, null, false);

    enum Kind { UNDEFINED, NULL, BOOLEAN, NUMBER, STRING, OBJECT }

    private final JsThreadCalls owner;
    /** The engine value of an object; JS thread only. Null for primitives. */
    private final Value value;
    private final Kind kind;
    private final Object primitive;
    private final boolean callable;

    private JsValue(JsThreadCalls owner, Value value, Kind kind, Object primitive, boolean callable) {
        this.owner = owner;
        this.value = value;
        this.kind = kind;
        this.primitive = primitive;
        this.callable = callable;
    }

    /** JS thread only: snapshots primitives, keeps objects. */
    static JsValue of(JsThreadCalls owner, Value v) {
        if (v.isNull()) {
            // Polyglot reports both null and undefined as null; only their display differs.
            return "undefined".equals(v.toString()) ? new JsValue(owner, null, Kind.UNDEFINED, null, false)
                    : new JsValue(owner, null, Kind.NULL, null, false);
        }
        if (v.isString()) {
            return new JsValue(owner, null, Kind.STRING, v.asString(), false);
        }
        if (v.isBoolean()) {
            return new JsValue(owner, null, Kind.BOOLEAN, v.asBoolean(), false);
        }
        if (v.isNumber()) {
            Object n;
            if (v.fitsInInt()) {
                n = v.asInt();
            } else if (v.fitsInDouble()) {
                n = v.asDouble();
            } else if (v.fitsInBigInteger()) {
                n = v.asBigInteger();
            } else {
                n = v.asDouble();
            }
            return new JsValue(owner, null, Kind.NUMBER, n, false);
        }
        return new JsValue(owner, v, Kind.OBJECT, null, v.canExecute());
    }

    /** JS thread only: the value to hand to polyglot for this handle in the given runtime. */
    Object jsValue(JsConversions js, JsThreadCalls runtime) {
        switch (kind) {
            case UNDEFINED:
                return js.undefined;
            case OBJECT:
                if (owner != runtime) {
                    throw new IllegalArgumentException("a JsValue of " + owner.name + " cannot be passed to " + runtime.name);
                }
                return value;
            default:
                return primitive;
        }
    }

    boolean isPrimitive() {
        return kind != Kind.OBJECT;
    }

    Object primitive() {
        return primitive;
    }

    // ---- type tests (no JS thread needed) ----

    /** Whether this is {@code undefined}. */
    public boolean isUndefined() {
        return kind == Kind.UNDEFINED;
    }

    /** Whether this is {@code null}. */
    public boolean isNull() {
        return kind == Kind.NULL;
    }

    /** Whether this is a boolean. */
    public boolean isBoolean() {
        return kind == Kind.BOOLEAN;
    }

    /** Whether this is a number (or a BigInt that fits a number). */
    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** Whether this is a string. */
    public boolean isString() {
        return kind == Kind.STRING;
    }

    /** Whether this is an object (including arrays, functions, promises and Buffers). */
    public boolean isObject() {
        return kind == Kind.OBJECT;
    }

    /** Whether this can be called ({@link #call}). */
    public boolean isFunction() {
        return callable;
    }

    // ---- primitives ----

    /** The string; throws {@link ClassCastException} for other values. */
    public String asString() {
        if (kind != Kind.STRING) {
            throw notA("a string");
        }
        return (String) primitive;
    }

    /** The boolean; throws {@link ClassCastException} for other values. */
    public boolean asBoolean() {
        if (kind != Kind.BOOLEAN) {
            throw notA("a boolean");
        }
        return (Boolean) primitive;
    }

    /** The number as an int; throws {@link ClassCastException} when it is not a number or not an int32 value. */
    public int asInt() {
        if (kind == Kind.NUMBER && primitive instanceof Integer i) {
            return i;
        }
        throw notA("a number that fits an int");
    }

    /** The number as a long; throws {@link ClassCastException} when it is not an integral number in range. */
    public long asLong() {
        if (kind == Kind.NUMBER) {
            if (primitive instanceof Integer i) {
                return i;
            }
            if (primitive instanceof Double d && d == Math.rint(d) && Math.abs(d) <= 0x1p63 && d != 0x1p63) {
                return d.longValue();
            }
            if (primitive instanceof BigInteger b && b.bitLength() < 64) {
                return b.longValue();
            }
        }
        throw notA("an integral number that fits a long");
    }

    /** The number as a double; throws {@link ClassCastException} for other values. */
    public double asDouble() {
        if (kind != Kind.NUMBER) {
            throw notA("a number");
        }
        return ((Number) primitive).doubleValue();
    }

    private ClassCastException notA(String what) {
        return new ClassCastException("the JS value " + this + " is not " + what);
    }

    // ---- objects (run on the JS thread) ----

    /** A copy of the bytes of a Buffer, typed array, DataView or ArrayBuffer. */
    public byte[] asBytes() {
        requireObject("a Buffer, typed array, DataView or ArrayBuffer");
        return owner.call(js -> {
            if (!js.isBytes(value)) {
                throw new ClassCastException("the JS value " + js.display.execute(value).asString()
                        + " is not a Buffer, typed array, DataView or ArrayBuffer");
            }
            return js.bytes(value);
        });
    }

    /** {@link #asBytes()} wrapped in a heap ByteBuffer. */
    public ByteBuffer asByteBuffer() {
        return ByteBuffer.wrap(asBytes());
    }

    /** {@link #toJava()} of an array; throws {@link ClassCastException} for other values. */
    public List<Object> asList() {
        Object o = toJava();
        if (o instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Object> l = (List<Object>) list;
            return l;
        }
        throw notA("an array");
    }

    /** {@link #toJava()} of a plain object; throws {@link ClassCastException} for other values. */
    public Map<String, Object> asMap() {
        Object o = toJava();
        if (o instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) map;
            return m;
        }
        throw notA("a plain object");
    }

    /** A deep copy in plain Java types (see the class documentation). */
    public Object toJava() {
        if (kind != Kind.OBJECT) {
            return primitive;
        }
        return owner.call(js -> js.toJava(value, 0));
    }

    /** The property {@code name} ({@code obj[name]}). */
    public JsValue get(String name) {
        requireObject("an object");
        return owner.call(js -> js.wrap(value.getMember(name)));
    }

    /** Sets the property {@code name} to a converted Java value. */
    public void set(String name, Object newValue) {
        requireObject("an object");
        owner.call(js -> {
            value.putMember(name, js.toJs(newValue, 0));
            return null;
        });
    }

    /** Whether the object has the property {@code name} (own or inherited). */
    public boolean has(String name) {
        requireObject("an object");
        return owner.call(js -> value.hasMember(name));
    }

    /** Calls this function with {@code this} undefined and returns its result (a promise stays a promise). */
    public JsValue call(Object... args) {
        requireObject("a function");
        return owner.call(js -> js.wrap(js.call(value, args)));
    }

    /** Calls this function on the JS thread; the future completes with its result, or with what a returned promise settles to. */
    public CompletableFuture<JsValue> callAsync(Object... args) {
        requireObject("a function");
        return owner.submit(js -> js.settlement(js.call(value, args))).thenCompose(f -> f);
    }

    /** Calls the method {@code name} of this object ({@code obj.name(...args)}) and returns its result. */
    public JsValue invoke(String name, Object... args) {
        requireObject("an object");
        return owner.call(js -> js.wrap(invokeMember(js, name, args)));
    }

    /** {@link #invoke} on the JS thread; the future completes with the result or what a returned promise settles to. */
    public CompletableFuture<JsValue> invokeAsync(String name, Object... args) {
        requireObject("an object");
        return owner.submit(js -> js.settlement(invokeMember(js, name, args))).thenCompose(f -> f);
    }

    private Value invokeMember(JsConversions js, String name, Object[] args) {
        if (!value.canInvokeMember(name)) {
            throw new IllegalArgumentException("the JS value " + js.display.execute(value).asString() + " has no method " + name);
        }
        return js.invoke(value, name, args);
    }

    /** {@code new F(...args)} for a constructor function. */
    public JsValue newInstance(Object... args) {
        requireObject("a constructor");
        return owner.call(js -> js.wrap(value.newInstance(js.toJs(args))));
    }

    /**
     * What this value settles to, if it is a promise (or another thenable); for any other value a
     * completed future of itself. A rejection fails the future with a {@link JsException}.
     */
    public CompletableFuture<JsValue> toFuture() {
        if (kind != Kind.OBJECT) {
            return CompletableFuture.completedFuture(this);
        }
        return owner.submit(js -> js.settlement(value)).thenCompose(f -> f);
    }

    private void requireObject(String what) {
        if (kind != Kind.OBJECT) {
            throw notA(what);
        }
    }

    /** {@code String(value)}; for an object of a closed runtime, a placeholder. */
    @Override
    public String toString() {
        switch (kind) {
            case UNDEFINED:
                return "undefined";
            case NULL:
                return "null";
            case OBJECT:
                try {
                    return owner.call(js -> js.display.execute(value).asString());
                } catch (RuntimeException e) {
                    return "[JS object of " + owner.name + "]";
                }
            default:
                if (primitive instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
                    return String.valueOf(d.longValue());
                }
                return String.valueOf(primitive);
        }
    }
}
