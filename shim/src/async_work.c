// Async work: execute runs on a pool thread made by the Java ThreadFactory (8 MB stack, clean
// signal mask), complete runs on the JS thread with napi_ok or napi_cancelled, as in Node.
#include "napi_host.h"
#include "native_stack.h"

#include <stdlib.h>

struct napi_async_work__ {
  napi_env env;
  napi_async_execute_callback execute;
  napi_async_complete_callback complete;
  void* data;
};

napi_status NAPI_CDECL napi_create_async_work(napi_env env, napi_value async_resource,
                                              napi_value async_resource_name,
                                              napi_async_execute_callback execute,
                                              napi_async_complete_callback complete, void* data,
                                              napi_async_work* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, execute);
  CHECK_ARG(env, result);
  napi_async_work work = calloc(1, sizeof(*work));
  RETURN_STATUS_IF_FALSE(env, work != NULL, napi_generic_failure);
  work->env = env;
  work->execute = execute;
  work->complete = complete;
  work->data = data;
  *result = work;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_delete_async_work(napi_env env, napi_async_work work) {
  CHECK_ENV(env);
  CHECK_ARG(env, work);
  free(work);
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_queue_async_work(node_api_basic_env basic_env, napi_async_work work) {
  napi_env env = (napi_env)basic_env;
  CHECK_ENV(env);
  CHECK_ARG(env, work);
  return napi_host_status_result(env, napi_host_up.async_queue(rt_id(env), work));
}

napi_status NAPI_CDECL napi_cancel_async_work(node_api_basic_env basic_env, napi_async_work work) {
  napi_env env = (napi_env)basic_env;
  CHECK_ENV(env);
  CHECK_ARG(env, work);
  // Node: only work that has not started can be cancelled; otherwise napi_generic_failure.
  int32_t taken = napi_host_up.async_cancel(rt_id(env), work);
  RETURN_STATUS_IF_FALSE(env, taken == 1, napi_generic_failure);
  return napi_clear_last_error(env);
}

// On a pool thread.
NAPI_HOST_EXPORT void napi_host_async_execute(napi_async_work work) {
  work->execute(work->env, work->data);
}

// On the JS thread, in its own handle-stack frame. Returns -1 if complete left an exception pending.
NAPI_HOST_EXPORT int32_t napi_host_async_complete(napi_async_work work, int32_t status) {
  if (work->complete == NULL) return 0;
  napi_env env = work->env;
  napi_host_runtime* rt = env->rt;
  int32_t top = rt->state[ST_TOP];
  int32_t depth = rt->scope_depth;
  napi_clear_last_error(env);
  napi_host_call_complete(work->complete, env, (napi_status)status, work->data);
  rt->scope_depth = depth;
  rt->state[ST_TOP] = top;
  return rt->state[ST_PENDING] != 0 ? -1 : 0;
}
