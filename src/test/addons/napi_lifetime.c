// Test addon for finalizers and external memory: counts every finalizer that runs, so scripts can
// check that finalizers run after collection, exactly once, never after napi_remove_wrap or after
// their reference was deleted, and at teardown for what is still alive (the instance data's
// finalizer, which runs last, writes the counts to a file).
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>

#include "test_common.h"

// Experimental in Node; not declared by node-api-headers 1.9.0.
NAPI_EXTERN napi_status NAPI_CDECL node_api_post_finalizer(node_api_basic_env env, napi_finalize finalize_cb,
                                                           void* finalize_data, void* finalize_hint);

enum { C_WRAP, C_WRAP_REF, C_ADDED, C_ADDED_REF, C_EXTERNAL, C_ARRAYBUFFER, C_BUFFER, C_POSTED, C_THROWING, C_COUNT };
static const char* const counter_names[C_COUNT] = {"wrap", "wrapRef", "added", "addedRef", "external",
                                                    "arraybuffer", "buffer", "posted", "throwing"};
static int64_t counts[C_COUNT];
static int64_t bad_hints;
static char report_file[4096];

static void count(void* hint, int which) {
  // Every finalizer here gets its kind as the hint: a wrong hint would be a mixed-up record.
  if ((intptr_t)hint != which) bad_hints++;
  counts[which]++;
}

static void on_wrap(napi_env env, void* data, void* hint) { count(hint, C_WRAP); }

static void on_wrap_ref(napi_env env, void* data, void* hint) {
  // The owner of the reference napi_wrap returned deletes it in the finalizer, as Node documents.
  napi_ref* box = data;
  if (box != NULL) {
    napi_delete_reference(env, *box);
    free(box);
  }
  count(hint, C_WRAP_REF);
}

static void on_added(napi_env env, void* data, void* hint) { count(hint, C_ADDED); }

static void on_added_ref(napi_env env, void* data, void* hint) {
  napi_delete_reference(env, *(napi_ref*)data);
  free(data);
  count(hint, C_ADDED_REF);
}

static void on_external(napi_env env, void* data, void* hint) { count(hint, C_EXTERNAL); }

static void on_memory(napi_env env, void* data, void* hint) {
  free(data);
  count(hint, (int)(intptr_t)hint);
}

static void on_posted(napi_env env, void* data, void* hint) { count(hint, C_POSTED); }

static void on_throwing(napi_env env, void* data, void* hint) {
  count(hint, C_THROWING);
  napi_throw_error(env, NULL, "thrown by a finalizer");
}

static napi_value arg(napi_env env, napi_callback_info info, size_t i) {
  napi_value argv[3];
  size_t argc = 3;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (i >= argc) {
    napi_value u;
    napi_get_undefined(env, &u);
    return u;
  }
  return argv[i];
}

static int64_t int_arg(napi_env env, napi_callback_info info, size_t i) {
  int64_t v = 0;
  napi_get_value_int64(env, arg(env, info, i), &v);
  return v;
}

static napi_value number(napi_env env, double v) {
  napi_value r;
  napi_create_double(env, v, &r);
  return r;
}

static napi_value boolean(napi_env env, bool v) {
  napi_value r;
  napi_get_boolean(env, v, &r);
  return r;
}

static napi_value status_value(napi_env env, napi_status s) { return number(env, (double)s); }

// wrap(obj): napi_wrap with a counting finalizer; answers the status.
static napi_value Wrap(napi_env env, napi_callback_info info) {
  return status_value(env, napi_wrap(env, arg(env, info, 0), (void*)0x1234, on_wrap, (void*)C_WRAP, NULL));
}

// wrapWithRef(obj): napi_wrap returning a (weak) reference the finalizer deletes; the data is a box
// the reference is written into. Answers whether the reference leads back to obj.
static napi_value WrapWithRef(napi_env env, napi_callback_info info) {
  napi_value obj = arg(env, info, 0);
  napi_ref* box = malloc(sizeof(*box));
  NAPI_CALL(env, napi_wrap(env, obj, box, on_wrap_ref, (void*)C_WRAP_REF, box));
  napi_value r;
  NAPI_CALL(env, napi_get_reference_value(env, *box, &r));
  bool same;
  NAPI_CALL(env, napi_strict_equals(env, r, obj, &same));
  return boolean(env, same);
}

// addFinalizerWithRef(obj): napi_add_finalizer returning a reference its finalizer deletes.
static napi_value AddFinalizerWithRef(napi_env env, napi_callback_info info) {
  napi_value obj = arg(env, info, 0);
  napi_ref* box = malloc(sizeof(*box));
  NAPI_CALL(env, napi_add_finalizer(env, obj, box, on_added_ref, (void*)C_ADDED_REF, box));
  napi_value r;
  NAPI_CALL(env, napi_get_reference_value(env, *box, &r));
  bool same;
  NAPI_CALL(env, napi_strict_equals(env, r, obj, &same));
  return boolean(env, same);
}

// wrapRefDeleted(obj): napi_wrap with a reference deleted at once: the finalizer must never run.
static napi_value WrapRefDeleted(napi_env env, napi_callback_info info) {
  napi_ref ref;
  NAPI_CALL(env, napi_wrap(env, arg(env, info, 0), NULL, on_wrap_ref, (void*)C_WRAP_REF, &ref));
  NAPI_CALL(env, napi_delete_reference(env, ref));
  return NULL;
}

// removeWrap(obj): napi_remove_wrap; answers whether the data came back.
static napi_value RemoveWrap(napi_env env, napi_callback_info info) {
  void* data = NULL;
  napi_status s = napi_remove_wrap(env, arg(env, info, 0), &data);
  if (s != napi_ok) return status_value(env, s);
  return boolean(env, data == (void*)0x1234);
}

// unwrap(obj): the status of napi_unwrap (napi_invalid_arg once removed).
static napi_value Unwrap(napi_env env, napi_callback_info info) {
  void* data = NULL;
  return status_value(env, napi_unwrap(env, arg(env, info, 0), &data));
}

// addFinalizer(obj): one more counting finalizer on obj; answers the status.
static napi_value AddFinalizer(napi_env env, napi_callback_info info) {
  return status_value(env, napi_add_finalizer(env, arg(env, info, 0), NULL, on_added, (void*)C_ADDED, NULL));
}

// addFinalizerRefDeleted(obj): napi_add_finalizer with a reference deleted at once (never runs).
static napi_value AddFinalizerRefDeleted(napi_env env, napi_callback_info info) {
  napi_ref ref;
  NAPI_CALL(env, napi_add_finalizer(env, arg(env, info, 0), NULL, on_added, (void*)C_ADDED, &ref));
  NAPI_CALL(env, napi_delete_reference(env, ref));
  return NULL;
}

// addThrowingFinalizer(obj): its finalizer throws (an uncaught exception, as in Node).
static napi_value AddThrowingFinalizer(napi_env env, napi_callback_info info) {
  NAPI_CALL(env, napi_add_finalizer(env, arg(env, info, 0), NULL, on_throwing, (void*)C_THROWING, NULL));
  return NULL;
}

// Misuse of napi_add_finalizer: statuses.
static napi_value AddFinalizerErrors(napi_env env, napi_callback_info info) {
  napi_value out, obj, num;
  NAPI_CALL(env, napi_create_array(env, &out));
  NAPI_CALL(env, napi_create_object(env, &obj));
  NAPI_CALL(env, napi_create_int32(env, 1, &num));
  napi_status s[3];
  s[0] = napi_add_finalizer(env, obj, NULL, NULL, NULL, NULL);
  s[1] = napi_add_finalizer(env, num, NULL, on_added, (void*)C_ADDED, NULL);
  s[2] = napi_add_finalizer(env, NULL, NULL, on_added, (void*)C_ADDED, NULL);
  for (uint32_t i = 0; i < 3; i++) NAPI_CALL(env, napi_set_element(env, out, i, status_value(env, s[i])));
  return out;
}

// external(): an external with a counting finalizer.
static napi_value External(napi_env env, napi_callback_info info) {
  napi_value r;
  NAPI_CALL(env, napi_create_external(env, (void*)0x77, on_external, (void*)C_EXTERNAL, &r));
  return r;
}

// The memory of the last external ArrayBuffer/Buffer made, for peek/poke from native code.
static uint8_t* last_memory;
static size_t last_length;

// externalArrayBuffer(n): n bytes of native memory (0, 1, 2, ...) as an ArrayBuffer.
static napi_value ExternalArrayBuffer(napi_env env, napi_callback_info info) {
  size_t n = (size_t)int_arg(env, info, 0);
  uint8_t* mem = malloc(n == 0 ? 1 : n);
  for (size_t i = 0; i < n; i++) mem[i] = (uint8_t)i;
  napi_value r;
  NAPI_CALL(env, napi_create_external_arraybuffer(env, mem, n, on_memory, (void*)C_ARRAYBUFFER, &r));
  last_memory = mem;
  last_length = n;
  return r;
}

// externalBuffer(text): a Buffer over a native copy of text.
static napi_value ExternalBuffer(napi_env env, napi_callback_info info) {
  char text[256];
  size_t len = 0;
  NAPI_CALL(env, napi_get_value_string_utf8(env, arg(env, info, 0), text, sizeof text, &len));
  char* mem = malloc(len == 0 ? 1 : len);
  memcpy(mem, text, len);
  napi_value r;
  NAPI_CALL(env, napi_create_external_buffer(env, len, mem, on_memory, (void*)C_BUFFER, &r));
  last_memory = (uint8_t*)mem;
  last_length = len;
  return r;
}

// memoryInfo(view): whether the native data pointer of an ArrayBuffer or Buffer is the last
// external memory (it must be: no copy).
static napi_value IsLastMemory(napi_env env, napi_callback_info info) {
  napi_value v = arg(env, info, 0);
  bool is_ab = false;
  void* data = NULL;
  size_t len = 0;
  NAPI_CALL(env, napi_is_arraybuffer(env, v, &is_ab));
  if (is_ab) {
    NAPI_CALL(env, napi_get_arraybuffer_info(env, v, &data, &len));
  } else {
    NAPI_CALL(env, napi_get_buffer_info(env, v, &data, &len));
  }
  return boolean(env, data == last_memory && len == last_length);
}

// poke(i, v) / peek(i): native reads and writes of the last external memory.
static napi_value Poke(napi_env env, napi_callback_info info) {
  last_memory[int_arg(env, info, 0)] = (uint8_t)int_arg(env, info, 1);
  return NULL;
}

static napi_value Peek(napi_env env, napi_callback_info info) {
  return number(env, last_memory[int_arg(env, info, 0)]);
}

// post(): node_api_post_finalizer with a counting callback.
static napi_value Post(napi_env env, napi_callback_info info) {
  return status_value(env, node_api_post_finalizer(env, on_posted, NULL, (void*)C_POSTED));
}

static napi_value Counts(napi_env env, napi_callback_info info) {
  napi_value out;
  NAPI_CALL(env, napi_create_object(env, &out));
  for (int i = 0; i < C_COUNT; i++) {
    NAPI_CALL(env, napi_set_named_property(env, out, counter_names[i], number(env, (double)counts[i])));
  }
  NAPI_CALL(env, napi_set_named_property(env, out, "badHints", number(env, (double)bad_hints)));
  return out;
}

// wrapMany(n): n objects, each wrapped (counting finalizer) and dropped at once.
static napi_value WrapMany(napi_env env, napi_callback_info info) {
  int64_t n = int_arg(env, info, 0);
  for (int64_t i = 0; i < n; i++) {
    napi_handle_scope scope;
    NAPI_CALL(env, napi_open_handle_scope(env, &scope));
    napi_value obj;
    NAPI_CALL(env, napi_create_object(env, &obj));
    NAPI_CALL(env, napi_wrap(env, obj, (void*)0x1234, on_wrap, (void*)C_WRAP, NULL));
    NAPI_CALL(env, napi_close_handle_scope(env, scope));
  }
  return NULL;
}

// handleStress(outer, inner): outer iterations, each in a scope holding a nested escapable scope,
// making inner numbers per level (pure C handles) and every 64th an object (an engine value); the
// first handle of each level must still hold its value when the level ends, and the escaped one
// after its scope closed. Answers the number of handles made, or -1 on a wrong value.
static napi_value HandleStress(napi_env env, napi_callback_info info) {
  int64_t outer = int_arg(env, info, 0), inner = int_arg(env, info, 1);
  int64_t made = 0;
  for (int64_t i = 0; i < outer; i++) {
    napi_handle_scope a;
    napi_escapable_handle_scope b;
    napi_value first_a, first_b, escaped, v;
    NAPI_CALL(env, napi_open_handle_scope(env, &a));
    NAPI_CALL(env, napi_create_int32(env, (int32_t)i, &first_a));
    for (int64_t j = 1; j < inner; j++) {
      if (j % 64 == 0) NAPI_CALL(env, napi_create_object(env, &v));
      else NAPI_CALL(env, napi_create_int32(env, (int32_t)j, &v));
    }
    NAPI_CALL(env, napi_open_escapable_handle_scope(env, &b));
    NAPI_CALL(env, napi_create_string_utf8(env, "first", 5, &first_b));
    for (int64_t j = 1; j < inner; j++) {
      if (j % 64 == 0) NAPI_CALL(env, napi_create_object(env, &v));
      else NAPI_CALL(env, napi_create_double(env, (double)j, &v));
    }
    size_t len = 0;
    NAPI_CALL(env, napi_get_value_string_utf8(env, first_b, NULL, 0, &len));
    NAPI_CALL(env, napi_escape_handle(env, b, first_b, &escaped));
    NAPI_CALL(env, napi_close_escapable_handle_scope(env, b));
    int32_t back = -1;
    NAPI_CALL(env, napi_get_value_int32(env, first_a, &back));
    size_t len2 = 0;
    NAPI_CALL(env, napi_get_value_string_utf8(env, escaped, NULL, 0, &len2));
    NAPI_CALL(env, napi_close_handle_scope(env, a));
    if (back != (int32_t)i || len != 5 || len2 != 5) return number(env, -1);
    made += 2 * inner;
  }
  return number(env, (double)made);
}

// adjustExternalMemory(change): the change seen in the total (Node's total includes more).
static napi_value AdjustExternalMemory(napi_env env, napi_callback_info info) {
  int64_t before, after;
  NAPI_CALL(env, napi_adjust_external_memory(env, 0, &before));
  NAPI_CALL(env, napi_adjust_external_memory(env, int_arg(env, info, 0), &after));
  return number(env, (double)(after - before));
}

// Runs last at teardown (after every other finalizer): writes the counts to the report file.
static void on_instance_data(napi_env env, void* data, void* hint) {
  if (report_file[0] == 0) return;
  char text[1024];
  int n = 0;
  for (int i = 0; i < C_COUNT; i++) {
    n += snprintf(text + n, sizeof text - (size_t)n, "%s=%lld\n", counter_names[i], (long long)counts[i]);
  }
  n += snprintf(text + n, sizeof text - (size_t)n, "badHints=%lld\n", (long long)bad_hints);
  int fd = open(report_file, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd >= 0) {
    ssize_t w = write(fd, text, (size_t)n);
    (void)w;
    close(fd);
  }
}

// reportAtTeardown(path): the counts are written to path when the environment is torn down.
static napi_value ReportAtTeardown(napi_env env, napi_callback_info info) {
  size_t len;
  NAPI_CALL(env, napi_get_value_string_utf8(env, arg(env, info, 0), report_file, sizeof report_file, &len));
  NAPI_CALL(env, napi_set_instance_data(env, report_file, on_instance_data, NULL));
  void* back = NULL;
  NAPI_CALL(env, napi_get_instance_data(env, &back));
  return boolean(env, back == report_file);
}

NAPI_MODULE_INIT() {
  // The counters are per process; a test JVM loads the addon into one runtime after another.
  memset(counts, 0, sizeof counts);
  bad_hints = 0;
  report_file[0] = 0;
  EXPORT_FN(env, exports, "wrap", Wrap);
  EXPORT_FN(env, exports, "wrapWithRef", WrapWithRef);
  EXPORT_FN(env, exports, "wrapRefDeleted", WrapRefDeleted);
  EXPORT_FN(env, exports, "addFinalizerWithRef", AddFinalizerWithRef);
  EXPORT_FN(env, exports, "removeWrap", RemoveWrap);
  EXPORT_FN(env, exports, "unwrap", Unwrap);
  EXPORT_FN(env, exports, "addFinalizer", AddFinalizer);
  EXPORT_FN(env, exports, "addFinalizerRefDeleted", AddFinalizerRefDeleted);
  EXPORT_FN(env, exports, "addThrowingFinalizer", AddThrowingFinalizer);
  EXPORT_FN(env, exports, "addFinalizerErrors", AddFinalizerErrors);
  EXPORT_FN(env, exports, "external", External);
  EXPORT_FN(env, exports, "externalArrayBuffer", ExternalArrayBuffer);
  EXPORT_FN(env, exports, "externalBuffer", ExternalBuffer);
  EXPORT_FN(env, exports, "isLastMemory", IsLastMemory);
  EXPORT_FN(env, exports, "poke", Poke);
  EXPORT_FN(env, exports, "peek", Peek);
  EXPORT_FN(env, exports, "post", Post);
  EXPORT_FN(env, exports, "counts", Counts);
  EXPORT_FN(env, exports, "wrapMany", WrapMany);
  EXPORT_FN(env, exports, "handleStress", HandleStress);
  EXPORT_FN(env, exports, "adjustExternalMemory", AdjustExternalMemory);
  EXPORT_FN(env, exports, "reportAtTeardown", ReportAtTeardown);
  return exports;
}
