// node_api_create_buffer_from_arraybuffer (Node-API 10). Node 20 cannot load Node-API 10 addons,
// so this is checked under napi-host only, against Node's documented contract.
#define NAPI_VERSION 10
#include "test_common.h"

// fromArrayBuffer(ab, offset, length): [status, buffer or the pending exception]
static napi_value FromArrayBuffer(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  uint32_t offset, length;
  NAPI_CALL(env, napi_get_value_uint32(env, argv[1], &offset));
  NAPI_CALL(env, napi_get_value_uint32(env, argv[2], &length));
  napi_value buffer = NULL, status, list;
  napi_status s = node_api_create_buffer_from_arraybuffer(env, argv[0], offset, length, &buffer);
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (pending) napi_get_and_clear_last_exception(env, &buffer);
  if (buffer == NULL) napi_get_undefined(env, &buffer);
  NAPI_CALL(env, napi_create_int32(env, s, &status));
  NAPI_CALL(env, napi_create_array(env, &list));
  NAPI_CALL(env, napi_set_element(env, list, 0, status));
  NAPI_CALL(env, napi_set_element(env, list, 1, buffer));
  return list;
}

static napi_value NullResult(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value ab, status;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, &ab, NULL, NULL));
  NAPI_CALL(env, napi_create_int32(env, node_api_create_buffer_from_arraybuffer(env, ab, 0, 0, NULL), &status));
  return status;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "fromArrayBuffer", FromArrayBuffer);
  EXPORT_FN(env, exports, "nullResult", NullResult);
  return exports;
}
