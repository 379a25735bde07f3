// Per-environment instance data and the external-memory hint. Pure C: no engine work.
#include "napi_host.h"

// Node replaces earlier data without running its finalizer; the last data's finalizer runs when
// the environment is torn down (napi_host_env_destroy).
napi_status NAPI_CDECL napi_set_instance_data(node_api_basic_env basic_env, void* data, napi_finalize finalize_cb,
                                              void* finalize_hint) {
  napi_env env = (napi_env)basic_env;
  CHECK_ENV(env);
  env->instance_data = data;
  env->instance_finalize = finalize_cb;
  env->instance_hint = finalize_hint;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_instance_data(node_api_basic_env basic_env, void** data) {
  napi_env env = (napi_env)basic_env;
  CHECK_ENV(env);
  CHECK_ARG(env, data);
  *data = env->instance_data;
  return napi_clear_last_error(env);
}

// V8 uses the total to schedule garbage collections; the JVM's collector takes no such hint, so
// napi-host only keeps the per-runtime total and answers it (Node answers V8's running total,
// which also counts memory Node itself reported, so only differences are comparable).
napi_status NAPI_CDECL napi_adjust_external_memory(node_api_basic_env basic_env, int64_t change_in_bytes,
                                                   int64_t* adjusted_value) {
  napi_env env = (napi_env)basic_env;
  CHECK_ENV(env);
  CHECK_ARG(env, adjusted_value);
  env->rt->external_memory += change_in_bytes;
  *adjusted_value = env->rt->external_memory;
  return napi_clear_last_error(env);
}
