// A legacy addon: registers itself with napi_module_register from a constructor (NAPI_MODULE).
#include "test_common.h"

static napi_value Kind(napi_env env, napi_callback_info info) {
  napi_value result;
  NAPI_CALL(env, napi_create_string_utf8(env, "legacy", NAPI_AUTO_LENGTH, &result));
  return result;
}

static napi_value Init(napi_env env, napi_value exports) {
  EXPORT_FN(env, exports, "kind", Kind);
  return exports;
}

NAPI_MODULE(legacy_register, Init)
