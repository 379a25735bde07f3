// Threadsafe functions. The queue lives here, in C: producers on any thread (raw pthreads, Go,
// threads the JVM has never seen) push under a mutex and never call into Java. A tsfn with new work
// is put on its runtime's ready list and the event loop is woken (napi_host_loop_wake); on the JS
// thread the loop's poll phase calls napi_host_tsfn_dispatch, which delivers calls in batches, each
// call_js_cb in its own handle-stack frame. Closing, finalization and teardown follow Node's rules
// (doc/api/n-api.md "Asynchronous thread-safe function calls"): items still queued after an abort or
// at teardown go to call_js_cb with env == NULL and js_callback == NULL, after thread_finalize_cb.
//
// Memory: a tsfn is freed by the JS thread once it is finalized, no producer is inside a call and no
// thread still holds it (thread_count == 0). One that threads still hold at teardown is left behind
// closed: their late calls get napi_closing instead of touching freed memory.
#include "napi_host.h"
#include "native_stack.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { BATCH = 64 };

// Why napi_host_tsfn_dispatch returned (low three bits; the number of calls made is above them).
// Same numbers in ThreadsafeFunctions.java.
enum {
  DISPATCH_IDLE = 0,       // nothing left to deliver
  DISPATCH_EXCEPTION = 1,  // a callback left an exception pending: Java raises it as uncaught, calls again
  DISPATCH_TICKS = 2,      // a callback queued process.nextTick callbacks: Java runs them, calls again
  DISPATCH_BUDGET = 3,     // the budget is spent; more may be waiting
  DISPATCH_WARN = 4,       // as EXCEPTION, but Node before Node-API 10 only warns (DEP0168) and drops it
};

struct napi_threadsafe_function__;

typedef struct napi_host_tsfn_set {
  pthread_mutex_t mutex;  // guards the ready list
  struct napi_threadsafe_function__* ready_head;
  struct napi_threadsafe_function__* ready_tail;
  // JS thread only.
  struct napi_threadsafe_function__* all;      // every tsfn not yet freed
  struct napi_threadsafe_function__* current;  // the tsfn whose batch is being delivered
  int32_t unreaped;                            // finalized tsfns not freed yet
  bool torn_down;
  bool dispatching;
} napi_host_tsfn_set;

struct napi_threadsafe_function__ {
  napi_host_runtime* rt;
  napi_host_tsfn_set* set;
  napi_env env;

  // Guarded by mutex.
  pthread_mutex_t mutex;
  pthread_cond_t room;     // producers waiting for room in a bounded queue
  pthread_cond_t left;     // teardown waiting for producers to leave
  void** items;            // ring buffer
  size_t head, size, capacity;
  size_t max_queue_size;   // 0: unbounded
  size_t thread_count;
  bool closing;            // Node's is_closing: calls are refused from now on
  bool scheduled;          // on the ready list, or being delivered
  int32_t inside;          // producers inside a call
  int32_t waiting;         // producers blocked for room

  // JS thread only.
  napi_ref func;
  bool refed;
  bool finalized;
  bool close_after_batch;  // the batch took the last item and no thread holds the tsfn
  bool requeue_after_batch;
  void* batch[BATCH];      // taken from the queue, not delivered yet
  int32_t batch_pos, batch_len;
  void* context;
  void* finalize_data;
  napi_finalize finalize_cb;
  napi_threadsafe_function_call_js call_js_cb;
  struct napi_threadsafe_function__* next_ready;
  struct napi_threadsafe_function__* next_all;
};

typedef struct napi_threadsafe_function__ tsfn_t;

static napi_host_tsfn_set* set_of(napi_host_runtime* rt) {
  if (rt->tsfns == NULL) {
    napi_host_tsfn_set* set = calloc(1, sizeof(*set));
    if (set == NULL) return NULL;
    pthread_mutex_init(&set->mutex, NULL);
    rt->tsfns = set;
  }
  return rt->tsfns;
}

// ---- producer side (any thread, never the JVM) ----

static bool queue_push(tsfn_t* t, void* data) {
  if (t->size == t->capacity) {
    size_t cap = t->capacity == 0 ? 16 : t->capacity * 2;
    void** items = malloc(cap * sizeof(void*));
    if (items == NULL) return false;
    for (size_t i = 0; i < t->size; i++) items[i] = t->items[(t->head + i) % t->capacity];
    free(t->items);
    t->items = items;
    t->head = 0;
    t->capacity = cap;
  }
  t->items[(t->head + t->size) % t->capacity] = data;
  t->size++;
  return true;
}

static void* queue_pop(tsfn_t* t) {
  void* data = t->items[t->head];
  t->head = (t->head + 1) % t->capacity;
  t->size--;
  return data;
}

// Puts t on the ready list and wakes the loop. Called without t->mutex, by a caller counted in
// t->inside (teardown waits for it) or by the JS thread.
static void schedule(tsfn_t* t) {
  napi_host_tsfn_set* set = t->set;
  pthread_mutex_lock(&set->mutex);
  t->next_ready = NULL;
  if (set->ready_tail != NULL) set->ready_tail->next_ready = t;
  else set->ready_head = t;
  set->ready_tail = t;
  pthread_mutex_unlock(&set->mutex);
  napi_host_loop_wake(t->rt);
}

// Marks t scheduled if it was not; the caller then calls schedule() after unlocking. Under mutex.
static bool claim_schedule(tsfn_t* t) {
  if (t->scheduled) return false;
  t->scheduled = true;
  return true;
}

// A producer leaves a call; the last one out of a closing tsfn lets teardown go on. Under mutex.
static void leave(tsfn_t* t) {
  t->inside--;
  if (t->inside == 0 && t->closing) pthread_cond_broadcast(&t->left);
}

static bool on_js_thread(tsfn_t* t) {
  return t->rt != NULL && (uintptr_t)__builtin_thread_pointer() == t->rt->js_thread_pointer;
}

napi_status NAPI_CDECL napi_call_threadsafe_function(napi_threadsafe_function func, void* data,
                                                     napi_threadsafe_function_call_mode is_blocking) {
  if (func == NULL) return napi_invalid_arg;
  tsfn_t* t = func;
  pthread_mutex_lock(&t->mutex);
  t->inside++;
  while (t->max_queue_size > 0 && t->size >= t->max_queue_size && !t->closing) {
    // Blocking on the JS thread would wait for itself (Node deadlocks here): answer queue_full.
    if (is_blocking == napi_tsfn_nonblocking || on_js_thread(t)) {
      leave(t);
      pthread_mutex_unlock(&t->mutex);
      return napi_queue_full;
    }
    t->waiting++;
    pthread_cond_wait(&t->room, &t->mutex);
    t->waiting--;
  }
  napi_status status;
  bool wake = false;
  if (t->closing) {
    // Node: a thread that is told napi_closing has given up its hold on the function.
    if (t->thread_count == 0) {
      status = napi_invalid_arg;
    } else {
      t->thread_count--;
      status = napi_closing;
    }
  } else if (!queue_push(t, data)) {
    status = napi_generic_failure;
  } else {
    status = napi_ok;
    wake = claim_schedule(t);
  }
  pthread_mutex_unlock(&t->mutex);
  if (wake) schedule(t);
  pthread_mutex_lock(&t->mutex);
  leave(t);
  pthread_mutex_unlock(&t->mutex);
  return status;
}

napi_status NAPI_CDECL napi_acquire_threadsafe_function(napi_threadsafe_function func) {
  if (func == NULL) return napi_invalid_arg;
  tsfn_t* t = func;
  pthread_mutex_lock(&t->mutex);
  napi_status status = napi_ok;
  if (t->closing) status = napi_closing;
  else t->thread_count++;
  pthread_mutex_unlock(&t->mutex);
  return status;
}

napi_status NAPI_CDECL napi_release_threadsafe_function(napi_threadsafe_function func,
                                                        napi_threadsafe_function_release_mode mode) {
  if (func == NULL) return napi_invalid_arg;
  tsfn_t* t = func;
  pthread_mutex_lock(&t->mutex);
  if (t->thread_count == 0) {
    pthread_mutex_unlock(&t->mutex);
    return napi_invalid_arg;
  }
  t->thread_count--;
  bool wake = false;
  if ((t->thread_count == 0 || mode == napi_tsfn_abort) && !t->closing) {
    // The last release lets the queue drain before the tsfn closes; an abort closes it now.
    if (mode == napi_tsfn_abort) {
      t->closing = true;
      pthread_cond_broadcast(&t->room);  // every blocked producer gets napi_closing
    }
    // Already scheduled: the dispatcher sees the close at its next batch.
    wake = claim_schedule(t);
    if (wake) t->inside++;
  }
  pthread_mutex_unlock(&t->mutex);
  if (wake) {
    schedule(t);
    pthread_mutex_lock(&t->mutex);
    leave(t);
    pthread_mutex_unlock(&t->mutex);
  }
  return napi_ok;
}

napi_status NAPI_CDECL napi_get_threadsafe_function_context(napi_threadsafe_function func, void** result) {
  if (func == NULL || result == NULL) return napi_invalid_arg;
  *result = func->context;
  return napi_ok;
}

// ---- JS thread ----

static void set_refed(tsfn_t* t, bool refed) {
  if (t->refed == refed || t->finalized) return;
  t->refed = refed;
  t->rt->state[ST_TSFN_REFED] += refed ? 1 : -1;
}

napi_status NAPI_CDECL napi_create_threadsafe_function(
    napi_env env, napi_value func, napi_value async_resource, napi_value async_resource_name,
    size_t max_queue_size, size_t initial_thread_count, void* thread_finalize_data,
    napi_finalize thread_finalize_cb, void* context, napi_threadsafe_function_call_js call_js_cb,
    napi_threadsafe_function* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, async_resource_name);
  RETURN_STATUS_IF_FALSE(env, initial_thread_count > 0, napi_invalid_arg);
  CHECK_ARG(env, result);
  napi_host_runtime* rt = env->rt;
  if (func == NULL) {
    CHECK_ARG(env, call_js_cb);
  } else {
    CHECK_VALUE(env, func);
    RETURN_STATUS_IF_FALSE(env, rt->kinds[slot_of(func)] == KIND_FUNCTION, napi_invalid_arg);
  }
  if (async_resource != NULL) {
    CHECK_VALUE(env, async_resource);
    uint8_t kind = rt->kinds[slot_of(async_resource)];
    RETURN_STATUS_IF_FALSE(env, kind != KIND_UNDEFINED && kind != KIND_NULL, napi_object_expected);
  }
  CHECK_VALUE(env, async_resource_name);
  RETURN_STATUS_IF_FALSE(env, rt->kinds[slot_of(async_resource_name)] != KIND_SYMBOL, napi_string_expected);
  napi_host_tsfn_set* set = set_of(rt);
  tsfn_t* t = calloc(1, sizeof(*t));
  RETURN_STATUS_IF_FALSE(env, set != NULL && t != NULL, napi_generic_failure);
  if (func != NULL) {
    napi_status s = napi_create_reference(env, func, 1, &t->func);
    if (s != napi_ok) {
      free(t);
      return s;
    }
  }
  t->rt = rt;
  t->set = set;
  t->env = env;
  pthread_mutex_init(&t->mutex, NULL);
  pthread_cond_init(&t->room, NULL);
  pthread_cond_init(&t->left, NULL);
  t->max_queue_size = max_queue_size;
  t->thread_count = initial_thread_count;
  t->context = context;
  t->finalize_data = thread_finalize_data;
  t->finalize_cb = thread_finalize_cb;
  t->call_js_cb = call_js_cb;
  t->next_all = set->all;
  set->all = t;
  set_refed(t, true);  // like Node's uv_async_t: ref'd from the start
  *result = t;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_ref_threadsafe_function(node_api_basic_env basic_env, napi_threadsafe_function func) {
  if (func == NULL) return napi_invalid_arg;
  if (func->rt == NULL || !napi_host_on_js_thread(func->env)) return napi_generic_failure;
  set_refed(func, true);
  return napi_ok;
}

napi_status NAPI_CDECL napi_unref_threadsafe_function(node_api_basic_env basic_env, napi_threadsafe_function func) {
  if (func == NULL) return napi_invalid_arg;
  if (func->rt == NULL || !napi_host_on_js_thread(func->env)) return napi_generic_failure;
  set_refed(func, false);
  return napi_ok;
}

// Node's default call_js_cb: the function, with no arguments and `this` undefined.
static void default_call(napi_env env, napi_value cb, void* context, void* data) {
  if (env == NULL || cb == NULL) return;
  napi_value recv;
  if (napi_get_undefined(env, &recv) != napi_ok) {
    napi_throw_error(env, "ERR_NAPI_TSFN_GET_UNDEFINED", "Failed to retrieve undefined value");
    return;
  }
  napi_status s = napi_call_function(env, recv, cb, 0, NULL, NULL);
  if (s != napi_ok && s != napi_pending_exception) {
    napi_throw_error(env, "ERR_NAPI_TSFN_CALL_JS", "Failed to call JS callback");
  }
}

// The result of a callback run on the JS thread: 0, or how its pending exception is to be raised.
// Node before Node-API 10 only warns (DEP0168) about an exception a tsfn callback leaves behind.
static int32_t pending_result(tsfn_t* t) {
  if (t->rt->state[ST_PENDING] == 0) return DISPATCH_IDLE;
  return t->env->api_version >= 10 ? DISPATCH_EXCEPTION : DISPATCH_WARN;
}

// Delivers one call in its own handle-stack frame.
static int32_t deliver(tsfn_t* t, void* data) {
  napi_env env = t->env;
  napi_host_runtime* rt = t->rt;
  int32_t top = rt->state[ST_TOP];
  int32_t depth = rt->scope_depth;
  napi_clear_last_error(env);
  napi_value fn = NULL;
  if (t->func != NULL) napi_get_reference_value(env, t->func, &fn);
  napi_host_call_tsfn_js(t->call_js_cb != NULL ? t->call_js_cb : default_call, env, fn, t->context, data);
  rt->scope_depth = depth;
  rt->state[ST_TOP] = top;
  return pending_result(t);
}

// thread_finalize_cb, then what is still queued to call_js_cb with env NULL (Node's order).
static int32_t finalize(tsfn_t* t) {
  if (t->finalized) return 0;
  set_refed(t, false);
  t->finalized = true;
  t->set->unreaped++;
  napi_env env = t->env;
  napi_host_runtime* rt = t->rt;
  int32_t r = 0;
  int32_t top = rt->state[ST_TOP];
  int32_t depth = rt->scope_depth;
  if (t->finalize_cb != NULL) {
    napi_clear_last_error(env);
    napi_host_call_finalize(t->finalize_cb, env, t->finalize_data, t->context);
    r = pending_result(t);
  }
  if (t->func != NULL) {
    // Keep a pending exception for the caller: deleting a reference does not run JS.
    int32_t pending = rt->state[ST_PENDING];
    rt->state[ST_PENDING] = 0;
    napi_delete_reference(env, t->func);
    rt->state[ST_PENDING] = pending;
    t->func = NULL;
  }
  rt->scope_depth = depth;
  rt->state[ST_TOP] = top;
  while (t->batch_pos < t->batch_len) {
    void* data = t->batch[t->batch_pos++];
    if (t->call_js_cb != NULL) napi_host_call_tsfn_js(t->call_js_cb, NULL, NULL, t->context, data);
  }
  for (;;) {
    pthread_mutex_lock(&t->mutex);
    bool any = t->size > 0;
    void* data = any ? queue_pop(t) : NULL;
    pthread_mutex_unlock(&t->mutex);
    if (!any) break;
    if (t->call_js_cb != NULL) napi_host_call_tsfn_js(t->call_js_cb, NULL, NULL, t->context, data);
  }
  return r;
}

static void free_tsfn(tsfn_t* t) {
  pthread_mutex_destroy(&t->mutex);
  pthread_cond_destroy(&t->room);
  pthread_cond_destroy(&t->left);
  free(t->items);
  free(t);
}

// Frees finalized tsfns that no thread can reach any more.
static void reap(napi_host_tsfn_set* set) {
  for (tsfn_t** p = &set->all; *p != NULL;) {
    tsfn_t* t = *p;
    bool gone = false;
    if (t->finalized && t != set->current) {
      pthread_mutex_lock(&t->mutex);
      gone = t->inside == 0 && t->thread_count == 0 && !t->scheduled;
      pthread_mutex_unlock(&t->mutex);
    }
    if (gone) {
      *p = t->next_all;
      set->unreaped--;
      free_tsfn(t);
    } else {
      p = &t->next_all;
    }
  }
}

static tsfn_t* pop_ready(napi_host_tsfn_set* set) {
  pthread_mutex_lock(&set->mutex);
  tsfn_t* t = set->ready_head;
  if (t != NULL) {
    set->ready_head = t->next_ready;
    if (set->ready_head == NULL) set->ready_tail = NULL;
    t->next_ready = NULL;
  }
  pthread_mutex_unlock(&set->mutex);
  return t;
}

// Takes the next batch from t's queue. Returns false when t is closing (abort or teardown) and must
// be finalized instead.
static bool take_batch(tsfn_t* t) {
  pthread_mutex_lock(&t->mutex);
  if (t->closing) {
    t->scheduled = false;
    pthread_mutex_unlock(&t->mutex);
    return false;
  }
  int32_t n = 0;
  while (n < BATCH && t->size > 0) t->batch[n++] = queue_pop(t);
  t->batch_pos = 0;
  t->batch_len = n;
  // One wake-up per freed slot, on every take while producers wait (Node signals once, and only when
  // the queue was full, which can leave producers asleep beside free room). A woken producer that
  // finds the queue full again lost its slot to another, whose call frees one later.
  for (int32_t i = 0; i < n && i < t->waiting; i++) pthread_cond_signal(&t->room);
  t->close_after_batch = false;
  t->requeue_after_batch = false;
  if (t->size == 0) {
    if (t->thread_count == 0) {
      // Last item taken and nobody holds the function: it closes once these are delivered.
      t->closing = true;
      t->close_after_batch = true;
      if (t->waiting > 0) pthread_cond_broadcast(&t->room);
    } else {
      t->scheduled = false;  // the next call schedules it again
    }
  } else {
    t->requeue_after_batch = true;  // stays scheduled
  }
  pthread_mutex_unlock(&t->mutex);
  return true;
}

static inline int32_t dispatch_result(int32_t used, int32_t reason) { return (used << 3) | reason; }

// Delivers up to `budget` calls; stops early when a callback leaves an exception pending or queues
// ticks (*ticks > 0), so that the loop handles those between calls as Node does.
NAPI_HOST_EXPORT int32_t napi_host_tsfn_dispatch(napi_host_runtime* rt, int32_t budget, const volatile int32_t* ticks) {
  napi_host_tsfn_set* set = rt->tsfns;
  if (set == NULL || set->torn_down) return 0;
  if (set->unreaped > 0 && set->current == NULL) reap(set);
  int32_t used = 0;
  int32_t reason = DISPATCH_IDLE;
  set->dispatching = true;
  while (used < budget) {
    tsfn_t* t = set->current;
    if (t == NULL) {
      t = pop_ready(set);
      if (t == NULL) break;
      if (t->finalized) {  // scheduled again while it was being finalized: nothing to do
        pthread_mutex_lock(&t->mutex);
        t->scheduled = false;
        pthread_mutex_unlock(&t->mutex);
        continue;
      }
      if (!take_batch(t)) {
        if ((reason = finalize(t)) != DISPATCH_IDLE) break;
        continue;
      }
      set->current = t;
    }
    if (t->batch_pos < t->batch_len) {
      if (t->closing && !t->close_after_batch) {
        // Aborted (or torn down) during the batch: the rest goes to the env == NULL calls.
        set->current = NULL;
        if (t->requeue_after_batch) {  // not on the ready list, so not scheduled any more
          pthread_mutex_lock(&t->mutex);
          t->scheduled = false;
          pthread_mutex_unlock(&t->mutex);
        }
        if ((reason = finalize(t)) != DISPATCH_IDLE) break;
        continue;
      }
      reason = deliver(t, t->batch[t->batch_pos++]);
      used++;
      if (set->torn_down) {  // process.exit() inside the callback
        reason = DISPATCH_IDLE;
        break;
      }
      if (reason != DISPATCH_IDLE) break;
      if (*ticks > 0) {
        reason = DISPATCH_TICKS;
        break;
      }
      continue;
    }
    // The batch is delivered.
    set->current = NULL;
    if (t->close_after_batch) {
      pthread_mutex_lock(&t->mutex);
      t->scheduled = false;
      pthread_mutex_unlock(&t->mutex);
      if ((reason = finalize(t)) != DISPATCH_IDLE) break;
    } else if (t->requeue_after_batch) {
      pthread_mutex_lock(&set->mutex);
      t->next_ready = NULL;
      if (set->ready_tail != NULL) set->ready_tail->next_ready = t;
      else set->ready_head = t;
      set->ready_tail = t;
      pthread_mutex_unlock(&set->mutex);
    }
  }
  set->dispatching = false;
  if (reason == DISPATCH_IDLE && used >= budget) reason = DISPATCH_BUDGET;
  return dispatch_result(used, reason);
}

// Whether napi_host_tsfn_dispatch has anything to do: a cheap look before entering JS. A producer
// that schedules after this look wakes the loop, so a stale answer is never lost.
NAPI_HOST_EXPORT int32_t napi_host_tsfn_ready(napi_host_runtime* rt) {
  napi_host_tsfn_set* set = rt->tsfns;
  if (set == NULL || set->torn_down) return 0;
  return set->current != NULL || __atomic_load_n(&set->ready_head, __ATOMIC_ACQUIRE) != NULL;
}

// Environment teardown, on the JS thread while the engine still runs: every tsfn closes, blocked
// producers get napi_closing, and each finalizer runs before the environments are destroyed.
NAPI_HOST_EXPORT void napi_host_tsfn_teardown(napi_host_runtime* rt) {
  napi_host_tsfn_set* set = rt->tsfns;
  if (set == NULL || set->torn_down) return;
  set->torn_down = true;
  for (tsfn_t* t = set->all; t != NULL; t = t->next_all) {
    pthread_mutex_lock(&t->mutex);
    t->closing = true;
    pthread_cond_broadcast(&t->room);
    pthread_mutex_unlock(&t->mutex);
  }
  for (tsfn_t* t = set->all; t != NULL; t = t->next_all) {
    if (!t->finalized) {
      finalize(t);
      if (rt->state[ST_PENDING] != 0) {
        napi_value ignored;
        napi_get_and_clear_last_exception(t->env, &ignored);
      }
    }
  }
  // Producers still inside a call leave it quickly now (closing); wait so none touches the
  // runtime's wake-up primitive after it is freed. Bounded, in case a thread was suspended.
  for (tsfn_t* t = set->all; t != NULL; t = t->next_all) {
    struct timespec deadline;
    clock_gettime(CLOCK_REALTIME, &deadline);
    deadline.tv_sec += 5;
    pthread_mutex_lock(&t->mutex);
    while (t->inside > 0) {
      if (pthread_cond_timedwait(&t->left, &t->mutex, &deadline) == ETIMEDOUT) break;
    }
    pthread_mutex_unlock(&t->mutex);
  }
}

void napi_host_tsfn_free_all(napi_host_runtime* rt) {
  napi_host_tsfn_set* set = rt->tsfns;
  if (set == NULL) return;
  for (tsfn_t* t = set->all; t != NULL;) {
    tsfn_t* next = t->next_all;
    pthread_mutex_lock(&t->mutex);
    bool held = t->thread_count > 0 || t->inside > 0;
    t->closing = true;
    t->rt = NULL;
    t->set = NULL;
    pthread_mutex_unlock(&t->mutex);
    // Threads that still hold it get napi_closing from their next call: leave it allocated.
    if (!held) free_tsfn(t);
    t = next;
  }
  pthread_mutex_destroy(&set->mutex);
  free(set);
  rt->tsfns = NULL;
}
