// Finalizers: napi_wrap's, externals', napi_add_finalizer's and node_api_post_finalizer's callbacks
// (instance data and napi_adjust_external_memory are in instance_data.c).
//
// Every finalizer is a record in its env's list until it has run. Java (Finalizers.java) learns
// when the object became unreachable and the event loop then runs the record on the JS thread,
// outside any native frame; at teardown every record still listed runs, once, before the instance
// data's finalizer. Cancelling (napi_remove_wrap, deleting the reference napi_wrap or
// napi_add_finalizer returned) only clears the callback: the record itself stays until Java reports
// it unreachable (its object gone, or its wrap removed), so Java never holds a pointer to freed memory.
#include "napi_host.h"
#include "native_stack.h"

#include <stdlib.h>

napi_host_finalizer* napi_host_finalizer_new(napi_env env, napi_finalize cb, void* data, void* hint) {
  napi_host_finalizer* f = malloc(sizeof(*f));
  if (f == NULL) return NULL;
  f->env = env;
  f->cb = cb;
  f->data = data;
  f->hint = hint;
  f->ref_id = 0;
  f->prev = NULL;
  f->next = env->finalizers;
  if (env->finalizers != NULL) env->finalizers->prev = f;
  env->finalizers = f;
  return f;
}

static void unlink_record(napi_host_finalizer* f) {
  if (f->prev != NULL) f->prev->next = f->next;
  else f->env->finalizers = f->next;
  if (f->next != NULL) f->next->prev = f->prev;
}

void napi_host_finalizer_discard(napi_host_finalizer* f) {
  unlink_record(f);
  free(f);
}

napi_status napi_host_finalizer_attach(napi_env env, napi_value object, napi_host_finalizer* f) {
  env->rt->nums[0] = (double)(uintptr_t)f;
  int32_t r = napi_host_up.op(rt_id(env), OP_FINALIZER_ATTACH, slot_of(object), 0, 0);
  if (r < 0) {
    napi_host_finalizer_discard(f);
    return SET_STATUS(env, (napi_status)-r);
  }
  return napi_ok;
}

// Runs one record in its own handle-stack frame and frees it. Returns -1 if the finalizer left an
// exception pending (the caller raises it as uncaught, as Node does), else 0.
NAPI_HOST_EXPORT int32_t napi_host_finalizer_run(napi_host_finalizer* f) {
  napi_env env = f->env;
  napi_host_runtime* rt = env->rt;
  unlink_record(f);
  // A reference that owned this finalizer outlives it: deleting it later must not touch the record.
  if (f->ref_id != 0) {
    rt->nums[0] = 0;
    napi_host_up.op(rt->id, OP_REF_LINK_FINALIZER, f->ref_id, 0, 0);
  }
  napi_finalize cb = f->cb;
  void* data = f->data;
  void* hint = f->hint;
  free(f);
  if (cb == NULL) return 0;
  int32_t top = rt->state[ST_TOP];
  int32_t depth = rt->scope_depth;
  napi_clear_last_error(env);
  napi_host_call_finalize(cb, env, data, hint);
  rt->scope_depth = depth;
  rt->state[ST_TOP] = top;
  return rt->state[ST_PENDING] != 0 ? -1 : 0;
}

// Teardown: runs every finalizer of env that has not run yet (records a finalizer adds meanwhile
// included). Returns -1 when one left an exception pending (Java reports it and calls again), 0 when
// the list is empty.
NAPI_HOST_EXPORT int32_t napi_host_env_run_finalizers(napi_env env) {
  while (env->finalizers != NULL) {
    if (napi_host_finalizer_run(env->finalizers) < 0) return -1;
  }
  return 0;
}

napi_status NAPI_CDECL napi_add_finalizer(napi_env env, napi_value js_object, void* finalize_data,
                                          node_api_basic_finalize finalize_cb, void* finalize_hint,
                                          napi_ref* result) {
  CHECK_ENV(env);
  CHECK_VALUE(env, js_object);
  CHECK_ARG(env, finalize_cb);
  uint8_t kind = env->rt->kinds[slot_of(js_object)];
  RETURN_STATUS_IF_FALSE(env, kind == KIND_OBJECT || kind == KIND_FUNCTION || kind == KIND_EXTERNAL, napi_invalid_arg);
  napi_host_finalizer* f = napi_host_finalizer_new(env, (napi_finalize)finalize_cb, finalize_data, finalize_hint);
  RETURN_STATUS_IF_FALSE(env, f != NULL, napi_generic_failure);
  napi_status s = napi_host_finalizer_attach(env, js_object, f);
  if (s != napi_ok) return s;
  // Node hands back a weak reference; deleting it before the finalizer ran cancels the finalizer.
  if (result != NULL) {
    s = napi_create_reference(env, js_object, 0, result);
    if (s != napi_ok) return s;
    return napi_host_finalizer_link_ref(env, f, *result);
  }
  return napi_clear_last_error(env);
}

napi_status napi_host_finalizer_link_ref(napi_env env, napi_host_finalizer* f, napi_ref ref) {
  f->ref_id = (int32_t)(intptr_t)ref;
  env->rt->nums[0] = (double)(uintptr_t)f;
  return napi_host_status_result(env, napi_host_up.op(rt_id(env), OP_REF_LINK_FINALIZER, f->ref_id, 0, 0));
}

// Experimental in Node (NAPI_EXPERIMENTAL); not in node-api-headers 1.9.0, hence declared here.
NAPI_EXTERN napi_status NAPI_CDECL node_api_post_finalizer(node_api_basic_env basic_env, napi_finalize finalize_cb,
                                                           void* finalize_data, void* finalize_hint);

napi_status NAPI_CDECL node_api_post_finalizer(node_api_basic_env basic_env, napi_finalize finalize_cb,
                                               void* finalize_data, void* finalize_hint) {
  napi_env env = (napi_env)basic_env;
  CHECK_ENV(env);
  CHECK_ARG(env, finalize_cb);
  napi_host_finalizer* f = napi_host_finalizer_new(env, finalize_cb, finalize_data, finalize_hint);
  RETURN_STATUS_IF_FALSE(env, f != NULL, napi_generic_failure);
  env->rt->nums[0] = (double)(uintptr_t)f;
  int32_t r = napi_host_up.op(rt_id(env), OP_FINALIZER_POST, 0, 0, 0);
  if (r < 0) {
    napi_host_finalizer_discard(f);
    return SET_STATUS(env, (napi_status)-r);
  }
  return napi_clear_last_error(env);
}
