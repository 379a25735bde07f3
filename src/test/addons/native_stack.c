// Stack facts for NativeStackTest: how much C stack one JS -> native -> JS level costs, and what
// happens when JS and native code recurse through each other until a stack runs out.
#include <stdint.h>
#include <stdlib.h>

#include "test_common.h"

// callDown(fn): calls fn() and answers the distance, in bytes, from this frame down to the frame of
// the here() call that fn made (fn returns here()'s answer).
static napi_value here(napi_env env, napi_callback_info info) {
  volatile char marker = 0;
  napi_value result;
  NAPI_CALL(env, napi_create_double(env, (double)(uintptr_t)&marker, &result));
  return result;
}

static napi_value call_down(napi_env env, napi_callback_info info) {
  volatile char marker = 0;
  size_t argc = 1;
  napi_value fn, global, inner, result;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, &fn, NULL, NULL));
  NAPI_CALL(env, napi_get_global(env, &global));
  NAPI_CALL(env, napi_call_function(env, global, fn, 0, NULL, &inner));
  double below;
  NAPI_CALL(env, napi_get_value_double(env, inner, &below));
  NAPI_CALL(env, napi_create_double(env, (double)(uintptr_t)&marker - below, &result));
  return result;
}

// through(fn): calls fn() from native code and answers what it returned.
static napi_value through(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value fn, global, result;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, &fn, NULL, NULL));
  NAPI_CALL(env, napi_get_global(env, &global));
  if (napi_call_function(env, global, fn, 0, NULL, &result) != napi_ok) return NULL;
  return result;
}

// recurse(fn, n): calls fn(n - 1) from native code; fn calls recurse again. Whatever fn throws
// stays pending and comes back out.
static napi_value recurse(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], global, next, result;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  int32_t n;
  NAPI_CALL(env, napi_get_value_int32(env, argv[1], &n));
  if (n <= 0) {
    NAPI_CALL(env, napi_create_int32(env, 0, &result));
    return result;
  }
  NAPI_CALL(env, napi_get_global(env, &global));
  NAPI_CALL(env, napi_create_int32(env, n - 1, &next));
  if (napi_call_function(env, global, argv[0], 1, &next, &result) != napi_ok) return NULL;
  return result;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "here", here);
  EXPORT_FN(env, exports, "callDown", call_down);
  EXPORT_FN(env, exports, "through", through);
  EXPORT_FN(env, exports, "recurse", recurse);
  return exports;
}
