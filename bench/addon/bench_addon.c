// Addon functions for bench/cases: each does as little as possible, so a case measures the
// Node-API crossing rather than the work. Built with NAPI_VERSION 8 so Node.js 20 loads it too.
#include <stdint.h>
#include <node_api.h>

// add(a, b): int32 + int32. No error paths beyond the status checks: a bench must not throw.
static napi_value add(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  int32_t a = 0, b = 0;
  napi_value result = NULL;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok ||
      napi_get_value_int32(env, argv[0], &a) != napi_ok ||
      napi_get_value_int32(env, argv[1], &b) != napi_ok ||
      napi_create_int32(env, a + b, &result) != napi_ok) {
    napi_throw_error(env, NULL, "bench addon: add(a, b) needs two int32 arguments");
    return NULL;
  }
  return result;
}

// noop(): no arguments, returns undefined (NULL): the floor of a call.
static napi_value noop(napi_env env, napi_callback_info info) {
  return NULL;
}

// callJs(fn, x): calls fn(x) from native code and returns its result: a callback into JS.
static napi_value call_js(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], undefined, result = NULL;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok ||
      napi_get_undefined(env, &undefined) != napi_ok ||
      napi_call_function(env, undefined, argv[0], 1, &argv[1], &result) != napi_ok) {
    return NULL;  // a pending exception from fn propagates
  }
  return result;
}

// makeObject(i): returns {a: i, b: i + 1, c: i + 2}, built property by property.
static napi_value make_object(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value arg, obj, a, b, c;
  int32_t i = 0;
  if (napi_get_cb_info(env, info, &argc, &arg, NULL, NULL) != napi_ok ||
      napi_get_value_int32(env, arg, &i) != napi_ok ||
      napi_create_object(env, &obj) != napi_ok ||
      napi_create_int32(env, i, &a) != napi_ok || napi_create_int32(env, i + 1, &b) != napi_ok ||
      napi_create_int32(env, i + 2, &c) != napi_ok ||
      napi_set_named_property(env, obj, "a", a) != napi_ok ||
      napi_set_named_property(env, obj, "b", b) != napi_ok ||
      napi_set_named_property(env, obj, "c", c) != napi_ok) {
    napi_throw_error(env, NULL, "bench addon: makeObject(i) needs an int32");
    return NULL;
  }
  return obj;
}

// stringLength(s): copies a string (up to 4 KB) out as UTF-8 and returns its byte length.
static napi_value string_length(napi_env env, napi_callback_info info) {
  size_t argc = 1, length = 0;
  napi_value arg, result = NULL;
  char buf[4096];
  if (napi_get_cb_info(env, info, &argc, &arg, NULL, NULL) != napi_ok ||
      napi_get_value_string_utf8(env, arg, buf, sizeof buf, &length) != napi_ok ||
      napi_create_int32(env, (int32_t)length, &result) != napi_ok) {
    napi_throw_error(env, NULL, "bench addon: stringLength(s) needs a string");
    return NULL;
  }
  return result;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
    { "add", NULL, add, NULL, NULL, NULL, napi_enumerable, NULL },
    { "noop", NULL, noop, NULL, NULL, NULL, napi_enumerable, NULL },
    { "callJs", NULL, call_js, NULL, NULL, NULL, napi_enumerable, NULL },
    { "makeObject", NULL, make_object, NULL, NULL, NULL, napi_enumerable, NULL },
    { "stringLength", NULL, string_length, NULL, NULL, NULL, napi_enumerable, NULL },
  };
  if (napi_define_properties(env, exports, sizeof props / sizeof props[0], props) != napi_ok) return NULL;
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
