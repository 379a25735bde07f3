// Objects, property keys and constructing from native code: each export answers [status, result]
// (plus the pending exception's message, taken and cleared) so JS can compare statuses with Node.
#include "test_common.h"
#include <stdlib.h>
#include <string.h>

#define MAX_ARGS 8

static size_t Args(napi_env env, napi_callback_info info, napi_value* argv) {
  size_t argc = MAX_ARGS;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  return argc;
}

static uint32_t U32(napi_env env, napi_value v) {
  uint32_t r = 0;
  napi_get_value_uint32(env, v, &r);
  return r;
}

static bool Truthy(napi_env env, napi_value v) {
  bool r = false;
  napi_get_value_bool(env, v, &r);  // only `true` counts: the tests pass booleans
  return r;
}

// [status, value, pendingMessage?]
static napi_value Report(napi_env env, napi_status status, napi_value value) {
  napi_value out, s, undef;
  napi_get_undefined(env, &undef);
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  napi_value exception = NULL;
  if (pending) napi_get_and_clear_last_exception(env, &exception);
  napi_create_array(env, &out);
  napi_create_int32(env, (int32_t)status, &s);
  napi_set_element(env, out, 0, s);
  napi_set_element(env, out, 1, status == napi_ok && value != NULL ? value : undef);
  if (exception != NULL) {
    napi_value msg;
    if (napi_get_named_property(env, exception, "message", &msg) == napi_ok) napi_set_element(env, out, 2, msg);
  }
  return out;
}

// Named properties whose name is rewritten in one buffer between calls (napi-host caches names by
// address, so each call must still use the buffer's current contents): sets obj[names[i]] = i, then
// reads each back by name and answers [[value, has], ...].
static napi_value NamesInBuffer(napi_env env, napi_callback_info info) {
  static char name[128];
  napi_value a[MAX_ARGS], out;
  Args(env, info, a);
  uint32_t n = 0;
  napi_get_array_length(env, a[1], &n);
  napi_create_array(env, &out);
  for (uint32_t i = 0; i < n; i++) {
    napi_value s, v;
    napi_get_element(env, a[1], i, &s);
    napi_get_value_string_utf8(env, s, name, sizeof name, NULL);
    napi_create_uint32(env, i, &v);
    napi_set_named_property(env, a[0], name, v);
  }
  for (uint32_t i = 0; i < n; i++) {
    napi_value s, v, pair;
    bool has = false;
    napi_get_element(env, a[1], i, &s);
    napi_get_value_string_utf8(env, s, name, sizeof name, NULL);
    napi_get_named_property(env, a[0], name, &v);
    napi_has_named_property(env, a[0], name, &has);
    napi_create_array(env, &pair);
    napi_set_element(env, pair, 0, v);
    napi_set_element(env, pair, 1, Bool(env, has));
    napi_set_element(env, out, i, pair);
  }
  return out;
}

static napi_value DeleteProperty(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS];
  Args(env, info, a);
  bool want = Truthy(env, a[2]);
  bool r = false;
  napi_status st = napi_delete_property(env, a[0], a[1], want ? &r : NULL);
  return Report(env, st, want ? Bool(env, r) : NULL);
}

static napi_value HasOwn(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS];
  Args(env, info, a);
  bool r = false;
  napi_status st = napi_has_own_property(env, a[0], a[1], &r);
  return Report(env, st, Bool(env, r));
}

static napi_value HasElement(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS];
  Args(env, info, a);
  bool r = false;
  napi_status st = napi_has_element(env, a[0], U32(env, a[1]), &r);
  return Report(env, st, Bool(env, r));
}

static napi_value DeleteElement(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS];
  Args(env, info, a);
  bool want = Truthy(env, a[2]);
  bool r = false;
  napi_status st = napi_delete_element(env, a[0], U32(env, a[1]), want ? &r : NULL);
  return Report(env, st, want ? Bool(env, r) : NULL);
}

static napi_value PropertyNames(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS], r = NULL;
  Args(env, info, a);
  napi_status st = napi_get_property_names(env, a[0], &r);
  return Report(env, st, r);
}

static napi_value AllNames(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS], r = NULL;
  Args(env, info, a);
  napi_status st = napi_get_all_property_names(env, a[0], (napi_key_collection_mode)U32(env, a[1]),
                                               (napi_key_filter)U32(env, a[2]), (napi_key_conversion)U32(env, a[3]), &r);
  return Report(env, st, r);
}

static napi_value Freeze(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS];
  Args(env, info, a);
  return Report(env, napi_object_freeze(env, a[0]), NULL);
}

static napi_value Seal(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS];
  Args(env, info, a);
  return Report(env, napi_object_seal(env, a[0]), NULL);
}

static napi_value GetPrototype(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS], r = NULL;
  Args(env, info, a);
  napi_status st = napi_get_prototype(env, a[0], &r);
  return Report(env, st, r);
}

static napi_value NewInstance(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS], r = NULL;
  size_t n = Args(env, info, a);
  napi_status st = napi_new_instance(env, a[0], n > 0 ? n - 1 : 0, a + 1, &r);
  return Report(env, st, r);
}

// A native function that reports how it was called: as a constructor it marks `this`.
static napi_value Native(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS], self, target = NULL;
  size_t argc = MAX_ARGS;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, a, &self, NULL));
  NAPI_CALL(env, napi_get_new_target(env, info, &target));
  if (target == NULL) {
    napi_value s;
    NAPI_CALL(env, napi_create_string_utf8(env, "called without new", NAPI_AUTO_LENGTH, &s));
    return s;
  }
  NAPI_CALL(env, napi_set_named_property(env, self, "newTarget", target));
  if (argc > 0) NAPI_CALL(env, napi_set_named_property(env, self, "first", a[0]));
  return self;
}

// Statuses for arguments JS cannot express (NULL pointers, bad enum values).
static napi_value Misuse(napi_env env, napi_callback_info info) {
  napi_value obj, key, out, fn, r;
  bool b;
  NAPI_CALL(env, napi_create_object(env, &obj));
  NAPI_CALL(env, napi_create_string_utf8(env, "k", NAPI_AUTO_LENGTH, &key));
  NAPI_CALL(env, napi_create_array(env, &out));
  NAPI_CALL(env, napi_create_function(env, "f", NAPI_AUTO_LENGTH, Native, NULL, &fn));
  napi_status s[] = {
    napi_delete_property(env, obj, NULL, &b),
    napi_delete_property(env, NULL, key, &b),
    napi_has_own_property(env, obj, key, NULL),
    napi_has_own_property(env, obj, NULL, &b),
    napi_has_element(env, obj, 0, NULL),
    napi_get_property_names(env, obj, NULL),
    napi_get_all_property_names(env, obj, (napi_key_collection_mode)7, napi_key_all_properties, napi_key_keep_numbers, &r),
    napi_get_all_property_names(env, obj, napi_key_own_only, napi_key_all_properties, (napi_key_conversion)7, &r),
    napi_get_prototype(env, obj, NULL),
    napi_object_freeze(env, NULL),
    napi_new_instance(env, fn, 0, NULL, NULL),
    napi_new_instance(env, fn, 1, NULL, &r),
    napi_new_instance(env, NULL, 0, NULL, &r),
  };
  for (uint32_t i = 0; i < sizeof s / sizeof s[0]; i++) {
    napi_value v;
    NAPI_CALL(env, napi_create_int32(env, (int32_t)s[i], &v));
    NAPI_CALL(env, napi_set_element(env, out, i, v));
  }
  return out;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "deleteProperty", DeleteProperty);
  EXPORT_FN(env, exports, "hasOwn", HasOwn);
  EXPORT_FN(env, exports, "hasElement", HasElement);
  EXPORT_FN(env, exports, "deleteElement", DeleteElement);
  EXPORT_FN(env, exports, "propertyNames", PropertyNames);
  EXPORT_FN(env, exports, "allNames", AllNames);
  EXPORT_FN(env, exports, "freeze", Freeze);
  EXPORT_FN(env, exports, "seal", Seal);
  EXPORT_FN(env, exports, "getPrototype", GetPrototype);
  EXPORT_FN(env, exports, "newInstance", NewInstance);
  EXPORT_FN(env, exports, "Native", Native);
  EXPORT_FN(env, exports, "misuse", Misuse);
  EXPORT_FN(env, exports, "namesInBuffer", NamesInBuffer);
  return exports;
}
