// Promises: napi_create_promise hands out a deferred (the promise's resolve/reject pair, kept by
// napi.js under a numeric id that is the napi_deferred itself); resolving or rejecting concludes
// and frees it, as in Node. napi_is_promise is with the other type checks (conversions.c).
#include "napi_host.h"

napi_status NAPI_CDECL napi_create_promise(napi_env env, napi_deferred* deferred, napi_value* promise) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, deferred);
  CHECK_ARG(env, promise);
  int32_t r = napi_host_up.op(rt_id(env), OP_CREATE_PROMISE, 0, 0, 0);
  if (r <= 0) return SET_STATUS(env, r < 0 ? (napi_status)(-r) : napi_generic_failure);
  *deferred = (napi_deferred)(uintptr_t)napi_host_scratch_get(env->rt, 0);
  *promise = value_of(r);
  return napi_clear_last_error(env);
}

// Node frees the deferred once the checks pass, whatever the outcome; a deferred concluded twice
// (a use after free in Node) answers napi_invalid_arg here.
static napi_status conclude(napi_env env, napi_deferred deferred, napi_value value, bool resolve) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, deferred);
  CHECK_VALUE(env, value);
  uintptr_t id = (uintptr_t)deferred;
  RETURN_STATUS_IF_FALSE(env, id <= INT32_MAX, napi_invalid_arg);
  int32_t r = napi_host_up.op(rt_id(env), OP_CONCLUDE_DEFERRED, (int32_t)id, slot_of(value), resolve ? 1 : 0);
  return napi_host_status_result(env, r);
}

napi_status NAPI_CDECL napi_resolve_deferred(napi_env env, napi_deferred deferred, napi_value resolution) {
  return conclude(env, deferred, resolution, true);
}

napi_status NAPI_CDECL napi_reject_deferred(napi_env env, napi_deferred deferred, napi_value rejection) {
  return conclude(env, deferred, rejection, false);
}
