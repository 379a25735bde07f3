// Threadsafe functions: producers on raw pthreads (threads neither the JVM nor Node made), blocking
// and non-blocking calls, bounded and unbounded queues, acquire/release, abort, ref/unref, the
// default call, context, finalization, and the env == NULL calls for items left at abort/teardown.
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
#include "test_common.h"

#define MAX_RUNS 64

typedef struct run {
  int id;
  napi_threadsafe_function tsfn;
  int threads, calls, blocking, abort_at, start_delay_ms, default_call;
  int js_holds;                // holds taken for the JS thread (released by release()/abort())
  volatile int statuses[32];   // how many calls answered each napi_status
  volatile int null_calls;     // call_js_cb with env == NULL
  volatile int finalized;
  volatile int delivered;      // calls that reached call_js_cb with an env
  volatile int entered;        // napi_call_threadsafe_function calls begun
  int log_fd;                  // teardown observations go here (JS cannot run then in Node)
} run_t;

static run_t runs[MAX_RUNS];
static int run_count;

static void log_line(run_t* r, const char* what) {
  if (r->log_fd <= 0) return;
  char line[128];
  int n = snprintf(line, sizeof line, "run %d: %s (null calls so far %d)\n", r->id, what, r->null_calls);
  if (write(r->log_fd, line, (size_t)n) < 0) return;
}

static void sleep_ms(int ms) {
  struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };
  nanosleep(&ts, NULL);
}

typedef struct producer { run_t* run; int index; } producer_t;

static void* produce(void* arg) {
  producer_t* p = arg;
  run_t* r = p->run;
  if (r->start_delay_ms > 0) sleep_ms(r->start_delay_ms);
  bool holds = true;
  for (int seq = 0; seq < r->calls; seq++) {
    if (p->index == 0 && seq == r->abort_at) {
      napi_release_threadsafe_function(r->tsfn, napi_tsfn_abort);
      holds = false;
      break;
    }
    void* data = (void*)(uintptr_t)(((uint64_t)(p->index + 1) << 32) | (uint32_t)seq);
    __atomic_fetch_add(&r->entered, 1, __ATOMIC_SEQ_CST);
    napi_status s = napi_call_threadsafe_function(
        r->tsfn, data, r->blocking ? napi_tsfn_blocking : napi_tsfn_nonblocking);
    __atomic_fetch_add(&r->statuses[s], 1, __ATOMIC_SEQ_CST);
    if (s == napi_closing) {  // the hold is gone with that answer: no release
      holds = false;
      break;
    }
    if (s == napi_queue_full) {  // non-blocking on a bounded queue: try again, leaving the CPU to others
      sched_yield();
      seq--;
    }
  }
  if (holds) napi_release_threadsafe_function(r->tsfn, napi_tsfn_release);
  free(p);
  return NULL;
}

// call_js_cb: fn(producer, seq); env NULL (abort, teardown) only counts.
static void call_js(napi_env env, napi_value js_cb, void* context, void* data) {
  run_t* r = context;
  if (env == NULL) {
    __atomic_fetch_add(&r->null_calls, 1, __ATOMIC_SEQ_CST);
    log_line(r, js_cb != NULL ? "env NULL but js_callback set" : "call with env NULL");
    return;
  }
  r->delivered++;
  uint64_t v = (uint64_t)(uintptr_t)data;
  napi_value argv[2];
  napi_create_int32(env, (int32_t)(v >> 32) - 1, &argv[0]);
  napi_create_int32(env, (int32_t)(uint32_t)v, &argv[1]);
  napi_value undefined;
  napi_get_undefined(env, &undefined);
  napi_call_function(env, undefined, js_cb, 2, argv, NULL);
}

static void finalize(napi_env env, void* data, void* hint) {
  run_t* r = hint;
  r->finalized++;
  log_line(r, env == NULL ? "finalized with env NULL" : "finalized");
}

static int32_t opt_int(napi_env env, napi_value options, const char* name, int32_t fallback) {
  bool has = false;
  napi_value v;
  int32_t out = fallback;
  if (napi_has_named_property(env, options, name, &has) == napi_ok && has &&
      napi_get_named_property(env, options, name, &v) == napi_ok) {
    napi_valuetype t;
    napi_typeof(env, v, &t);
    if (t == napi_boolean) {
      bool b;
      napi_get_value_bool(env, v, &b);
      out = b;
    } else if (t == napi_number) {
      napi_get_value_int32(env, v, &out);
    }
  }
  return out;
}

// start(fn, {threads, calls, maxQueue, blocking, abortAt, unref, startDelayMs, defaultCall, jsHolds,
//            logPath}) -> run id. Producer i calls fn(i, seq) for seq = 0..calls-1.
static napi_value start(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (run_count == MAX_RUNS) {
    napi_throw_error(env, NULL, "too many runs");
    return NULL;
  }
  run_t* r = &runs[run_count];
  memset(r, 0, sizeof *r);
  r->id = run_count++;
  r->threads = opt_int(env, argv[1], "threads", 1);
  r->calls = opt_int(env, argv[1], "calls", 1);
  r->blocking = opt_int(env, argv[1], "blocking", 0);
  r->abort_at = opt_int(env, argv[1], "abortAt", -1);
  r->start_delay_ms = opt_int(env, argv[1], "startDelayMs", 0);
  r->default_call = opt_int(env, argv[1], "defaultCall", 0);
  r->js_holds = opt_int(env, argv[1], "jsHolds", 0);
  bool has_log = false;
  napi_value log_path;
  if (napi_has_named_property(env, argv[1], "logPath", &has_log) == napi_ok && has_log) {
    char path[512];
    size_t len;
    NAPI_CALL(env, napi_get_named_property(env, argv[1], "logPath", &log_path));
    NAPI_CALL(env, napi_get_value_string_utf8(env, log_path, path, sizeof path, &len));
    r->log_fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0644);
  }
  int32_t max_queue = opt_int(env, argv[1], "maxQueue", 0);
  napi_value name;
  NAPI_CALL(env, napi_create_string_utf8(env, "napi_tsfn test", NAPI_AUTO_LENGTH, &name));
  NAPI_CALL(env, napi_create_threadsafe_function(env, argv[0], NULL, name, (size_t)max_queue,
                                                 (size_t)(r->threads + r->js_holds), NULL, finalize, r,
                                                 r->default_call ? NULL : call_js, &r->tsfn));
  if (opt_int(env, argv[1], "unref", 0)) NAPI_CALL(env, napi_unref_threadsafe_function(env, r->tsfn));
  for (int i = 0; i < r->threads; i++) {
    pthread_t thread;
    producer_t* p = malloc(sizeof *p);
    p->run = r;
    p->index = i;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    pthread_create(&thread, &attr, produce, p);
    pthread_attr_destroy(&attr);
  }
  napi_value id;
  NAPI_CALL(env, napi_create_int32(env, r->id, &id));
  return id;
}

static run_t* run_arg(napi_env env, napi_callback_info info, napi_value* rest) {
  size_t argc = 2;
  napi_value argv[2];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return NULL;
  int32_t id = -1;
  napi_get_value_int32(env, argv[0], &id);
  if (id < 0 || id >= run_count) {
    napi_throw_range_error(env, NULL, "no such run");
    return NULL;
  }
  if (rest != NULL) *rest = argv[1];
  return &runs[id];
}

// release(id, abort) -> status: the JS thread gives up one of its holds.
static napi_value release(napi_env env, napi_callback_info info) {
  napi_value mode;
  run_t* r = run_arg(env, info, &mode);
  if (r == NULL) return NULL;
  bool abort = false;
  napi_get_value_bool(env, mode, &abort);
  napi_status s = napi_release_threadsafe_function(r->tsfn, abort ? napi_tsfn_abort : napi_tsfn_release);
  napi_value out;
  NAPI_CALL(env, napi_create_int32(env, s, &out));
  return out;
}

// ref(id, bool) -> status
static napi_value ref(napi_env env, napi_callback_info info) {
  napi_value on;
  run_t* r = run_arg(env, info, &on);
  if (r == NULL) return NULL;
  bool b = false;
  napi_get_value_bool(env, on, &b);
  napi_status s = b ? napi_ref_threadsafe_function(env, r->tsfn) : napi_unref_threadsafe_function(env, r->tsfn);
  napi_value out;
  NAPI_CALL(env, napi_create_int32(env, s, &out));
  return out;
}

static void set_int(napi_env env, napi_value obj, const char* name, int32_t v) {
  napi_value n;
  napi_create_int32(env, v, &n);
  napi_set_named_property(env, obj, name, n);
}

// entered(id) -> how many calls the producers have begun (answered or not).
static napi_value entered(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], result;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  int32_t id;
  NAPI_CALL(env, napi_get_value_int32(env, argv[0], &id));
  NAPI_CALL(env, napi_create_int32(env, __atomic_load_n(&runs[id].entered, __ATOMIC_SEQ_CST), &result));
  return result;
}

// stats(id) -> {ok, closing, queueFull, invalidArg, nullCalls, finalized, delivered}
static napi_value stats(napi_env env, napi_callback_info info) {
  run_t* r = run_arg(env, info, NULL);
  if (r == NULL) return NULL;
  napi_value o;
  NAPI_CALL(env, napi_create_object(env, &o));
  set_int(env, o, "ok", r->statuses[napi_ok]);
  set_int(env, o, "closing", r->statuses[napi_closing]);
  set_int(env, o, "queueFull", r->statuses[napi_queue_full]);
  set_int(env, o, "invalidArg", r->statuses[napi_invalid_arg]);
  set_int(env, o, "nullCalls", r->null_calls);
  set_int(env, o, "finalized", r->finalized);
  set_int(env, o, "delivered", r->delivered);
  return o;
}

// ---- statuses of the JS-thread-side API ----

static int context_token;
static int ctx_finalized;
static napi_threadsafe_function status_tsfn;

static void count_finalize(napi_env env, void* data, void* hint) { ctx_finalized++; }

static void call_ctx(napi_env env, napi_value js_cb, void* context, void* data) {
  if (env == NULL) return;
  napi_value argv[2];
  napi_get_boolean(env, context == &context_token, &argv[0]);
  napi_create_int32(env, (int32_t)(intptr_t)data, &argv[1]);
  napi_value undefined;
  napi_get_undefined(env, &undefined);
  // js_cb is NULL when the function was created without one: call the global `tsfnSink` instead.
  if (js_cb == NULL) {
    napi_value global;
    napi_get_global(env, &global);
    napi_get_named_property(env, global, "tsfnSink", &js_cb);
  }
  napi_call_function(env, undefined, js_cb, 2, argv, NULL);
}

static napi_value push_status(napi_env env, napi_value arr, napi_status s) {
  uint32_t len;
  napi_get_array_length(env, arr, &len);
  napi_value n;
  napi_create_int32(env, s, &n);
  napi_set_element(env, arr, len, n);
  return arr;
}

// createStatuses(fn) -> statuses of napi_create_threadsafe_function misuse, in a fixed order.
static napi_value create_statuses(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value fn;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, &fn, NULL, NULL));
  napi_value name, number, arr;
  napi_threadsafe_function t;
  NAPI_CALL(env, napi_create_string_utf8(env, "x", 1, &name));
  NAPI_CALL(env, napi_create_int32(env, 7, &number));
  NAPI_CALL(env, napi_create_array(env, &arr));
  push_status(env, arr, napi_create_threadsafe_function(env, fn, NULL, NULL, 0, 1, NULL, NULL, NULL, NULL, &t));
  push_status(env, arr, napi_create_threadsafe_function(env, fn, NULL, name, 0, 0, NULL, NULL, NULL, NULL, &t));
  push_status(env, arr, napi_create_threadsafe_function(env, NULL, NULL, name, 0, 1, NULL, NULL, NULL, NULL, &t));
  push_status(env, arr, napi_create_threadsafe_function(env, number, NULL, name, 0, 1, NULL, NULL, NULL, NULL, &t));
  push_status(env, arr, napi_create_threadsafe_function(env, fn, NULL, name, 0, 1, NULL, NULL, NULL, NULL, NULL));
  // Node aborts the process (CHECK_NOT_NULL) for a NULL tsfn in the other functions: not compared.
  return arr;
}

// queueStatuses(fnOrNull) -> statuses from the JS thread on a tsfn with a queue of 2 and one hold;
// its calls go to fn (or globalThis.tsfnSink) as (contextMatches, n) later.
static napi_value queue_statuses(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value fn;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, &fn, NULL, NULL));
  napi_valuetype type;
  NAPI_CALL(env, napi_typeof(env, fn, &type));
  napi_value name, arr;
  NAPI_CALL(env, napi_create_string_utf8(env, "queue", 5, &name));
  NAPI_CALL(env, napi_create_array(env, &arr));
  NAPI_CALL(env, napi_create_threadsafe_function(env, type == napi_function ? fn : NULL, NULL, name, 2, 1, NULL,
                                                 count_finalize, &context_token, call_ctx, &status_tsfn));
  void* ctx = NULL;
  push_status(env, arr, napi_get_threadsafe_function_context(status_tsfn, &ctx));
  push_status(env, arr, ctx == &context_token ? napi_ok : napi_generic_failure);
  push_status(env, arr, napi_call_threadsafe_function(status_tsfn, (void*)1, napi_tsfn_nonblocking));
  push_status(env, arr, napi_call_threadsafe_function(status_tsfn, (void*)2, napi_tsfn_nonblocking));
  push_status(env, arr, napi_call_threadsafe_function(status_tsfn, (void*)3, napi_tsfn_nonblocking));
  push_status(env, arr, napi_acquire_threadsafe_function(status_tsfn));
  push_status(env, arr, napi_release_threadsafe_function(status_tsfn, napi_tsfn_release));
  push_status(env, arr, napi_unref_threadsafe_function(env, status_tsfn));
  push_status(env, arr, napi_ref_threadsafe_function(env, status_tsfn));
  push_status(env, arr, napi_release_threadsafe_function(status_tsfn, napi_tsfn_release));
  // No hold left, not closed yet (two calls wait): a call is still queued if there is room.
  push_status(env, arr, napi_release_threadsafe_function(status_tsfn, napi_tsfn_release));
  push_status(env, arr, napi_call_threadsafe_function(status_tsfn, (void*)4, napi_tsfn_nonblocking));
  return arr;
}

// afterClose() -> [finalized count, statuses of acquire and call once the queue tsfn closed]
static napi_value after_close(napi_env env, napi_callback_info info) {
  napi_value arr;
  NAPI_CALL(env, napi_create_array(env, &arr));
  push_status(env, arr, (napi_status)ctx_finalized);
  return arr;
}

static napi_value init(napi_env env, napi_value exports) {
  EXPORT_FN(env, exports, "start", start);
  EXPORT_FN(env, exports, "release", release);
  EXPORT_FN(env, exports, "ref", ref);
  EXPORT_FN(env, exports, "stats", stats);
  EXPORT_FN(env, exports, "createStatuses", create_statuses);
  EXPORT_FN(env, exports, "queueStatuses", queue_statuses);
  EXPORT_FN(env, exports, "afterClose", after_close);
  EXPORT_FN(env, exports, "entered", entered);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
