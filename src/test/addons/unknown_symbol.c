// References a napi_* function that does not exist: loading must fail and name it.
#include "test_common.h"

extern napi_status napi_function_that_does_not_exist(napi_env env);

static napi_value Init(napi_env env, napi_value exports) {
  napi_function_that_does_not_exist(env);
  return exports;
}

NAPI_MODULE_INIT() { return Init(env, exports); }
