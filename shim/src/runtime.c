// Runtime and environment lifecycle, the handle stack's memory, the event loop's wake-up primitive,
// and the thread helpers used by the Java ThreadFactory. No per-runtime state lives in globals.
#include "napi_host.h"
#include "native_stack.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

static void* reserve(size_t bytes) {
  // Reserved lazily: pages are only committed when the stack grows into them.
  void* p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  return p == MAP_FAILED ? NULL : p;
}

NAPI_HOST_EXPORT napi_host_runtime* napi_host_runtime_create(int32_t id, int32_t capacity) {
  napi_host_runtime* rt = calloc(1, sizeof(*rt));
  if (rt == NULL) return NULL;
  rt->id = id;
  rt->capacity = capacity;
  rt->state = calloc(ST_SIZE, sizeof(int32_t));
  rt->kinds = reserve((size_t)capacity);
  rt->nums = reserve((size_t)capacity * sizeof(double));
  rt->scope_capacity = 64;
  rt->scopes = calloc((size_t)rt->scope_capacity, sizeof(napi_host_scope));
  if (rt->state == NULL || rt->kinds == NULL || rt->nums == NULL || rt->scopes == NULL) return NULL;
  rt->state[ST_CAPACITY] = capacity;
  rt->state[ST_TOP] = SLOT_FIRST_FREE;
  rt->kinds[SLOT_UNDEFINED] = KIND_UNDEFINED;
  rt->kinds[SLOT_NULL] = KIND_NULL;
  rt->kinds[SLOT_FALSE] = KIND_BOOLEAN;
  rt->nums[SLOT_FALSE] = 0;
  rt->kinds[SLOT_TRUE] = KIND_BOOLEAN;
  rt->nums[SLOT_TRUE] = 1;
  rt->kinds[SLOT_GLOBAL] = KIND_OBJECT;  // the JS side puts globalThis in this slot
  pthread_mutex_init(&rt->loop_mutex, NULL);
  pthread_condattr_t attr;
  pthread_condattr_init(&attr);
  pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
  pthread_cond_init(&rt->loop_cond, &attr);
  pthread_condattr_destroy(&attr);
  return rt;
}

NAPI_HOST_EXPORT void napi_host_runtime_destroy(napi_host_runtime* rt) {
  if (rt == NULL) return;
  napi_host_environment_free(rt);
  napi_host_tsfn_free_all(rt);
  napi_host_key_cache_free(rt);
  munmap(rt->kinds, (size_t)rt->capacity);
  munmap(rt->nums, (size_t)rt->capacity * sizeof(double));
  free(rt->state);
  free(rt->scopes);
  pthread_mutex_destroy(&rt->loop_mutex);
  pthread_cond_destroy(&rt->loop_cond);
  free(rt);
}

// The calling thread becomes the runtime's JS thread: Node-API calls are accepted only there.
NAPI_HOST_EXPORT void napi_host_runtime_bind_thread(napi_host_runtime* rt) {
  rt->js_thread = pthread_self();
  rt->js_thread_pointer = (uintptr_t)__builtin_thread_pointer();
  rt->js_thread_known = true;
  rt->js_thread_tid = (long)gettid();
}

NAPI_HOST_EXPORT int32_t* napi_host_runtime_state(napi_host_runtime* rt) { return rt->state; }
NAPI_HOST_EXPORT uint8_t* napi_host_runtime_kinds(napi_host_runtime* rt) { return rt->kinds; }
NAPI_HOST_EXPORT double* napi_host_runtime_nums(napi_host_runtime* rt) { return rt->nums; }

NAPI_HOST_EXPORT napi_env napi_host_env_create(napi_host_runtime* rt, int32_t id, const char* filename,
                                               int32_t api_version) {
  napi_env env = calloc(1, sizeof(*env));
  if (env == NULL) return NULL;
  env->rt = rt;
  env->id = id;
  env->api_version = api_version;
  env->filename = filename ? strdup(filename) : NULL;
  return env;
}

NAPI_HOST_EXPORT void napi_host_env_destroy(napi_env env) {
  if (env == NULL) return;
  if (env->instance_finalize != NULL) {
    napi_host_call_finalize(env->instance_finalize, env, env->instance_data, env->instance_hint);
  }
  free(env->filename);
  free(env);
}

bool napi_host_report_wrong_thread(napi_env env, const char* function) {
  napi_host_runtime* rt = env->rt;
  if (rt->js_thread_known && pthread_equal(pthread_self(), rt->js_thread)) return true;
  // The environment is not touched (not even its last error): the JS thread may be using it now.
  if (!__atomic_exchange_n(&rt->wrong_thread_reported, true, __ATOMIC_RELAXED)) {
    char name[32] = "?";
    pthread_getname_np(pthread_self(), name, sizeof name);
    // Internal helpers check the env for their public callers: only public names are worth showing.
    bool public_name = function != NULL && (strncmp(function, "napi_", 5) == 0 || strncmp(function, "node_api_", 9) == 0);
    fprintf(stderr,
            "napi-host: %s was called from thread %ld ('%s'), not from the runtime's JS thread (%ld); it "
            "returned napi_generic_failure. Only the thread-safe Node-API functions (the threadsafe-function "
            "calls, napi_remove_async_cleanup_hook, napi_fatal_error) may be called from other threads. "
            "Further such calls in this runtime are not reported.\n",
            public_name ? function : "a Node-API function that is not thread-safe", (long)gettid(), name,
            rt->js_thread_tid);
    fflush(stderr);
  }
  return false;
}

int32_t napi_host_push(napi_host_runtime* rt, uint8_t kind, double num) {
  int32_t s = rt->state[ST_TOP];
  if (s >= rt->capacity) return 0;
  rt->kinds[s] = kind;
  rt->nums[s] = num;
  rt->state[ST_TOP] = s + 1;
  return s;
}

// ---- event loop wake-up: any thread may wake the JS thread; only it waits ----

NAPI_HOST_EXPORT void napi_host_loop_wake(napi_host_runtime* rt) {
  pthread_mutex_lock(&rt->loop_mutex);
  rt->wake_count++;
  pthread_cond_signal(&rt->loop_cond);
  pthread_mutex_unlock(&rt->loop_mutex);
}

// Waits until woken or until timeout_ms passes (< 0: no timeout). Returns 1 if woken.
NAPI_HOST_EXPORT int32_t napi_host_loop_wait(napi_host_runtime* rt, int64_t timeout_ms) {
  struct timespec deadline;
  if (timeout_ms >= 0) {
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_sec += timeout_ms / 1000;
    deadline.tv_nsec += (timeout_ms % 1000) * 1000000L;
    if (deadline.tv_nsec >= 1000000000L) {
      deadline.tv_sec++;
      deadline.tv_nsec -= 1000000000L;
    }
  }
  pthread_mutex_lock(&rt->loop_mutex);
  while (rt->wake_count == 0) {
    int rc = timeout_ms >= 0 ? pthread_cond_timedwait(&rt->loop_cond, &rt->loop_mutex, &deadline)
                             : pthread_cond_wait(&rt->loop_cond, &rt->loop_mutex);
    if (rc == ETIMEDOUT) break;
  }
  int32_t woken = rt->wake_count > 0;
  rt->wake_count = 0;
  pthread_mutex_unlock(&rt->loop_mutex);
  return woken;
}

// ---- thread helpers for the Java ThreadFactory ----

// Blocks every signal on the calling thread and returns the previous mask (to pass to restore), so
// that a thread it starts begins life with all signals blocked until it sets its own mask.
NAPI_HOST_EXPORT void* napi_host_signals_block_all(void) {
  sigset_t all;
  sigset_t* old = malloc(sizeof(sigset_t));
  if (old == NULL) return NULL;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, old);
  return old;
}

NAPI_HOST_EXPORT void napi_host_signals_restore(void* saved) {
  if (saved == NULL) return;
  pthread_sigmask(SIG_SETMASK, (sigset_t*)saved, NULL);
  free(saved);
}

// Gives the calling (new) thread an empty signal mask, as native code such as Go's runtime expects.
NAPI_HOST_EXPORT void napi_host_signals_unblock_all(void) {
  sigset_t none;
  sigemptyset(&none);
  pthread_sigmask(SIG_SETMASK, &none, NULL);
}

// The calling thread's stack size in bytes, as pthreads reports it (0 if unknown).
NAPI_HOST_EXPORT int64_t napi_host_thread_stack_size(void) {
  pthread_attr_t attr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
  pthread_attr_getstacksize(&attr, &size);
  pthread_attr_destroy(&attr);
  return (int64_t)size;
}
