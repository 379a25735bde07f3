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

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
    { "add", NULL, add, NULL, NULL, NULL, napi_enumerable, NULL },
    { "noop", NULL, noop, NULL, NULL, NULL, napi_enumerable, NULL },
  };
  if (napi_define_properties(env, exports, 2, props) != napi_ok) return NULL;
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
