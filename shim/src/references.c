// References: strong while their count is above 0, weak at 0 (the value may then be collected and
// napi_get_reference_value answers NULL), as Node documents. The values live in napi.js.
#include "napi_host.h"

napi_status NAPI_CDECL napi_create_reference(napi_env env, napi_value value, uint32_t initial_refcount,
                                             napi_ref* result) {
  CHECK_ENV(env);
  CHECK_VALUE(env, value);
  CHECK_ARG(env, result);
  uint8_t kind = env->rt->kinds[slot_of(value)];
  // Before Node-API 10 only objects, functions and symbols can be referenced.
  if (env->api_version < 10) {
    RETURN_STATUS_IF_FALSE(env, kind == KIND_OBJECT || kind == KIND_FUNCTION || kind == KIND_EXTERNAL ||
                                    kind == KIND_SYMBOL, napi_invalid_arg);
  }
  int32_t r = napi_host_up.op(rt_id(env), OP_REF_CREATE, slot_of(value), (int32_t)initial_refcount, 0);
  if (r < 0) return SET_STATUS(env, (napi_status)(-r));
  *result = (napi_ref)(intptr_t)r;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_delete_reference(node_api_basic_env basic_env, napi_ref ref) {
  napi_env env = (napi_env)basic_env;
  CHECK_ENV(env);
  CHECK_ARG(env, ref);
  int32_t r = napi_host_up.op(rt_id(env), OP_REF_DELETE, (int32_t)(intptr_t)ref, 0, 0);
  if (r < 0) return SET_STATUS(env, (napi_status)(-r));
  // The reference napi_wrap / napi_add_finalizer returned owns its finalizer: deleting it before the
  // finalizer ran means it never runs (Node's userland ownership). napi.js answers the record.
  napi_host_finalizer* f = (napi_host_finalizer*)(uintptr_t)env->rt->nums[0];
  if (f != NULL) {
    f->cb = NULL;
    f->ref_id = 0;
  }
  return napi_clear_last_error(env);
}

static napi_status adjust(napi_env env, napi_ref ref, int32_t delta, uint32_t* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, ref);
  int32_t r = napi_host_up.op(rt_id(env), OP_REF_ADJUST, (int32_t)(intptr_t)ref, delta, 0);
  if (r < 0) return SET_STATUS(env, (napi_status)(-r));
  if (result != NULL) *result = (uint32_t)env->rt->nums[0];
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_reference_ref(napi_env env, napi_ref ref, uint32_t* result) {
  return adjust(env, ref, 1, result);
}

napi_status NAPI_CDECL napi_reference_unref(napi_env env, napi_ref ref, uint32_t* result) {
  return adjust(env, ref, -1, result);
}

napi_status NAPI_CDECL napi_get_reference_value(napi_env env, napi_ref ref, napi_value* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, ref);
  CHECK_ARG(env, result);
  int32_t r = napi_host_up.op(rt_id(env), OP_REF_GET, (int32_t)(intptr_t)ref, 0, 0);
  if (r < 0) return SET_STATUS(env, (napi_status)(-r));
  *result = r == 0 ? NULL : value_of(r);
  return napi_clear_last_error(env);
}
