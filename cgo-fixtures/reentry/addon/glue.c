// Node-API glue for the re-entrancy fixture: callBack(fn, times) runs Go's GoCallBack, which calls
// fn(i) through call_js (napi_call_function on the JS thread, Go still on the stack).
#include <node_api.h>
#include <stdint.h>
#include <stdlib.h>
// The Go functions' declarations come from the header cgo writes (passed with -include).

typedef struct {
  napi_env env;
  napi_value fn;
} js_target;

// Called by Go. Each call gets its own handle scope, as a long-running native loop should.
// Returns fn(index) as an int32, or -1 with the JS exception left pending.
static int call_js(void* ctx, int index) {
  js_target* t = ctx;
  napi_handle_scope scope;
  napi_value recv, arg, result;
  int32_t value = 0;
  if (napi_open_handle_scope(t->env, &scope) != napi_ok) return -1;
  int ok = napi_get_undefined(t->env, &recv) == napi_ok &&
           napi_create_int32(t->env, index, &arg) == napi_ok &&
           napi_call_function(t->env, recv, t->fn, 1, &arg, &result) == napi_ok;
  if (ok) napi_get_value_int32(t->env, result, &value);
  napi_close_handle_scope(t->env, scope);
  return ok ? value : -1;
}

static napi_value CallBack(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], result;
  int32_t times = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_int32(env, argv[1], &times);
  js_target target = {env, argv[0]};
  long long sum = GoCallBack(call_js, &target, times);
  if (sum < 0) return NULL;  // the JS exception is pending: it surfaces in the caller
  napi_create_double(env, (double)sum, &result);
  return result;
}

static napi_value Depth(napi_env env, napi_callback_info info) {
  napi_value result;
  napi_create_int32(env, GoDepth(), &result);
  return result;
}

static napi_value Aborted(napi_env env, napi_callback_info info) {
  napi_value result;
  napi_create_int32(env, GoAborted(), &result);
  return result;
}

// The address of a local variable: JS compares it across nesting levels to see how much of the JS
// thread's stack one JS -> Go -> JS level takes (Go before 1.21 allows about 32 KB in all).
static napi_value StackAddress(napi_env env, napi_callback_info info) {
  volatile char here = 0;
  napi_value result;
  napi_create_double(env, (double)(uintptr_t)&here, &result);
  return result;
}

static napi_value Version(napi_env env, napi_callback_info info) {
  char* version = GoVersion();
  napi_value result;
  napi_create_string_utf8(env, version, NAPI_AUTO_LENGTH, &result);
  free(version);
  return result;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "callBack", NAPI_AUTO_LENGTH, CallBack, NULL, &fn);
  napi_set_named_property(env, exports, "callBack", fn);
  napi_create_function(env, "depth", NAPI_AUTO_LENGTH, Depth, NULL, &fn);
  napi_set_named_property(env, exports, "depth", fn);
  napi_create_function(env, "aborted", NAPI_AUTO_LENGTH, Aborted, NULL, &fn);
  napi_set_named_property(env, exports, "aborted", fn);
  napi_create_function(env, "stackAddress", NAPI_AUTO_LENGTH, StackAddress, NULL, &fn);
  napi_set_named_property(env, exports, "stackAddress", fn);
  napi_create_function(env, "goVersion", NAPI_AUTO_LENGTH, Version, NULL, &fn);
  napi_set_named_property(env, exports, "goVersion", fn);
  return exports;
}
