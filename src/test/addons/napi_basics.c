// The foundation's Node-API slice, exercised from JS: values, strings, typeof, properties, functions,
// errors and pending exceptions, handle scopes, last-error info.
#include "test_common.h"
#include <string.h>

static napi_value ArgN(napi_env env, napi_callback_info info, size_t n, napi_value* argv) {
  size_t argc = n;
  napi_value this_arg;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, &this_arg, NULL));
  return this_arg;
}

static napi_value Int(napi_env env, int64_t v) {
  napi_value r;
  NAPI_CALL(env, napi_create_int64(env, v, &r));
  return r;
}

static void Set(napi_env env, napi_value obj, const char* name, napi_value v) {
  napi_set_named_property(env, obj, name, v);
}

// ---- numbers and booleans ----
static napi_value ToInt32(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  ArgN(env, info, 1, argv);
  int32_t v;
  NAPI_CALL(env, napi_get_value_int32(env, argv[0], &v));
  napi_value r;
  NAPI_CALL(env, napi_create_int32(env, v, &r));
  return r;
}

static napi_value ToUint32(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  ArgN(env, info, 1, argv);
  uint32_t v;
  NAPI_CALL(env, napi_get_value_uint32(env, argv[0], &v));
  napi_value r;
  NAPI_CALL(env, napi_create_uint32(env, v, &r));
  return r;
}

static napi_value ToInt64(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  ArgN(env, info, 1, argv);
  int64_t v;
  NAPI_CALL(env, napi_get_value_int64(env, argv[0], &v));
  // Returned as a decimal string so precision beyond 2^53 is visible to the test.
  char buf[32];
  snprintf(buf, sizeof buf, "%lld", (long long)v);
  return Str(env, buf);
}

static napi_value ToDouble(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  ArgN(env, info, 1, argv);
  double v;
  NAPI_CALL(env, napi_get_value_double(env, argv[0], &v));
  napi_value r;
  NAPI_CALL(env, napi_create_double(env, v, &r));
  return r;
}

static napi_value Not(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  ArgN(env, info, 1, argv);
  bool v;
  NAPI_CALL(env, napi_get_value_bool(env, argv[0], &v));
  napi_value r;
  NAPI_CALL(env, napi_get_boolean(env, !v, &r));
  return r;
}

// ---- strings ----
// copyString(s, bufsize): { copied, text } using a buffer of bufsize bytes.
static napi_value CopyString(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  ArgN(env, info, 2, argv);
  uint32_t bufsize;
  NAPI_CALL(env, napi_get_value_uint32(env, argv[1], &bufsize));
  char buf[256];
  memset(buf, 'X', sizeof buf);
  size_t copied = 12345;
  NAPI_CALL(env, napi_get_value_string_utf8(env, argv[0], bufsize == 0 ? buf : buf, bufsize, &copied));
  napi_value obj;
  NAPI_CALL(env, napi_create_object(env, &obj));
  Set(env, obj, "copied", Int(env, (int64_t)copied));
  napi_value text;
  NAPI_CALL(env, napi_create_string_utf8(env, buf, copied, &text));
  Set(env, obj, "text", text);
  Set(env, obj, "terminated", Int(env, bufsize > 0 ? buf[copied] == 0 : -1));
  return obj;
}

static napi_value Utf8Length(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  ArgN(env, info, 1, argv);
  size_t len;
  NAPI_CALL(env, napi_get_value_string_utf8(env, argv[0], NULL, 0, &len));
  return Int(env, (int64_t)len);
}

static napi_value Echo(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  ArgN(env, info, 1, argv);
  char buf[1024];
  size_t len;
  NAPI_CALL(env, napi_get_value_string_utf8(env, argv[0], buf, sizeof buf, &len));
  napi_value r;
  NAPI_CALL(env, napi_create_string_utf8(env, buf, len, &r));
  return r;
}

// makeString(withLength): a string with an embedded NUL when an explicit length is given.
static napi_value MakeString(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  ArgN(env, info, 1, argv);
  bool explicit_length;
  NAPI_CALL(env, napi_get_value_bool(env, argv[0], &explicit_length));
  static const char text[] = "ab\0cd\xc3\xa9";
  napi_value r;
  NAPI_CALL(env, napi_create_string_utf8(env, text, explicit_length ? sizeof text - 1 : NAPI_AUTO_LENGTH, &r));
  return r;
}

// ---- typeof ----
static napi_value TypeOf(napi_env env, napi_callback_info info) {
  static const char* names[] = {"undefined", "null", "boolean", "number", "string",
                                "symbol", "object", "function", "external", "bigint"};
  napi_value argv[1];
  ArgN(env, info, 1, argv);
  napi_valuetype t;
  NAPI_CALL(env, napi_typeof(env, argv[0], &t));
  return Str(env, names[t]);
}

// ---- objects and properties ----
static napi_value MakeObject(napi_env env, napi_callback_info info) {
  napi_value obj, v;
  NAPI_CALL(env, napi_create_object(env, &obj));
  NAPI_CALL(env, napi_create_int32(env, 1, &v));
  NAPI_CALL(env, napi_set_named_property(env, obj, "a", v));
  NAPI_CALL(env, napi_create_string_utf8(env, "x", 1, &v));
  NAPI_CALL(env, napi_set_named_property(env, obj, "b", v));
  NAPI_CALL(env, napi_get_boolean(env, true, &v));
  NAPI_CALL(env, napi_set_named_property(env, obj, "c", v));
  NAPI_CALL(env, napi_get_null(env, &v));
  NAPI_CALL(env, napi_set_named_property(env, obj, "d", v));
  NAPI_CALL(env, napi_get_undefined(env, &v));
  NAPI_CALL(env, napi_set_named_property(env, obj, "e", v));
  NAPI_CALL(env, napi_create_double(env, 2.5, &v));
  NAPI_CALL(env, napi_set_named_property(env, obj, "f", v));
  return obj;
}

// getNamed(obj, name)
static napi_value GetNamed(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  ArgN(env, info, 2, argv);
  char name[128];
  NAPI_CALL(env, napi_get_value_string_utf8(env, argv[1], name, sizeof name, NULL));
  napi_value r;
  NAPI_CALL(env, napi_get_named_property(env, argv[0], name, &r));
  return r;
}

static napi_value GetGlobal(napi_env env, napi_callback_info info) {
  napi_value g;
  NAPI_CALL(env, napi_get_global(env, &g));
  return g;
}

static napi_value Getter(napi_env env, napi_callback_info info) {
  void* data;
  napi_value this_arg;
  NAPI_CALL(env, napi_get_cb_info(env, info, NULL, NULL, &this_arg, &data));
  napi_value v;
  NAPI_CALL(env, napi_get_named_property(env, this_arg, "_secret", &v));
  return v;
}

static napi_value Setter(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  napi_value this_arg = ArgN(env, info, 1, argv);
  NAPI_CALL(env, napi_set_named_property(env, this_arg, "_secret", argv[0]));
  return NULL;
}

static napi_value ReturnData(napi_env env, napi_callback_info info) {
  void* data;
  NAPI_CALL(env, napi_get_cb_info(env, info, NULL, NULL, NULL, &data));
  return Str(env, (const char*)data);
}

// defineAll(obj): a read-only enumerable value, a method with data, an accessor, a hidden value.
static napi_value DefineAll(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  ArgN(env, info, 1, argv);
  napi_value answer, hidden;
  NAPI_CALL(env, napi_create_int32(env, 42, &answer));
  NAPI_CALL(env, napi_create_string_utf8(env, "hidden", NAPI_AUTO_LENGTH, &hidden));
  napi_value symbol_name = Str(env, "viaName");
  napi_property_descriptor props[] = {
      {"answer", NULL, NULL, NULL, NULL, answer, napi_enumerable, NULL},
      {"method", NULL, ReturnData, NULL, NULL, NULL, napi_writable | napi_configurable, (void*)"method-data"},
      {"secret", NULL, NULL, Getter, Setter, NULL, napi_enumerable | napi_configurable, NULL},
      {"hidden", NULL, NULL, NULL, NULL, hidden, napi_writable, NULL},
      {NULL, symbol_name, NULL, NULL, NULL, answer, napi_default_jsproperty, NULL},
  };
  NAPI_CALL(env, napi_define_properties(env, argv[0], sizeof props / sizeof props[0], props));
  return argv[0];
}

// ---- functions ----
// callWith(fn, recv, ...args): calls fn with recv as this; a JS exception propagates.
static napi_value CallWith(napi_env env, napi_callback_info info) {
  size_t argc = 8;
  napi_value argv[8];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  napi_value result;
  napi_status s = napi_call_function(env, argv[1], argv[0], argc - 2, argv + 2, &result);
  if (s == napi_pending_exception) return NULL;
  NAPI_CALL(env, s);
  return result;
}

// catchFrom(fn): calls fn; returns { status, pending, error } after catching what it threw.
static napi_value CatchFrom(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  ArgN(env, info, 1, argv);
  napi_value undefined, result, obj;
  NAPI_CALL(env, napi_get_undefined(env, &undefined));
  napi_status s = napi_call_function(env, undefined, argv[0], 0, NULL, &result);
  bool pending;
  NAPI_CALL(env, napi_is_exception_pending(env, &pending));
  // While an exception is pending, calls that may run JS must refuse.
  napi_value probe;
  napi_status refused = napi_create_object(env, &probe) == napi_ok
                            ? napi_set_named_property(env, undefined, "x", undefined)
                            : napi_generic_failure;
  napi_value error;
  NAPI_CALL(env, napi_get_and_clear_last_exception(env, &error));
  bool still;
  NAPI_CALL(env, napi_is_exception_pending(env, &still));
  NAPI_CALL(env, napi_create_object(env, &obj));
  Set(env, obj, "status", Int(env, s));
  Set(env, obj, "pending", Int(env, pending));
  Set(env, obj, "refusedWhilePending", Int(env, refused));
  Set(env, obj, "pendingAfterClear", Int(env, still));
  Set(env, obj, "error", error);
  return obj;
}

// ---- errors ----
static napi_value ThrowError(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  ArgN(env, info, 2, argv);
  char kind[16], msg[128];
  NAPI_CALL(env, napi_get_value_string_utf8(env, argv[0], kind, sizeof kind, NULL));
  NAPI_CALL(env, napi_get_value_string_utf8(env, argv[1], msg, sizeof msg, NULL));
  if (strcmp(kind, "type") == 0) napi_throw_type_error(env, "E_TYPE", msg);
  else if (strcmp(kind, "range") == 0) napi_throw_range_error(env, NULL, msg);
  else napi_throw_error(env, "E_PLAIN", msg);
  return NULL;
}

static napi_value ThrowValue(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  ArgN(env, info, 1, argv);
  NAPI_CALL(env, napi_throw(env, argv[0]));
  return NULL;
}

static napi_value CreateError(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  ArgN(env, info, 2, argv);
  napi_value err;
  napi_valuetype code_type;
  NAPI_CALL(env, napi_typeof(env, argv[0], &code_type));
  NAPI_CALL(env, napi_create_error(env, code_type == napi_undefined ? NULL : argv[0], argv[1], &err));
  bool is_error;
  NAPI_CALL(env, napi_is_error(env, err, &is_error));
  if (!is_error) return NULL;
  return err;
}

// ---- status codes and last-error info ----
static napi_value Statuses(napi_env env, napi_callback_info info) {
  napi_value obj, num, str, res;
  NAPI_CALL(env, napi_create_object(env, &obj));
  NAPI_CALL(env, napi_create_int32(env, 7, &num));
  NAPI_CALL(env, napi_create_string_utf8(env, "s", 1, &str));
  int32_t i32;
  bool b;
  char buf[8];
  const napi_extended_error_info* last;

  napi_status st = napi_get_value_int32(env, str, &i32);
  NAPI_CALL(env, napi_get_last_error_info(env, &last));
  napi_status last_code = last->error_code;
  const char* last_message = last->error_message ? last->error_message : "(null)";
  Set(env, obj, "int32OfString", Int(env, st));
  Set(env, obj, "lastCode", Int(env, last_code));
  Set(env, obj, "lastMessage", Str(env, last_message));
  Set(env, obj, "boolOfNumber", Int(env, napi_get_value_bool(env, num, &b)));
  Set(env, obj, "stringOfNumber", Int(env, napi_get_value_string_utf8(env, num, buf, sizeof buf, NULL)));
  Set(env, obj, "nullResult", Int(env, napi_create_int32(env, 1, NULL)));
  Set(env, obj, "nullValue", Int(env, napi_get_value_int32(env, NULL, &i32)));
  Set(env, obj, "nullEnv", Int(env, napi_create_int32(NULL, 1, &res)));
  Set(env, obj, "callNonFunction", Int(env, napi_call_function(env, obj, num, 0, NULL, &res)));
  Set(env, obj, "setOnNonObject", Int(env, napi_set_named_property(env, str, "x", num)));
  napi_value undef;
  NAPI_CALL(env, napi_get_undefined(env, &undef));
  Set(env, obj, "setOnUndefined", Int(env, napi_set_named_property(env, undef, "x", num)));
  // That left V8's TypeError pending, as in Node; take it so the object can be returned.
  napi_value pending_error;
  napi_get_and_clear_last_exception(env, &pending_error);
  Set(env, obj, "setOnUndefinedError", pending_error);
  Set(env, obj, "defineOnNumber", Int(env, napi_define_properties(env, num, 0, NULL)));
  Set(env, obj, "errorMessageNotString", Int(env, napi_create_error(env, NULL, num, &res)));
  NAPI_CALL(env, napi_create_int32(env, 1, &res));
  NAPI_CALL(env, napi_get_last_error_info(env, &last));
  Set(env, obj, "lastCodeAfterSuccess", Int(env, last->error_code));
  return obj;
}

// Closing an outer scope before an inner one: V8 would crash; napi-host reports a mismatch.
static napi_value CloseOutOfOrder(napi_env env, napi_callback_info info) {
  napi_handle_scope outer, inner;
  NAPI_CALL(env, napi_open_handle_scope(env, &outer));
  NAPI_CALL(env, napi_open_handle_scope(env, &inner));
  napi_status s = napi_close_handle_scope(env, outer);
  NAPI_CALL(env, napi_close_handle_scope(env, inner));
  NAPI_CALL(env, napi_close_handle_scope(env, outer));
  return Int(env, s);
}

// ---- handle scopes ----
static napi_value Scopes(napi_env env, napi_callback_info info) {
  napi_value obj;
  NAPI_CALL(env, napi_create_object(env, &obj));
  Set(env, obj, "closeWithoutOpen", Int(env, napi_close_handle_scope(env, (napi_handle_scope)(intptr_t)1)));

  napi_handle_scope outer, inner;
  NAPI_CALL(env, napi_open_handle_scope(env, &outer));
  NAPI_CALL(env, napi_open_handle_scope(env, &inner));
  NAPI_CALL(env, napi_close_handle_scope(env, inner));
  NAPI_CALL(env, napi_close_handle_scope(env, outer));

  napi_escapable_handle_scope esc;
  NAPI_CALL(env, napi_open_escapable_handle_scope(env, &esc));
  napi_value made, escaped, escaped2;
  NAPI_CALL(env, napi_create_object(env, &made));
  NAPI_CALL(env, napi_set_named_property(env, made, "kept", Str(env, "yes")));
  NAPI_CALL(env, napi_escape_handle(env, esc, made, &escaped));
  Set(env, obj, "escapeTwice", Int(env, napi_escape_handle(env, esc, made, &escaped2)));
  NAPI_CALL(env, napi_close_escapable_handle_scope(env, esc));
  Set(env, obj, "escaped", escaped);

  // Many handles in a loop of scopes: the stack must not grow.
  for (int i = 0; i < 100000; i++) {
    napi_handle_scope s;
    NAPI_CALL(env, napi_open_handle_scope(env, &s));
    napi_value o;
    NAPI_CALL(env, napi_create_object(env, &o));
    NAPI_CALL(env, napi_create_string_utf8(env, "tmp", 3, &o));
    NAPI_CALL(env, napi_close_handle_scope(env, s));
  }
  Set(env, obj, "loopDone", Str(env, "ok"));
  return obj;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "toInt32", ToInt32);
  EXPORT_FN(env, exports, "toUint32", ToUint32);
  EXPORT_FN(env, exports, "toInt64", ToInt64);
  EXPORT_FN(env, exports, "toDouble", ToDouble);
  EXPORT_FN(env, exports, "not", Not);
  EXPORT_FN(env, exports, "copyString", CopyString);
  EXPORT_FN(env, exports, "utf8Length", Utf8Length);
  EXPORT_FN(env, exports, "echo", Echo);
  EXPORT_FN(env, exports, "makeString", MakeString);
  EXPORT_FN(env, exports, "typeOf", TypeOf);
  EXPORT_FN(env, exports, "makeObject", MakeObject);
  EXPORT_FN(env, exports, "getNamed", GetNamed);
  EXPORT_FN(env, exports, "getGlobal", GetGlobal);
  EXPORT_FN(env, exports, "defineAll", DefineAll);
  EXPORT_FN(env, exports, "callWith", CallWith);
  EXPORT_FN(env, exports, "catchFrom", CatchFrom);
  EXPORT_FN(env, exports, "throwError", ThrowError);
  EXPORT_FN(env, exports, "throwValue", ThrowValue);
  EXPORT_FN(env, exports, "createError", CreateError);
  EXPORT_FN(env, exports, "statuses", Statuses);
  EXPORT_FN(env, exports, "scopes", Scopes);
  EXPORT_FN(env, exports, "closeOutOfOrder", CloseOutOfOrder);
  return exports;
}
