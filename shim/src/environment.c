// Environment and lifecycle: cleanup hooks (sync and async) run at teardown, the uv loop
// placeholder, the Node version, the module's file name, fatal errors and fatal exceptions.
//
// Cleanup hooks are per runtime, not per addon: like Node's per-Environment cleanup queue, hooks of
// every addon of a runtime run in one reverse-registration order. Teardown (napi_host_run_cleanup_
// hooks, called by RuntimeCore.teardownNative before finalizers and instance data) runs passes:
// each pass runs, newest first, every hook registered when it began (hooks added meanwhile wait for
// the next pass), then waits until every async hook it started has called
// napi_remove_async_cleanup_hook, as Node's Environment::RunCleanup does.
#include "napi_host.h"
#include "native_stack.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct cleanup_entry {
  napi_env env;
  napi_cleanup_hook fun;                        // sync hook, or NULL
  napi_async_cleanup_hook_handle async_handle;  // async hook, or NULL
  void* arg;
  bool active;  // false once removed or run
} cleanup_entry;

enum { ASYNC_REGISTERED, ASYNC_STARTED };

struct napi_async_cleanup_hook_handle__ {
  napi_host_environment* owner;
  napi_env env;
  napi_async_cleanup_hook hook;
  void* arg;
  int state;
};

// Per-runtime state of this file, made on first use (always on the JS thread).
struct napi_host_environment {
  // Guards entries and async_running: napi_remove_async_cleanup_hook may come from any thread.
  pthread_mutex_t mutex;
  pthread_cond_t done;
  cleanup_entry* entries;  // registration order
  int32_t count;
  int32_t capacity;
  int32_t async_running;  // async hooks started and not yet removed
  bool abandoned;         // teardown gave up waiting: late removals may still touch this
  // What napi_get_uv_event_loop hands out: a stable, zeroed, non-null block (napi-host has no
  // libuv; the uv_* functions themselves are not exported, see docs/architecture.md).
  uint64_t uv_loop_placeholder[64];
};

static napi_host_environment* environment_of(napi_host_runtime* rt) {
  if (rt->environment == NULL) {
    napi_host_environment* e = calloc(1, sizeof(*e));
    if (e == NULL) return NULL;
    pthread_mutex_init(&e->mutex, NULL);
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&e->done, &attr);
    pthread_condattr_destroy(&attr);
    rt->environment = e;
  }
  return rt->environment;
}

// Called with the mutex held.
static bool add_entry(napi_host_environment* e, cleanup_entry entry) {
  if (e->count == e->capacity) {
    int32_t capacity = e->capacity == 0 ? 16 : e->capacity * 2;
    cleanup_entry* grown = realloc(e->entries, (size_t)capacity * sizeof(cleanup_entry));
    if (grown == NULL) return false;
    e->entries = grown;
    e->capacity = capacity;
  }
  e->entries[e->count++] = entry;
  return true;
}

// Called with the mutex held: drops entries that were removed or have run.
static void compact(napi_host_environment* e) {
  int32_t kept = 0;
  for (int32_t i = 0; i < e->count; i++) {
    if (e->entries[i].active) e->entries[kept++] = e->entries[i];
  }
  e->count = kept;
}

napi_status NAPI_CDECL napi_add_env_cleanup_hook(node_api_basic_env basic_env, napi_cleanup_hook fun, void* arg) {
  napi_env env = (napi_env)basic_env;
  CHECK_ENV(env);
  CHECK_ARG(env, fun);
  napi_host_environment* e = environment_of(env->rt);
  RETURN_STATUS_IF_FALSE(env, e != NULL, napi_generic_failure);
  pthread_mutex_lock(&e->mutex);
  // Node aborts on a duplicate (fun, arg) pair; napi-host refuses it instead.
  bool duplicate = false;
  for (int32_t i = 0; i < e->count; i++) {
    cleanup_entry* c = &e->entries[i];
    if (c->active && c->fun == fun && c->arg == arg) duplicate = true;
  }
  bool added = !duplicate && add_entry(e, (cleanup_entry){.env = env, .fun = fun, .arg = arg, .active = true});
  pthread_mutex_unlock(&e->mutex);
  RETURN_STATUS_IF_FALSE(env, !duplicate, napi_invalid_arg);
  RETURN_STATUS_IF_FALSE(env, added, napi_generic_failure);
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_remove_env_cleanup_hook(node_api_basic_env basic_env, napi_cleanup_hook fun, void* arg) {
  napi_env env = (napi_env)basic_env;
  CHECK_ENV(env);
  CHECK_ARG(env, fun);
  napi_host_environment* e = env->rt->environment;
  if (e != NULL) {
    // Removing a hook that is not registered does nothing, as in Node.
    pthread_mutex_lock(&e->mutex);
    for (int32_t i = 0; i < e->count; i++) {
      cleanup_entry* c = &e->entries[i];
      if (c->active && c->fun == fun && c->arg == arg) c->active = false;
    }
    pthread_mutex_unlock(&e->mutex);
  }
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_add_async_cleanup_hook(node_api_basic_env basic_env, napi_async_cleanup_hook hook,
                                                   void* arg, napi_async_cleanup_hook_handle* remove_handle) {
  napi_env env = (napi_env)basic_env;
  CHECK_ENV(env);
  CHECK_ARG(env, hook);
  napi_host_environment* e = environment_of(env->rt);
  RETURN_STATUS_IF_FALSE(env, e != NULL, napi_generic_failure);
  napi_async_cleanup_hook_handle handle = calloc(1, sizeof(*handle));
  RETURN_STATUS_IF_FALSE(env, handle != NULL, napi_generic_failure);
  *handle = (struct napi_async_cleanup_hook_handle__){
      .owner = e, .env = env, .hook = hook, .arg = arg, .state = ASYNC_REGISTERED};
  pthread_mutex_lock(&e->mutex);
  bool added = add_entry(e, (cleanup_entry){.env = env, .async_handle = handle, .arg = arg, .active = true});
  pthread_mutex_unlock(&e->mutex);
  if (!added) free(handle);
  RETURN_STATUS_IF_FALSE(env, added, napi_generic_failure);
  if (remove_handle != NULL) *remove_handle = handle;
  return napi_clear_last_error(env);
}

// Before teardown: unregisters the hook. From a running hook (any thread): tells teardown the hook
// is done. Either way the handle is freed, as in Node.
napi_status NAPI_CDECL napi_remove_async_cleanup_hook(napi_async_cleanup_hook_handle remove_handle) {
  if (remove_handle == NULL) return napi_invalid_arg;
  napi_host_environment* e = remove_handle->owner;
  pthread_mutex_lock(&e->mutex);
  if (remove_handle->state == ASYNC_STARTED) {
    e->async_running--;
    pthread_cond_broadcast(&e->done);
  } else {
    for (int32_t i = 0; i < e->count; i++) {
      if (e->entries[i].async_handle == remove_handle) e->entries[i].active = false;
    }
  }
  pthread_mutex_unlock(&e->mutex);
  free(remove_handle);
  return napi_ok;
}

// `async_hook` was read under the mutex: another thread may free the handle once it is started.
static void run_in_frame(napi_env env, cleanup_entry* c, napi_async_cleanup_hook async_hook) {
  // Each hook gets its own handle-stack frame, like a callback: what it creates is dropped after.
  napi_host_runtime* rt = env->rt;
  int32_t top = rt->state[ST_TOP];
  int32_t depth = rt->scope_depth;
  napi_clear_last_error(env);
  if (c->fun != NULL) {
    napi_host_call_hook(c->fun, c->arg);
  } else {
    napi_host_call_async_hook(async_hook, c->async_handle, c->arg);
  }
  rt->scope_depth = depth;
  rt->state[ST_TOP] = top;
}

static void deadline_after(struct timespec* t, int64_t ms) {
  clock_gettime(CLOCK_MONOTONIC, t);
  t->tv_sec += ms / 1000;
  t->tv_nsec += (ms % 1000) * 1000000L;
  if (t->tv_nsec >= 1000000000L) {
    t->tv_sec++;
    t->tv_nsec -= 1000000000L;
  }
}

// Runs every cleanup hook (on the JS thread, at teardown). Waits at most timeout_ms in all for async
// hooks to call napi_remove_async_cleanup_hook; returns how many never did (reported on stderr).
NAPI_HOST_EXPORT int32_t napi_host_run_cleanup_hooks(napi_host_runtime* rt, int64_t timeout_ms) {
  napi_host_environment* e = rt->environment;
  if (e == NULL) return 0;
  struct timespec deadline;
  deadline_after(&deadline, timeout_ms);
  bool timed_out = false;
  pthread_mutex_lock(&e->mutex);
  while (e->count > 0) {
    // One pass: the hooks registered now, newest first. A hook may add or remove others meanwhile
    // (the array may move), so entries are re-read by index under the mutex.
    for (int32_t i = e->count - 1; i >= 0; i--) {
      if (!e->entries[i].active) continue;
      cleanup_entry c = e->entries[i];
      e->entries[i].active = false;
      napi_async_cleanup_hook async_hook = NULL;
      if (c.async_handle != NULL) {
        async_hook = c.async_handle->hook;
        c.async_handle->state = ASYNC_STARTED;
        e->async_running++;
      }
      pthread_mutex_unlock(&e->mutex);
      run_in_frame(c.env, &c, async_hook);
      pthread_mutex_lock(&e->mutex);
    }
    compact(e);
    while (e->async_running > 0 && !timed_out) {
      if (pthread_cond_timedwait(&e->done, &e->mutex, &deadline) == ETIMEDOUT) timed_out = true;
    }
  }
  int32_t stuck = e->async_running;
  if (stuck > 0) e->abandoned = true;
  pthread_mutex_unlock(&e->mutex);
  if (stuck > 0) {
    fprintf(stderr,
            "napi-host: %d async cleanup hook(s) did not call napi_remove_async_cleanup_hook within %lld ms;"
            " the runtime was torn down without waiting further\n",
            (int)stuck, (long long)timeout_ms);
  }
  return stuck;
}

// At runtime destruction. If an async hook never finished, its late napi_remove_async_cleanup_hook
// still needs the mutex: the state is then deliberately leaked.
void napi_host_environment_free(napi_host_runtime* rt) {
  napi_host_environment* e = rt->environment;
  if (e == NULL || e->abandoned) return;
  rt->environment = NULL;
  pthread_mutex_destroy(&e->mutex);
  pthread_cond_destroy(&e->done);
  free(e->entries);
  free(e);
}

// ---- environment facts ----

napi_status NAPI_CDECL napi_get_uv_event_loop(node_api_basic_env basic_env, struct uv_loop_s** loop) {
  napi_env env = (napi_env)basic_env;
  CHECK_ENV(env);
  CHECK_ARG(env, loop);
  napi_host_environment* e = environment_of(env->rt);
  RETURN_STATUS_IF_FALSE(env, e != NULL, napi_generic_failure);
  *loop = (struct uv_loop_s*)e->uv_loop_placeholder;
  return napi_clear_last_error(env);
}

// The Node.js version napi-host reports; keep equal to NodeVersion.NODE (process.version).
static const napi_node_version node_version = {22, 14, 0, "node"};

napi_status NAPI_CDECL napi_get_node_version(node_api_basic_env basic_env, const napi_node_version** version) {
  napi_env env = (napi_env)basic_env;
  CHECK_ENV(env);
  CHECK_ARG(env, version);
  *version = &node_version;
  return napi_clear_last_error(env);
}

// The highest Node-API version napi-host implements (Node 22 answers the same; NodeVersion.NAPI,
// process.versions.napi). Addons compare it with the version they need.
napi_status NAPI_CDECL napi_get_version(node_api_basic_env basic_env, uint32_t* result) {
  napi_env env = (napi_env)basic_env;
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = 10;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL node_api_get_module_file_name(node_api_basic_env basic_env, const char** result) {
  napi_env env = (napi_env)basic_env;
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  // AddonLoader gives each environment the file:// URL of its addon, as Node does.
  *result = env->filename;
  return napi_clear_last_error(env);
}

// Node's format: "FATAL ERROR: <location> <message>", then abort (the process dies with SIGABRT).
void NAPI_CDECL napi_fatal_error(const char* location, size_t location_len, const char* message,
                                 size_t message_len) {
  if (location == NULL) location = "";
  if (message == NULL) message = "";
  if (location_len == NAPI_AUTO_LENGTH) location_len = strlen(location);
  if (message_len == NAPI_AUTO_LENGTH) message_len = strlen(message);
  fprintf(stderr, "FATAL ERROR: %.*s %.*s\n", (int)location_len, location, (int)message_len, message);
  fflush(stderr);
  // The JVM may have SIGABRT blocked or handled on this thread: restore the default and unblock it.
  signal(SIGABRT, SIG_DFL);
  sigset_t abrt;
  sigemptyset(&abrt);
  sigaddset(&abrt, SIGABRT);
  pthread_sigmask(SIG_UNBLOCK, &abrt, NULL);
  abort();
}

// The value goes down the uncaught-exception path: 'uncaughtException' listeners see it; without
// one it is printed and the process exits with 1, as Node's TriggerUncaughtException does.
napi_status NAPI_CDECL napi_fatal_exception(napi_env env, napi_value err) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, err);
  CHECK_VALUE(env, err);
  return napi_host_status_result(env, napi_host_up.op(rt_id(env), OP_FATAL_EXCEPTION, slot_of(err), 0, 0));
}
