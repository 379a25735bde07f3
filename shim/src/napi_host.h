// Internal header of the napi-host shim. Not seen by addons.
//
// A napi_value is the index of a slot in the runtime's handle stack. The stack is three parallel
// arrays: kinds[] and nums[] live in native memory here (JS and Java see them as typed arrays /
// memory segments), and the engine values (strings, objects, functions...) live in a JS array on the
// runtime's JS side. Primitives are therefore created and read in C without calling into Java.
#ifndef NAPI_HOST_H_
#define NAPI_HOST_H_

#include <pthread.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdio.h>
#include <node_api.h>

#define NAPI_HOST_EXPORT __attribute__((visibility("default")))

// Slot kinds: napi_valuetype + 1, so that 0 means "empty".
enum {
  KIND_EMPTY = 0,
  KIND_UNDEFINED = napi_undefined + 1,
  KIND_NULL = napi_null + 1,
  KIND_BOOLEAN = napi_boolean + 1,
  KIND_NUMBER = napi_number + 1,
  KIND_STRING = napi_string + 1,
  KIND_SYMBOL = napi_symbol + 1,
  KIND_OBJECT = napi_object + 1,
  KIND_FUNCTION = napi_function + 1,
  KIND_EXTERNAL = napi_external + 1,
  KIND_BIGINT = napi_bigint + 1,
};

// Fixed slots, valid in every scope of a runtime.
enum {
  SLOT_UNDEFINED = 1,
  SLOT_NULL = 2,
  SLOT_FALSE = 3,
  SLOT_TRUE = 4,
  SLOT_GLOBAL = 5,
  SLOT_FIRST_FREE = 6,
};

// Indices into the shared int32 state block (same numbers in napi.js and NapiBridge.java).
enum {
  ST_TOP = 0,          // next free handle slot
  ST_PENDING = 2,      // 1 while a JS exception is pending
  ST_CAPACITY = 3,     // number of slots
  ST_RESULT = 4,       // the fast call paths' result slot (NapiBridge.NativeCall / napi.js)
  ST_OP_ARGS = 8,      // 8..10: an op upcall's a, b, c, passed by NapiBridge.op to napi.js's direct ops
  ST_TSFN_REFED = 12,  // threadsafe functions that keep the loop alive (ref'd, not finalized); JS thread only
  ST_ARGS = 16,        // scratch area: slot indices passed down to JS (call arguments)
  ST_ARGS_MAX = 65536,
  ST_SIZE = ST_ARGS + ST_ARGS_MAX,
};

// Engine operations implemented on the JS side; the numbers are shared with napi.js.
enum {
  OP_CREATE_OBJECT = 1,
  OP_CREATE_ARRAY = 2,
  OP_GET_PROPERTY = 3,
  OP_SET_PROPERTY = 4,
  OP_HAS_PROPERTY = 5,
  OP_THROW = 6,
  OP_TAKE_EXCEPTION = 7,
  OP_CALL = 8,          // a = receiver, b = function, c = argc (argument slots in ST_ARGS)
  OP_COPY_SLOT = 10,    // a = destination, b = source
  OP_CREATE_ERROR = 11, // a = error kind, b = code slot (or 0), c = message slot
  OP_IS_ERROR = 12,
  OP_MAKE_EXPORTS = 13,
  OP_STRICT_EQUALS = 14,
  OP_GET_ELEMENT = 15,  // a = object, b = index
  OP_SET_ELEMENT = 16,  // a = object, b = index, c = value
  OP_ARRAY_LENGTH = 17,
  OP_TO_OBJECT = 18,    // a = value: fails like ToObject for undefined/null
  OP_BINARY_KIND = 50,  // a = value: 0 none, 1 ArrayBuffer, 2 typed array, 4 DataView
  OP_REF_CREATE = 60,   // a = value, b = initial count: returns the reference id
  OP_REF_DELETE = 61,   // a = id; the finalizer record it owned (or 0) in nums[0]
  OP_REF_ADJUST = 62,   // a = id, b = +1/-1: the new count in D[0]; -napi_generic_failure below 0
  OP_REF_GET = 63,      // a = id: the value's slot, 0 if it was collected
  // Values and conversions (conversions.c). Answers that are not slots travel through D[0]
  // (doubles) or the 64-bit scratch words below (integers and pointers).
  OP_COERCE_TO_BOOL = 19,
  OP_COERCE_TO_NUMBER = 20,
  OP_COERCE_TO_OBJECT = 21,
  OP_COERCE_TO_STRING = 22,
  OP_IS_ARRAY = 23,
  OP_IS_DATE = 24,
  OP_IS_PROMISE = 25,
  OP_INSTANCEOF = 26,      // a = object, b = constructor
  OP_CREATE_DATE = 27,     // time in nums[0]
  OP_DATE_VALUE = 28,      // answer in nums[0]
  OP_CREATE_SYMBOL = 29,   // a = description slot (0: none)
  OP_BIGINT_FROM_64 = 30,  // scratch word 0; a = 1 for signed
  OP_BIGINT_TO_64 = 31,    // a = bigint, b = 1 for signed: scratch word 0; returns 1 if lossless
  OP_BIGINT_FROM_WORDS = 32, // a = higher part's slot (0: none), b = count, c = sign: words in scratch
  OP_BIGINT_TO_WORDS = 33, // a = bigint, b = first word, c = count: words in scratch; returns the
                           // word count, sign in nums[0]
  OP_CREATE_EXTERNAL = 34, // scratch words 0..1: data, finalizer record (0: none)
  OP_EXTERNAL_VALUE = 35,  // a = external: data pointer in scratch word 0
  // ---- objects/classes (h5) ----
  OP_DELETE_PROPERTY = 100,   // a = object, b = key: 1 if deleted
  OP_HAS_OWN_PROPERTY = 101,  // a = object, b = key
  OP_HAS_ELEMENT = 102,       // a = object, b = index
  OP_DELETE_ELEMENT = 103,    // a = object, b = index
  OP_PROPERTY_NAMES = 104,    // a = object, b = key mode, c = key filter | key conversion << 8
  OP_FREEZE = 105,            // a = object
  OP_SEAL = 106,              // a = object
  OP_GET_PROTOTYPE = 107,     // a = object
  OP_NEW_INSTANCE = 108,      // a = constructor, b = argc (argument slots in ST_ARGS)
  OP_WRAP = 109,              // a = object; the wrap record's address in nums[0]
  OP_UNWRAP = 110,            // a = object, b = 1 to remove; the record's address back in nums[0]
  OP_TYPE_TAG = 111,          // a = object; the tag's four 32-bit words in ST_ARGS..+3
  OP_CHECK_TYPE_TAG = 112,    // a = object; the tag's words in ST_ARGS..+3
  OP_PREPARE_CLASS = 113,     // a = constructor: returns its prototype's slot; methods defined
                              // on it until OP_END_CLASS check their receiver
  OP_END_CLASS = 114,

  // ---- lifetime: finalizers, instance data, external memory (120-139) ----
  OP_FINALIZER_ATTACH = 120,   // a = object; the finalizer record's address in nums[0]
  OP_FINALIZER_POST = 121,     // the record's address in nums[0]: queued to run on the loop
  OP_REF_LINK_FINALIZER = 122, // a = reference id; record address in nums[0] (0: unlink)
  OP_EXTERNAL_ARRAYBUFFER = 123, // scratch words 0..2: data, length, record (0: none); a = 1 for a Buffer

  // ---- binary data, promises, scripts, buffers (140-159) ----
  // Sizes and offsets (size_t) travel in the 64-bit scratch words.
  OP_CREATE_ARRAYBUFFER = 140, // scratch word 0: byte length
  OP_CREATE_TYPEDARRAY = 141,  // a = napi_typedarray_type, b = arraybuffer; words 0, 1: length, offset
  OP_CREATE_DATAVIEW = 142,    // b = arraybuffer; words 0, 1: byte length, byte offset
  OP_DETACH_ARRAYBUFFER = 143, // a = value
  OP_IS_DETACHED = 144,        // a = value: 1 for a detached ArrayBuffer
  OP_CREATE_BUFFER = 145,      // word 0: length; a Buffer (lib/buffer.js) with its own ArrayBuffer
  OP_BUFFER_FROM_ARRAYBUFFER = 146, // b = arraybuffer; words 0, 1: byte offset, byte length
  OP_CREATE_PROMISE = 147,     // returns the promise's slot; the deferred's id in scratch word 0
  OP_CONCLUDE_DEFERRED = 148,  // a = deferred id, b = value, c = 1 to resolve, 0 to reject
  OP_RUN_SCRIPT = 149,         // a = script (must be a string)

  // ---- threadsafe functions (160-179) ----

  // ---- environment lifecycle, callback scopes, async context (180-199) ----
  OP_FATAL_EXCEPTION = 180,  // a = value: down the uncaught-exception path (process._fatalException)
  OP_DRAIN_TICKS = 181,      // runs the nextTick queue; answers how many ticks were pending

  // ---- call path: property names the shim has cached (property_keys.c) (200-219) ----
  OP_GET_NAMED_KEY = 200,    // a = object, c = key-table index
  OP_SET_NAMED_KEY = 201,    // a = object, b = value, c = key-table index
  OP_HAS_NAMED_KEY = 202,    // a = object, c = key-table index
};


// Name/string operations: Java decodes the C string, then calls napi.js.
enum {
  SOP_CREATE_STRING = 1,   // returns the slot
  SOP_GET_NAMED = 2,       // a = object
  SOP_SET_NAMED = 3,       // a = object, b = value
  SOP_HAS_NAMED = 4,       // a = object
  SOP_CREATE_FUNCTION = 5, // function record passed separately
  SOP_THROW_ERROR = 6,     // a = error kind, b = code slot (0 if none)
  // 7 was SOP_RUN_SCRIPT, never implemented: napi_run_script's script is a napi_value (OP_RUN_SCRIPT).
  SOP_SYMBOL_FOR = 8,      // Symbol.for(description)
  // As SOP_GET/SET/HAS_NAMED, and napi.js keeps the decoded name at key-table index state[ST_ARGS].
  SOP_GET_NAMED_KEEP = 9,
  SOP_SET_NAMED_KEEP = 10,
  SOP_HAS_NAMED_KEEP = 11,
};

// String encodings for create/read upcalls.
enum { ENC_UTF8 = 0, ENC_LATIN1 = 1, ENC_UTF16 = 2 };

// Error kinds for OP_CREATE_ERROR / SOP_THROW_ERROR.
enum { ERR_ERROR = 0, ERR_TYPE = 1, ERR_RANGE = 2, ERR_SYNTAX = 3 };

// Java entry points, installed once per process by napi_host_install_upcalls.
// Slot-returning calls return the slot (> 0) or a negated napi_status.
typedef struct napi_host_upcalls {
  int32_t (*op)(int32_t rt, int32_t op, int32_t a, int32_t b, int32_t c);
  int32_t (*string_op)(int32_t rt, int32_t op, int32_t encoding, const void* str, int64_t length,
                       int32_t a, int32_t b);
  int32_t (*read_string)(int32_t rt, int32_t encoding, int32_t slot, void* buf, int64_t bufsize,
                         int64_t* result);
  int32_t (*create_function)(int32_t rt, const char* name, int64_t length, void* record,
                             int32_t env_id);
  int32_t (*define_properties)(int32_t rt, int32_t object, int64_t count, const void* descriptors);
  // ArrayBuffer / typed array / DataView facts: out[0] data address (of the first element),
  // out[1] length (bytes, or elements for typed arrays), out[2] typed-array type, out[3] the
  // arraybuffer's slot (pushed when want has BINARY_PUSH_ARRAYBUFFER), out[4] byte offset.
  int32_t (*binary_info)(int32_t rt, int32_t slot, int32_t want, int64_t* out);
  // Async work: hand a work item to the Java pool / take it back if it has not started (1: taken).
  int32_t (*async_queue)(int32_t rt, void* work);
  int32_t (*async_cancel)(int32_t rt, void* work);
} napi_host_upcalls;

enum {
  BINARY_ARRAYBUFFER = 1,  // want: an ArrayBuffer
  BINARY_TYPEDARRAY = 2,   // want: a typed array
  BINARY_VIEW = 3,         // want: any ArrayBufferView (Buffer, typed array, DataView)
  BINARY_DATAVIEW = 4,     // want: a DataView
  BINARY_PUSH_ARRAYBUFFER = 8,
};

extern napi_host_upcalls napi_host_up;

typedef struct napi_host_scope {
  int32_t top;          // stack top when the scope was opened
  int32_t escape_slot;  // > 0 for escapable scopes
  bool escaped;
} napi_host_scope;

typedef struct napi_host_runtime {
  int32_t id;
  pthread_t js_thread;
  uintptr_t js_thread_pointer;  // the JS thread's TLS pointer: a two-instruction identity check
  bool js_thread_known;
  bool wrong_thread_reported;
  int32_t* state;
  uint8_t* kinds;
  double* nums;
  int32_t capacity;
  napi_host_scope* scopes;
  int32_t scope_depth;
  int32_t scope_capacity;
  // The event loop's wake-up primitive: producers on any thread signal it without the JVM.
  pthread_mutex_t loop_mutex;
  pthread_cond_t loop_cond;
  int64_t wake_count;
  struct napi_host_function* functions;  // every native function record, freed at teardown
  // ---- environment lifecycle (environment.c, callback_scope.c) ----
  struct napi_host_environment* environment;  // cleanup hooks, uv loop placeholder (lazily made)
  int32_t callback_depth;  // open callback scopes, the event loop's dispatch included
  long js_thread_tid;      // for the wrong-thread report
  int64_t external_memory;  // napi_adjust_external_memory's running total (V8 keeps one per isolate)
  struct napi_host_tsfn_set* tsfns;      // threadsafe functions (threadsafe_functions.c), made on first use
  struct napi_host_key_cache* keys;      // property names decoded once (property_keys.c), made on first use
} napi_host_runtime;

typedef struct napi_host_environment napi_host_environment;

struct napi_env__ {
  napi_host_runtime* rt;
  int32_t id;  // Java's id of this environment (one per addon per runtime)
  int32_t api_version;
  napi_extended_error_info last_error;
  void* instance_data;
  napi_finalize instance_finalize;
  void* instance_hint;
  char* filename;
  int32_t open_callback_scopes;  // napi_open_callback_scope minus napi_close_callback_scope
  struct napi_host_finalizer* finalizers;  // every finalizer not yet run (finalizers.c)
};

// A native finalizer waiting for its object (or its turn, for node_api_post_finalizer). Records live
// in their env's list until run or cancelled; Java only learns when the object became unreachable.
typedef struct napi_host_finalizer {
  napi_env env;
  napi_finalize cb;  // may be NULL: the record then only frees itself (a wrap without finalizer)
  void* data;
  void* hint;
  int32_t ref_id;    // the napi_ref whose deletion cancels this finalizer (0: none), as in Node
  struct napi_host_finalizer* prev;
  struct napi_host_finalizer* next;
} napi_host_finalizer;

napi_host_finalizer* napi_host_finalizer_new(napi_env env, napi_finalize cb, void* data, void* hint);
// Unlinks and frees a record whose finalizer must never run (napi_remove_wrap, a deleted reference).
void napi_host_finalizer_discard(napi_host_finalizer* f);
// Hands a record to Java, which runs it once its object is unreachable. Frees it on failure.
napi_status napi_host_finalizer_attach(napi_env env, napi_value object, napi_host_finalizer* f);
// Makes deleting ref cancel f (napi_wrap / napi_add_finalizer with a result).
napi_status napi_host_finalizer_link_ref(napi_env env, napi_host_finalizer* f, napi_ref ref);

// A native function created by napi_create_function / napi_define_* (freed at teardown).
typedef struct napi_host_function {
  napi_env env;
  napi_callback cb;
  void* data;
  struct napi_host_function* next;
} napi_host_function;

struct napi_callback_info__ {
  napi_host_function* fn;
  int32_t base;  // slot of `this`; new.target at base+1; arguments from base+2
  int32_t argc;
};

// ---- status helpers: every public function is written with these ----
napi_status napi_host_set_status(napi_env env, napi_status status);
// Thread rule: a function that is not thread-safe, called off the JS thread, returns
// napi_generic_failure without touching the environment; the first such call of a runtime is
// reported on stderr, naming the function and the thread. `function` may be NULL.
bool napi_host_report_wrong_thread(napi_env env, const char* function);

// On x86-64/aarch64 glibc the thread pointer identifies the calling thread, like pthread_self().
static inline bool napi_host_on_js_thread_named(napi_env env, const char* function) {
  return (uintptr_t)__builtin_thread_pointer() == env->rt->js_thread_pointer ||
         napi_host_report_wrong_thread(env, function);
}

static inline bool napi_host_on_js_thread(napi_env env) { return napi_host_on_js_thread_named(env, NULL); }

static inline napi_status napi_clear_last_error(napi_env env) {
  env->last_error.error_code = napi_ok;
  env->last_error.engine_error_code = 0;
  env->last_error.engine_reserved = NULL;
  env->last_error.error_message = NULL;
  return napi_ok;
}

#define SET_STATUS(env, status) napi_host_set_status((env), (status))

// Basic env check: non-null, and called on the runtime's JS thread.
#define CHECK_ENV(env)                                              \
  do {                                                              \
    if ((env) == NULL) return napi_invalid_arg;                     \
    if (!napi_host_on_js_thread_named(env, __func__)) return napi_generic_failure; \
  } while (0)

#define CHECK_ARG(env, arg) \
  do { if ((arg) == NULL) return SET_STATUS((env), napi_invalid_arg); } while (0)

#define RETURN_STATUS_IF_FALSE(env, cond, status) \
  do { if (!(cond)) return SET_STATUS((env), (status)); } while (0)

// For functions that may run JS: refuse while an exception is pending (Node's NAPI_PREAMBLE).
#define NAPI_PREAMBLE(env)                                                           \
  do {                                                                               \
    CHECK_ENV(env);                                                                  \
    RETURN_STATUS_IF_FALSE((env), (env)->rt->state[ST_PENDING] == 0, napi_pending_exception); \
    napi_clear_last_error(env);                                                      \
  } while (0)

// ---- handle stack ----
static inline int32_t slot_of(napi_value v) { return (int32_t)(intptr_t)v; }
static inline napi_value value_of(int32_t slot) { return (napi_value)(intptr_t)slot; }

static inline bool slot_valid(napi_host_runtime* rt, napi_value v) {
  int32_t s = slot_of(v);
  return s > 0 && s < rt->state[ST_TOP] && rt->kinds[s] != KIND_EMPTY;
}

#define CHECK_VALUE(env, v)                                                        \
  do {                                                                             \
    if ((v) == NULL || !slot_valid((env)->rt, (v))) return SET_STATUS((env), napi_invalid_arg); \
  } while (0)

// Pushes a primitive; returns 0 when the stack is full.
int32_t napi_host_push(napi_host_runtime* rt, uint8_t kind, double num);

// Converts an upcall's slot-or-negated-status result into *result and a status.
static inline napi_status napi_host_slot_result(napi_env env, int32_t r, napi_value* result) {
  if (r < 0) return SET_STATUS(env, (napi_status)(-r));
  if (r == 0) return SET_STATUS(env, napi_generic_failure);
  *result = value_of(r);
  return napi_clear_last_error(env);
}

// Upcalls answer >= 0 for success and a negated napi_status for failure.
static inline napi_status napi_host_status_result(napi_env env, int32_t r) {
  return r >= 0 ? napi_clear_last_error(env) : SET_STATUS(env, (napi_status)(-r));
}

static inline int32_t rt_id(napi_env env) { return env->rt->id; }

// 64-bit integers and pointers cross to JS as raw bit patterns in the ST_ARGS scratch area, which
// napi.js views as a BigUint64Array (exact for every value; doubles would lose bits above 2^53).
#define SCRATCH_WORDS (ST_ARGS_MAX / 2)
static inline void napi_host_scratch_put(napi_host_runtime* rt, int32_t i, uint64_t v) {
  __builtin_memcpy((char*)&rt->state[ST_ARGS] + 8 * i, &v, 8);
}
static inline uint64_t napi_host_scratch_get(napi_host_runtime* rt, int32_t i) {
  uint64_t v;
  __builtin_memcpy(&v, (char*)&rt->state[ST_ARGS] + 8 * i, 8);
  return v;
}

#endif  // NAPI_HOST_H_

// One property for the define_properties upcall (layout shared with NapiBridge.java).
typedef struct napi_host_property {
  const char* utf8name;    // 0
  int32_t name_slot;       // 8: used when utf8name is NULL
  int32_t attributes;      // 12
  void* method;            // 16: napi_host_function*
  void* getter;            // 24
  void* setter;            // 32
  int32_t value_slot;      // 40
  int32_t reserved;        // 44
} napi_host_property;      // 48 bytes

// Checks a callee and its arguments and stages the argument slots in state[ST_ARGS...] (functions.c).
napi_status napi_host_stage_call(napi_env env, napi_value func, size_t argc, const napi_value* argv);
// Frees the cleanup-hook state at runtime destruction (environment.c).
void napi_host_environment_free(napi_host_runtime* rt);
// Wakes the runtime's event loop; any thread (runtime.c).
void napi_host_loop_wake(napi_host_runtime* rt);

// Frees what threadsafe functions still hold (runtime.c calls it from napi_host_runtime_destroy).
void napi_host_tsfn_free_all(napi_host_runtime* rt);

struct napi_host_function* napi_host_new_function(napi_env env, napi_callback cb, void* data);
// Property names as key-table indices (property_keys.c). napi_host_key_lookup answers the index of a
// known name, or -1 and fills *miss: the name then goes up as a string with miss->index (>= 0: napi.js
// keeps it there), and napi_host_key_commit after a successful upcall makes the entry known.
typedef struct napi_host_key_miss {
  int32_t index;     // the entry to fill, -1 when the name is not cached (too long, no memory)
  uint32_t changes;  // the cache's change count when the entry was emptied
  const char* name;
} napi_host_key_miss;
int32_t napi_host_key_lookup(napi_host_runtime* rt, const char* name, napi_host_key_miss* miss);
void napi_host_key_commit(napi_host_runtime* rt, const napi_host_key_miss* miss);
void napi_host_key_cache_free(napi_host_runtime* rt);

napi_status napi_host_prepare_properties(napi_env env, size_t count, const napi_property_descriptor* in,
                                         napi_host_property* out);
