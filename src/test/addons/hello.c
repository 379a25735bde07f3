// The smallest addon: add(a, b) and hello(), registered with NAPI_MODULE_INIT.
#include "test_common.h"

static napi_value Add(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  int32_t a, b;
  NAPI_CALL(env, napi_get_value_int32(env, argv[0], &a));
  NAPI_CALL(env, napi_get_value_int32(env, argv[1], &b));
  napi_value result;
  NAPI_CALL(env, napi_create_int32(env, a + b, &result));
  return result;
}

static napi_value Hello(napi_env env, napi_callback_info info) {
  napi_value result;
  NAPI_CALL(env, napi_create_string_utf8(env, "hello from C", NAPI_AUTO_LENGTH, &result));
  return result;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "add", Add);
  EXPORT_FN(env, exports, "hello", Hello);
  return exports;
}
