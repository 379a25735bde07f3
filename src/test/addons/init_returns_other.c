// init returns a function instead of exports: module.exports becomes that function.
#include "test_common.h"

static napi_value Answer(napi_env env, napi_callback_info info) {
  napi_value result;
  NAPI_CALL(env, napi_create_int32(env, 42, &result));
  return result;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  NAPI_CALL(env, napi_create_function(env, "answer", NAPI_AUTO_LENGTH, Answer, NULL, &fn));
  return fn;
}
