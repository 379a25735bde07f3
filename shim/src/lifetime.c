// Lifetime: handle scopes and escapable handle scopes over the runtime's handle stack.
#include "napi_host.h"

#include <stdlib.h>

// A scope handle is its depth + 1, so it is never NULL and mismatches can be detected.
static napi_status open_scope(napi_env env, bool escapable, int32_t* handle) {
  napi_host_runtime* rt = env->rt;
  if (rt->scope_depth == rt->scope_capacity) {
    int32_t cap = rt->scope_capacity * 2;
    napi_host_scope* grown = realloc(rt->scopes, (size_t)cap * sizeof(*grown));
    RETURN_STATUS_IF_FALSE(env, grown != NULL, napi_generic_failure);
    rt->scopes = grown;
    rt->scope_capacity = cap;
  }
  int32_t escape_slot = 0;
  if (escapable) {
    escape_slot = napi_host_push(rt, KIND_UNDEFINED, 0);
    RETURN_STATUS_IF_FALSE(env, escape_slot != 0, napi_generic_failure);
  }
  napi_host_scope* scope = &rt->scopes[rt->scope_depth++];
  scope->top = rt->state[ST_TOP];
  scope->escape_slot = escape_slot;
  scope->escaped = false;
  *handle = rt->scope_depth;
  return napi_clear_last_error(env);
}

static napi_status close_scope(napi_env env, int32_t handle, bool escapable) {
  napi_host_runtime* rt = env->rt;
  // Node answers napi_handle_scope_mismatch when no scope is open; closing any scope but the
  // innermost is the same misuse.
  RETURN_STATUS_IF_FALSE(env, rt->scope_depth > 0 && handle == rt->scope_depth, napi_handle_scope_mismatch);
  napi_host_scope* scope = &rt->scopes[handle - 1];
  RETURN_STATUS_IF_FALSE(env, (scope->escape_slot != 0) == escapable, napi_invalid_arg);
  rt->scope_depth--;
  rt->state[ST_TOP] = scope->top;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_open_handle_scope(napi_env env, napi_handle_scope* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  int32_t h;
  napi_status s = open_scope(env, false, &h);
  if (s == napi_ok) *result = (napi_handle_scope)(intptr_t)h;
  return s;
}

napi_status NAPI_CDECL napi_close_handle_scope(napi_env env, napi_handle_scope scope) {
  CHECK_ENV(env);
  CHECK_ARG(env, scope);
  return close_scope(env, (int32_t)(intptr_t)scope, false);
}

napi_status NAPI_CDECL napi_open_escapable_handle_scope(napi_env env, napi_escapable_handle_scope* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  int32_t h;
  napi_status s = open_scope(env, true, &h);
  if (s == napi_ok) *result = (napi_escapable_handle_scope)(intptr_t)h;
  return s;
}

napi_status NAPI_CDECL napi_close_escapable_handle_scope(napi_env env, napi_escapable_handle_scope scope) {
  CHECK_ENV(env);
  CHECK_ARG(env, scope);
  return close_scope(env, (int32_t)(intptr_t)scope, true);
}

napi_status NAPI_CDECL napi_escape_handle(napi_env env, napi_escapable_handle_scope scope,
                                          napi_value escapee, napi_value* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, scope);
  CHECK_VALUE(env, escapee);
  CHECK_ARG(env, result);
  napi_host_runtime* rt = env->rt;
  int32_t h = (int32_t)(intptr_t)scope;
  RETURN_STATUS_IF_FALSE(env, h > 0 && h <= rt->scope_depth, napi_invalid_arg);
  napi_host_scope* s = &rt->scopes[h - 1];
  RETURN_STATUS_IF_FALSE(env, s->escape_slot != 0, napi_invalid_arg);
  RETURN_STATUS_IF_FALSE(env, !s->escaped, napi_escape_called_twice);
  int32_t src = slot_of(escapee), dst = s->escape_slot;
  uint8_t kind = rt->kinds[src];
  if (kind <= KIND_NUMBER) {
    rt->kinds[dst] = kind;
    rt->nums[dst] = rt->nums[src];
  } else {
    int32_t r = napi_host_up.op(rt->id, OP_COPY_SLOT, dst, src, 0);
    if (r < 0) return SET_STATUS(env, (napi_status)-r);
  }
  s->escaped = true;
  *result = value_of(dst);
  return napi_clear_last_error(env);
}
