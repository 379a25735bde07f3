// Callback scopes and async context: napi_async_init/destroy, napi_make_callback and
// napi_open/close_callback_scope.
//
// Node runs every callback from the event loop inside a callback scope, and when the OUTERMOST
// scope closes it runs the nextTick queue and the microtask queue. napi-host counts scopes in
// rt->callback_depth: RuntimeCore raises it around everything the event loop dispatches into JS,
// and the functions here raise it around their own scopes. So a napi_make_callback made from JS
// (depth > 0) leaves the ticks for later, as in Node, and one made outside any JS (at depth 0, e.g.
// from teardown) drains them before returning. napi-host has no async_hooks, so an async context
// is only a token checked for shape.
#include "napi_host.h"

#include <stdlib.h>

struct napi_async_context__ {
  napi_env env;
};

struct napi_callback_scope__ {
  napi_env env;
};

NAPI_HOST_EXPORT int32_t* napi_host_runtime_callback_depth(napi_host_runtime* rt) {
  return &rt->callback_depth;
}

// The outermost scope closed: process.nextTick callbacks, then the microtasks they queued, until
// both are empty (each op returns to Java with no JS on the stack, so GraalJS runs the microtasks
// after it; the op answers how many ticks were pending, and a call finding none ends the loop).
static void drain_ticks(napi_env env) {
  napi_host_up.op(rt_id(env), OP_DRAIN_TICKS, 0, 0, 0);
  while (napi_host_up.op(rt_id(env), OP_DRAIN_TICKS, 0, 0, 0) > 0) {
  }
}

static void close_scope(napi_env env) {
  napi_host_runtime* rt = env->rt;
  if (--rt->callback_depth == 0 && rt->state[ST_PENDING] == 0) drain_ticks(env);
}

napi_status NAPI_CDECL napi_async_init(napi_env env, napi_value async_resource, napi_value async_resource_name,
                                       napi_async_context* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, async_resource_name);
  CHECK_ARG(env, result);
  CHECK_VALUE(env, async_resource_name);
  if (async_resource != NULL) {
    CHECK_VALUE(env, async_resource);
    // Node converts the resource with ToObject: only undefined and null fail.
    int32_t r = napi_host_up.op(rt_id(env), OP_TO_OBJECT, slot_of(async_resource), 0, 0);
    if (r < 0) return SET_STATUS(env, (napi_status)-r);
  }
  napi_async_context context = calloc(1, sizeof(*context));
  RETURN_STATUS_IF_FALSE(env, context != NULL, napi_generic_failure);
  context->env = env;
  *result = context;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_async_destroy(napi_env env, napi_async_context async_context) {
  CHECK_ENV(env);
  CHECK_ARG(env, async_context);
  free(async_context);
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_make_callback(napi_env env, napi_async_context async_context, napi_value recv,
                                          napi_value func, size_t argc, const napi_value* argv,
                                          napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, recv);
  if (argc > 0) CHECK_ARG(env, argv);
  CHECK_VALUE(env, recv);
  // Node converts the receiver with ToObject (undefined/null: napi_object_expected, TypeError
  // pending) before it looks at the function.
  int32_t r = napi_host_up.op(rt_id(env), OP_TO_OBJECT, slot_of(recv), 0, 0);
  if (r < 0) return SET_STATUS(env, (napi_status)-r);
  CHECK_ARG(env, func);
  CHECK_VALUE(env, func);
  napi_status s = napi_host_stage_call(env, func, argc, argv);
  if (s != napi_ok) return s;
  napi_host_runtime* rt = env->rt;
  rt->callback_depth++;
  r = napi_host_up.op(rt_id(env), OP_CALL, slot_of(recv), slot_of(func), (int32_t)argc);
  // The result slot survives the draining: ticks run in frames above the stack top.
  close_scope(env);
  if (r < 0) return SET_STATUS(env, (napi_status)-r);
  if (result != NULL) *result = value_of(r);
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_open_callback_scope(napi_env env, napi_value resource_object,
                                                napi_async_context context, napi_callback_scope* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  CHECK_ARG(env, resource_object);
  CHECK_VALUE(env, resource_object);
  int32_t r = napi_host_up.op(rt_id(env), OP_TO_OBJECT, slot_of(resource_object), 0, 0);
  if (r < 0) return SET_STATUS(env, (napi_status)-r);
  napi_callback_scope scope = calloc(1, sizeof(*scope));
  RETURN_STATUS_IF_FALSE(env, scope != NULL, napi_generic_failure);
  scope->env = env;
  env->open_callback_scopes++;
  env->rt->callback_depth++;
  *result = scope;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_close_callback_scope(napi_env env, napi_callback_scope scope) {
  CHECK_ENV(env);
  CHECK_ARG(env, scope);
  // As in Node: closing more scopes than were opened in this environment is a mismatch.
  if (env->open_callback_scopes == 0) return napi_callback_scope_mismatch;
  env->open_callback_scopes--;
  free(scope);
  close_scope(env);
  return napi_clear_last_error(env);
}
