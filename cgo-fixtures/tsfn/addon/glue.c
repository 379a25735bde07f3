// Node-API glue for the threadsafe-function fixture: feed() and forever() create a threadsafe
// function whose JS callback gets (goroutine, index), and hand Go the C functions that send to it
// and release it. napi-host does not provide threadsafe functions or cleanup hooks on this branch
// yet; the scripts using this fixture run under node (see cgo-fixtures/tsfn/README.md).
#include <node_api.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
// The Go functions' declarations come from the header cgo writes (passed with -include).

typedef struct {
  napi_threadsafe_function tsfn;
  napi_ref on_done;
} feed_state;

// Any thread (a goroutine's).
static int send_call(void* ctx, int64_t g, int64_t i, int blocking) {
  feed_state* s = ctx;
  void* data = (void*)(uintptr_t)(((uint64_t)g << 32) | (uint64_t)i);
  return napi_call_threadsafe_function(s->tsfn, data,
                                       blocking ? napi_tsfn_blocking : napi_tsfn_nonblocking);
}

static void release_share(void* ctx) {
  feed_state* s = ctx;
  napi_release_threadsafe_function(s->tsfn, napi_tsfn_release);
}

// JS thread: js_callback(g, i). With env NULL (teardown) nothing is called.
static void deliver(napi_env env, napi_value js_callback, void* context, void* data) {
  if (env == NULL) return;
  uint64_t packed = (uint64_t)(uintptr_t)data;
  napi_value recv, argv[2], ignored;
  napi_get_undefined(env, &recv);
  napi_create_int32(env, (int32_t)(packed >> 32), &argv[0]);
  napi_create_int32(env, (int32_t)(packed & 0xffffffffu), &argv[1]);
  napi_call_function(env, recv, js_callback, 2, argv, &ignored);
}

// JS thread, once every goroutine released and the queue drained: onDone(queueFullCount).
static void finalize_feed(napi_env env, void* finalize_data, void* hint) {
  feed_state* s = finalize_data;
  napi_value fn, recv, arg, ignored;
  if (s->on_done != NULL && napi_get_reference_value(env, s->on_done, &fn) == napi_ok && fn != NULL) {
    napi_get_undefined(env, &recv);
    napi_create_double(env, (double)GoQueueFull(), &arg);
    napi_call_function(env, recv, fn, 1, &arg, &ignored);
    napi_delete_reference(env, s->on_done);
  }
  free(s);
}

static napi_status make_tsfn(napi_env env, napi_value fn, size_t max_queue, size_t threads,
                             napi_finalize finalize, feed_state* s) {
  napi_value name;
  napi_create_string_utf8(env, "GoFeed", NAPI_AUTO_LENGTH, &name);
  return napi_create_threadsafe_function(env, fn, NULL, name, max_queue, threads, s, finalize,
                                         NULL, deliver, &s->tsfn);
}

// feed(fn, goroutines, calls, mode, maxQueue, lockThread, onDone); mode as GoFeed's (0 non-blocking,
// 1 blocking, 2 blocking with one sender at a time).
static napi_value Feed(napi_env env, napi_callback_info info) {
  size_t argc = 7;
  napi_value argv[7];
  int32_t goroutines = 0, calls = 0, max_queue = 0, mode = 0;
  bool lock_thread = false;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_int32(env, argv[1], &goroutines);
  napi_get_value_int32(env, argv[2], &calls);
  napi_get_value_int32(env, argv[3], &mode);
  napi_get_value_int32(env, argv[4], &max_queue);
  napi_get_value_bool(env, argv[5], &lock_thread);
  feed_state* s = calloc(1, sizeof(feed_state));
  napi_create_reference(env, argv[6], 1, &s->on_done);
  if (make_tsfn(env, argv[0], (size_t)max_queue, (size_t)goroutines, finalize_feed, s) != napi_ok) {
    napi_throw_error(env, NULL, "napi_create_threadsafe_function failed");
    return NULL;
  }
  GoFeed(send_call, release_share, s, goroutines, calls, mode, lock_thread);
  return NULL;
}

static void cleanup_hook(void* arg) {
  static const char text[] = "cleanup hook ran\n";
  // write(2): stdio buffers may already be gone at this point of teardown.
  (void)!write(1, text, sizeof text - 1);
}

// forever()'s function outlives its senders' knowledge: the goroutines never release it, so the
// environment's teardown finalizes it while they may be about to call it, and a call on a
// finalized function touches freed memory (Node 20 then aborts in uv_mutex_lock). Senders
// therefore hold a read lock around each call, and the finalizer marks it closed under the write
// lock; later senders get napi_closing from here.
static pthread_rwlock_t forever_lock = PTHREAD_RWLOCK_INITIALIZER;
static int forever_closed;

static int send_forever(void* ctx, int64_t g, int64_t i, int blocking) {
  pthread_rwlock_rdlock(&forever_lock);
  int status = forever_closed ? napi_closing : send_call(ctx, g, i, 0);
  pthread_rwlock_unlock(&forever_lock);
  return status;
}

static void finalize_forever(napi_env env, void* finalize_data, void* hint) {
  pthread_rwlock_wrlock(&forever_lock);
  forever_closed = 1;
  pthread_rwlock_unlock(&forever_lock);
}

// forever(fn, goroutines): an unref'd threadsafe function fed by goroutines that never end, and
// an environment cleanup hook that says it ran. Its state is never freed: goroutines may still
// touch it while the process exits.
static napi_value Forever(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  int32_t goroutines = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_int32(env, argv[1], &goroutines);
  feed_state* s = calloc(1, sizeof(feed_state));
  if (make_tsfn(env, argv[0], 16, 1, finalize_forever, s) != napi_ok) {
    napi_throw_error(env, NULL, "napi_create_threadsafe_function failed");
    return NULL;
  }
  napi_unref_threadsafe_function(env, s->tsfn);
  napi_add_env_cleanup_hook(env, cleanup_hook, NULL);
  GoForever(send_forever, s, goroutines);
  return NULL;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "feed", NAPI_AUTO_LENGTH, Feed, NULL, &fn);
  napi_set_named_property(env, exports, "feed", fn);
  napi_create_function(env, "forever", NAPI_AUTO_LENGTH, Forever, NULL, &fn);
  napi_set_named_property(env, exports, "forever", fn);
  return exports;
}
