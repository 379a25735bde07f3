// Addon functions for bench/cases: each does as little as possible, so a case measures the
// Node-API crossing rather than the work. Built with NAPI_VERSION 8 so Node.js 20 loads it too.
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <node_api.h>

// add(a, b): int32 + int32. No error paths beyond the status checks: a bench must not throw.
static napi_value add(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  int32_t a = 0, b = 0;
  napi_value result = NULL;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok ||
      napi_get_value_int32(env, argv[0], &a) != napi_ok ||
      napi_get_value_int32(env, argv[1], &b) != napi_ok ||
      napi_create_int32(env, a + b, &result) != napi_ok) {
    napi_throw_error(env, NULL, "bench addon: add(a, b) needs two int32 arguments");
    return NULL;
  }
  return result;
}

// noop(): no arguments, returns undefined (NULL): the floor of a call.
static napi_value noop(napi_env env, napi_callback_info info) {
  return NULL;
}

// callJs(fn, x): calls fn(x) from native code and returns its result: a callback into JS.
static napi_value call_js(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], undefined, result = NULL;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok ||
      napi_get_undefined(env, &undefined) != napi_ok ||
      napi_call_function(env, undefined, argv[0], 1, &argv[1], &result) != napi_ok) {
    return NULL;  // a pending exception from fn propagates
  }
  return result;
}

// makeObject(i): returns {a: i, b: i + 1, c: i + 2}, built property by property.
static napi_value make_object(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value arg, obj, a, b, c;
  int32_t i = 0;
  if (napi_get_cb_info(env, info, &argc, &arg, NULL, NULL) != napi_ok ||
      napi_get_value_int32(env, arg, &i) != napi_ok ||
      napi_create_object(env, &obj) != napi_ok ||
      napi_create_int32(env, i, &a) != napi_ok || napi_create_int32(env, i + 1, &b) != napi_ok ||
      napi_create_int32(env, i + 2, &c) != napi_ok ||
      napi_set_named_property(env, obj, "a", a) != napi_ok ||
      napi_set_named_property(env, obj, "b", b) != napi_ok ||
      napi_set_named_property(env, obj, "c", c) != napi_ok) {
    napi_throw_error(env, NULL, "bench addon: makeObject(i) needs an int32");
    return NULL;
  }
  return obj;
}

// stringLength(s): copies a string (up to 4 KB) out as UTF-8 and returns its byte length.
static napi_value string_length(napi_env env, napi_callback_info info) {
  size_t argc = 1, length = 0;
  napi_value arg, result = NULL;
  char buf[4096];
  if (napi_get_cb_info(env, info, &argc, &arg, NULL, NULL) != napi_ok ||
      napi_get_value_string_utf8(env, arg, buf, sizeof buf, &length) != napi_ok ||
      napi_create_int32(env, (int32_t)length, &result) != napi_ok) {
    napi_throw_error(env, NULL, "bench addon: stringLength(s) needs a string");
    return NULL;
  }
  return result;
}

// tsfnStart(fn, threads, calls): `threads` native producers each make `calls` non-blocking calls
// on one unbounded threadsafe function, then release it; each call reaches fn (the default call,
// no arguments). Measures delivery throughput from producer threads to JS.
typedef struct { napi_threadsafe_function tsfn; int calls; } tsfn_producer;

static void* tsfn_produce(void* arg) {
  tsfn_producer* p = arg;
  for (int i = 0; i < p->calls; i++) napi_call_threadsafe_function(p->tsfn, NULL, napi_tsfn_nonblocking);
  napi_release_threadsafe_function(p->tsfn, napi_tsfn_release);
  free(p);
  return NULL;
}

static napi_value tsfn_start(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3], name;
  int32_t threads = 0, calls = 0;
  napi_threadsafe_function tsfn;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok ||
      napi_get_value_int32(env, argv[1], &threads) != napi_ok ||
      napi_get_value_int32(env, argv[2], &calls) != napi_ok || threads < 1 ||
      napi_create_string_utf8(env, "bench", NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_create_threadsafe_function(env, argv[0], NULL, name, 0, (size_t)threads, NULL, NULL, NULL, NULL,
                                      &tsfn) != napi_ok) {
    napi_throw_error(env, NULL, "bench addon: tsfnStart(fn, threads, calls)");
    return NULL;
  }
  for (int i = 0; i < threads; i++) {
    tsfn_producer* p = malloc(sizeof *p);
    p->tsfn = tsfn;
    p->calls = calls;
    pthread_t thread;
    pthread_create(&thread, NULL, tsfn_produce, p);
    pthread_detach(thread);
  }
  return NULL;
}

// asyncRoundTrip(cb): queues async work whose execute does nothing; complete calls cb(). The time
// from queueing to cb is the async-work round trip (pool hand-off, wake-up, completion).
typedef struct { napi_async_work work; napi_ref cb; } round_trip;

static void round_trip_execute(napi_env env, void* data) {}

static void round_trip_complete(napi_env env, napi_status status, void* data) {
  round_trip* rt = data;
  napi_value cb, undefined;
  napi_get_reference_value(env, rt->cb, &cb);
  napi_get_undefined(env, &undefined);
  napi_delete_reference(env, rt->cb);
  napi_delete_async_work(env, rt->work);
  free(rt);
  napi_call_function(env, undefined, cb, 0, NULL, NULL);
}

static napi_value async_round_trip(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value cb, name;
  round_trip* rt = malloc(sizeof *rt);
  if (napi_get_cb_info(env, info, &argc, &cb, NULL, NULL) != napi_ok ||
      napi_create_reference(env, cb, 1, &rt->cb) != napi_ok ||
      napi_create_string_utf8(env, "bench", NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_create_async_work(env, NULL, name, round_trip_execute, round_trip_complete, rt, &rt->work) != napi_ok ||
      napi_queue_async_work(env, rt->work) != napi_ok) {
    napi_throw_error(env, NULL, "bench addon: asyncRoundTrip(cb)");
    return NULL;
  }
  return NULL;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
    { "add", NULL, add, NULL, NULL, NULL, napi_enumerable, NULL },
    { "noop", NULL, noop, NULL, NULL, NULL, napi_enumerable, NULL },
    { "callJs", NULL, call_js, NULL, NULL, NULL, napi_enumerable, NULL },
    { "makeObject", NULL, make_object, NULL, NULL, NULL, napi_enumerable, NULL },
    { "stringLength", NULL, string_length, NULL, NULL, NULL, napi_enumerable, NULL },
    { "tsfnStart", NULL, tsfn_start, NULL, NULL, NULL, napi_enumerable, NULL },
    { "asyncRoundTrip", NULL, async_round_trip, NULL, NULL, NULL, napi_enumerable, NULL },
  };
  if (napi_define_properties(env, exports, sizeof props / sizeof props[0], props) != napi_ok) return NULL;
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
