// Node-API glue for the basic cgo fixture: exposes the Go functions to JS.
#include <node_api.h>
// The Go functions' declarations come from the header cgo writes (passed with -include).

static napi_value Add(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], result;
  int32_t a = 0, b = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_int32(env, argv[0], &a);
  napi_get_value_int32(env, argv[1], &b);
  napi_create_int32(env, GoAdd(a, b), &result);
  return result;
}

static napi_value FanOut(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], result;
  int32_t n = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_int32(env, argv[0], &n);
  napi_create_double(env, (double)GoFanOut(n), &result);
  return result;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "add", NAPI_AUTO_LENGTH, Add, NULL, &fn);
  napi_set_named_property(env, exports, "add", fn);
  napi_create_function(env, "fanOut", NAPI_AUTO_LENGTH, FanOut, NULL, &fn);
  napi_set_named_property(env, exports, "fanOut", fn);
  return exports;
}
