// Functions: creating native functions, the call trampoline JS uses to enter them, callback info,
// and calling JS functions from native code.
#include "napi_host.h"
#include "native_stack.h"

#include <stdlib.h>
#include <string.h>

napi_host_function* napi_host_new_function(napi_env env, napi_callback cb, void* data) {
  napi_host_function* fn = malloc(sizeof(*fn));
  if (fn == NULL) return NULL;
  fn->env = env;
  fn->cb = cb;
  fn->data = data;
  fn->next = env->rt->functions;
  env->rt->functions = fn;
  return fn;
}

NAPI_HOST_EXPORT void napi_host_free_functions(napi_host_runtime* rt) {
  napi_host_function* fn = rt->functions;
  while (fn != NULL) {
    napi_host_function* next = fn->next;
    free(fn);
    fn = next;
  }
  rt->functions = NULL;
}

// Called by the JS wrapper of a native function (through Java) after it has written `this`,
// new.target and the arguments into the handle stack at `base`. Returns the result's slot, 0 for
// undefined, -1 when the callback left an exception pending, or -3 when the JS thread's stack is too
// nearly used up to run it (JS throws RangeError then).
NAPI_HOST_EXPORT int32_t napi_host_invoke(napi_host_function* fn, int32_t base, int32_t argc) {
  if (napi_host_thread_stack_exhausted()) return -3;
  napi_env env = fn->env;
  napi_host_runtime* rt = env->rt;
  int32_t depth = rt->scope_depth;
  struct napi_callback_info__ info = {fn, base, argc};
  napi_clear_last_error(env);
  napi_value result = napi_host_call_callback(fn->cb, env, &info);
  // Scopes the callback forgot to close end with its frame, as V8's do.
  rt->scope_depth = depth;
  if (rt->state[ST_PENDING] != 0) return -1;
  if (result == NULL || !slot_valid(rt, result)) return 0;
  return slot_of(result);
}

napi_status NAPI_CDECL napi_create_function(napi_env env, const char* utf8name, size_t length,
                                            napi_callback cb, void* data, napi_value* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  CHECK_ARG(env, cb);
  if (utf8name == NULL) {
    length = 0;
  } else if (length == NAPI_AUTO_LENGTH) {
    length = strlen(utf8name);
  }
  napi_host_function* fn = napi_host_new_function(env, cb, data);
  RETURN_STATUS_IF_FALSE(env, fn != NULL, napi_generic_failure);
  int32_t r = napi_host_up.create_function(rt_id(env), utf8name, (int64_t)length, fn, env->id);
  return napi_host_slot_result(env, r, result);
}

napi_status NAPI_CDECL napi_get_cb_info(napi_env env, napi_callback_info cbinfo, size_t* argc,
                                        napi_value* argv, napi_value* this_arg, void** data) {
  CHECK_ENV(env);
  CHECK_ARG(env, cbinfo);
  if (argv != NULL) {
    CHECK_ARG(env, argc);
    size_t n = (size_t)cbinfo->argc;
    for (size_t i = 0; i < *argc; i++) {
      argv[i] = value_of(i < n ? cbinfo->base + 2 + (int32_t)i : SLOT_UNDEFINED);
    }
  }
  if (argc != NULL) *argc = (size_t)cbinfo->argc;
  if (this_arg != NULL) *this_arg = value_of(cbinfo->base);
  if (data != NULL) *data = cbinfo->fn->data;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_new_target(napi_env env, napi_callback_info cbinfo, napi_value* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, cbinfo);
  CHECK_ARG(env, result);
  int32_t s = cbinfo->base + 1;
  *result = env->rt->kinds[s] == KIND_UNDEFINED ? NULL : value_of(s);
  return napi_clear_last_error(env);
}

// Checks the callee and the arguments of napi_call_function / napi_new_instance and stages the
// argument slots in state[ST_ARGS...] for napi.js. Node answers napi_invalid_arg (not
// napi_function_expected) for a callee that is not a function.
napi_status napi_host_stage_call(napi_env env, napi_value func, size_t argc, const napi_value* argv) {
  napi_host_runtime* rt = env->rt;
  RETURN_STATUS_IF_FALSE(env, rt->kinds[slot_of(func)] == KIND_FUNCTION, napi_invalid_arg);
  RETURN_STATUS_IF_FALSE(env, argc <= ST_ARGS_MAX, napi_invalid_arg);
  for (size_t i = 0; i < argc; i++) {
    CHECK_VALUE(env, argv[i]);
    rt->state[ST_ARGS + i] = slot_of(argv[i]);
  }
  return napi_ok;
}

napi_status NAPI_CDECL napi_call_function(napi_env env, napi_value recv, napi_value func, size_t argc,
                                          const napi_value* argv, napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, recv);
  if (argc > 0) CHECK_ARG(env, argv);
  CHECK_VALUE(env, func);
  napi_status s = napi_host_stage_call(env, func, argc, argv);
  if (s != napi_ok) return s;
  int32_t r = napi_host_up.op(rt_id(env), OP_CALL, slot_of(recv), slot_of(func), (int32_t)argc);
  if (r < 0) return SET_STATUS(env, (napi_status)-r);
  if (result != NULL) *result = value_of(r);
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_new_instance(napi_env env, napi_value constructor, size_t argc,
                                         const napi_value* argv, napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, constructor);
  if (argc > 0) CHECK_ARG(env, argv);
  CHECK_ARG(env, result);
  // A function that is not a constructor (an arrow function) gets as far as `new`, whose
  // TypeError stays pending (napi_pending_exception).
  napi_status s = napi_host_stage_call(env, constructor, argc, argv);
  if (s != napi_ok) return s;
  int32_t r = napi_host_up.op(rt_id(env), OP_NEW_INSTANCE, slot_of(constructor), (int32_t)argc, 0);
  return napi_host_slot_result(env, r, result);
}
