// Node-API glue for the threadsafe-function cgo fixture: feed(fn, goroutines, calls) creates a
// threadsafe function (unbounded queue: Node can leave several blocking producers asleep on a
// bounded one) that Go goroutines call; fn(goroutine, seq).
#include <stdint.h>
#include <node_api.h>
// The Go functions' declarations come from the header cgo writes (passed with -include).

static int call(void* tsfn, uintptr_t data) {
  return napi_call_threadsafe_function(tsfn, (void*)data, napi_tsfn_blocking) == napi_ok ? 0 : 1;
}

static void release(void* tsfn) { napi_release_threadsafe_function(tsfn, napi_tsfn_release); }

static void call_js(napi_env env, napi_value js_cb, void* context, void* data) {
  if (env == NULL) return;
  uint64_t v = (uint64_t)(uintptr_t)data;
  napi_value argv[2], undefined;
  napi_create_int32(env, (int32_t)(v >> 32) - 1, &argv[0]);
  napi_create_int32(env, (int32_t)(uint32_t)v, &argv[1]);
  napi_get_undefined(env, &undefined);
  napi_call_function(env, undefined, js_cb, 2, argv, NULL);
}

static napi_value Feed(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3], name;
  int32_t n = 0, calls = 0;
  napi_threadsafe_function tsfn;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_int32(env, argv[1], &n);
  napi_get_value_int32(env, argv[2], &calls);
  napi_create_string_utf8(env, "go feed", NAPI_AUTO_LENGTH, &name);
  if (napi_create_threadsafe_function(env, argv[0], NULL, name, 0, (size_t)n, NULL, NULL, NULL, call_js,
                                      &tsfn) != napi_ok) {
    napi_throw_error(env, NULL, "napi_create_threadsafe_function failed");
    return NULL;
  }
  GoFeed((void*)call, (void*)release, tsfn, n, calls);
  return NULL;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "feed", NAPI_AUTO_LENGTH, Feed, NULL, &fn);
  napi_set_named_property(env, exports, "feed", fn);
  return exports;
}
