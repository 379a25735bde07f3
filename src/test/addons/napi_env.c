// Environment and lifecycle: cleanup hooks (sync and async) and their order at exit, the instance
// data finalizer after them, the uv loop pointer, the Node version, the module's file name, fatal
// errors and fatal exceptions. Cleanup hooks cannot run JS, so they log to a file named by JS.
#define NAPI_VERSION 9
#define _GNU_SOURCE
#include "test_common.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static FILE* log_file;

static void log_line(const char* what, const char* label) {
  if (log_file == NULL) return;
  fprintf(log_file, "%s %s\n", what, label);
  fflush(log_file);
}

static char* string_arg(napi_env env, napi_value v) {
  size_t len = 0;
  if (napi_get_value_string_utf8(env, v, NULL, 0, &len) != napi_ok) return NULL;
  char* s = malloc(len + 1);
  napi_get_value_string_utf8(env, v, s, len + 1, &len);
  return s;
}

static napi_value args(napi_env env, napi_callback_info info, size_t* argc, napi_value* argv) {
  NAPI_CALL(env, napi_get_cb_info(env, info, argc, argv, NULL, NULL));
  return NULL;
}

static napi_value status_value(napi_env env, napi_status status) {
  napi_value v;
  napi_create_int32(env, status, &v);
  return v;
}

// setLog(path): where hooks and finalizers write.
static napi_value SetLog(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  args(env, info, &argc, argv);
  char* path = string_arg(env, argv[0]);
  log_file = fopen(path, "w");
  free(path);
  return NULL;
}

// ---- sync cleanup hooks ----

typedef struct SyncHook {
  char label[64];
  napi_env env;
  bool add_on_run;  // registers a further hook while cleanup runs
} SyncHook;

static void RunSyncHook(void* arg) {
  SyncHook* h = arg;
  log_line("cleanup", h->label);
  if (h->add_on_run) {
    SyncHook* late = calloc(1, sizeof(*late));
    snprintf(late->label, sizeof late->label, "%.40s-late", h->label);
    napi_status s = napi_add_env_cleanup_hook(h->env, RunSyncHook, late);
    log_line("added during cleanup:", s == napi_ok ? "ok" : "failed");
  }
}

static SyncHook* hooks[64];
static int hook_count;

// addHook(label, addOnRun): returns an id for removeHook.
static napi_value AddHook(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  args(env, info, &argc, argv);
  SyncHook* h = calloc(1, sizeof(*h));
  char* label = string_arg(env, argv[0]);
  snprintf(h->label, sizeof h->label, "%s", label);
  free(label);
  h->env = env;
  bool add = false;
  if (argc > 1) napi_get_value_bool(env, argv[1], &add);
  h->add_on_run = add;
  NAPI_CALL(env, napi_add_env_cleanup_hook(env, RunSyncHook, h));
  hooks[hook_count] = h;
  napi_value id;
  napi_create_int32(env, hook_count++, &id);
  return id;
}

static napi_value RemoveHook(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  args(env, info, &argc, argv);
  int32_t id;
  napi_get_value_int32(env, argv[0], &id);
  return status_value(env, napi_remove_env_cleanup_hook(env, RunSyncHook, hooks[id]));
}

// hookStatuses(): the statuses of misuse (NULL fun).
static napi_value HookStatuses(napi_env env, napi_callback_info info) {
  napi_value arr;
  napi_create_array(env, &arr);
  napi_async_cleanup_hook_handle handle = NULL;
  napi_status s[] = {
      napi_add_env_cleanup_hook(env, NULL, NULL),
      napi_remove_env_cleanup_hook(env, NULL, NULL),
      napi_add_async_cleanup_hook(env, NULL, NULL, &handle),
      napi_remove_async_cleanup_hook(NULL),
  };
  for (uint32_t i = 0; i < sizeof s / sizeof s[0]; i++) napi_set_element(env, arr, i, status_value(env, s[i]));
  return arr;
}

// ---- async cleanup hooks ----

typedef enum { REMOVE_IN_HOOK, REMOVE_FROM_THREAD, REMOVE_NEVER } RemoveMode;

typedef struct AsyncHook {
  char label[64];
  RemoveMode mode;
  napi_async_cleanup_hook_handle handle;
} AsyncHook;

static void* RemoveLater(void* arg) {
  AsyncHook* h = arg;
  usleep(200 * 1000);
  log_line("async done", h->label);
  napi_remove_async_cleanup_hook(h->handle);
  return NULL;
}

static void RunAsyncHook(napi_async_cleanup_hook_handle handle, void* arg) {
  AsyncHook* h = arg;
  log_line("async cleanup", h->label);
  if (h->mode == REMOVE_IN_HOOK) {
    napi_status s = napi_remove_async_cleanup_hook(handle);
    log_line("async removed:", s == napi_ok ? "ok" : "failed");
  } else if (h->mode == REMOVE_FROM_THREAD) {
    pthread_t t;
    pthread_create(&t, NULL, RemoveLater, h);
    pthread_detach(t);
  }
}

static AsyncHook* async_hooks[64];
static int async_count;

// addAsyncHook(label, mode): mode 0 removes itself in the hook, 1 from a thread 200 ms later,
// 2 never (a broken addon: teardown must not hang).
static napi_value AddAsyncHook(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  args(env, info, &argc, argv);
  AsyncHook* h = calloc(1, sizeof(*h));
  char* label = string_arg(env, argv[0]);
  snprintf(h->label, sizeof h->label, "%s", label);
  free(label);
  int32_t mode = 0;
  napi_get_value_int32(env, argv[1], &mode);
  h->mode = (RemoveMode)mode;
  NAPI_CALL(env, napi_add_async_cleanup_hook(env, RunAsyncHook, h, &h->handle));
  async_hooks[async_count] = h;
  napi_value id;
  napi_create_int32(env, async_count++, &id);
  return id;
}

// removeAsyncHook(id): before exit, the hook is unregistered and never runs.
static napi_value RemoveAsyncHook(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  args(env, info, &argc, argv);
  int32_t id;
  napi_get_value_int32(env, argv[0], &id);
  return status_value(env, napi_remove_async_cleanup_hook(async_hooks[id]->handle));
}

// ---- instance data: its finalizer runs after the cleanup hooks ----

static void FinalizeInstanceData(napi_env env, void* data, void* hint) {
  log_line("instance data", (const char*)data);
}

// Weak: the test still loads where napi_set_instance_data is missing; setInstanceData() says so.
#pragma weak napi_set_instance_data

static napi_value SetInstanceData(napi_env env, napi_callback_info info) {
  napi_value r;
  napi_get_boolean(env, napi_set_instance_data != NULL, &r);
  if (napi_set_instance_data == NULL) return r;
  NAPI_CALL(env, napi_set_instance_data(env, "finalized", FinalizeInstanceData, NULL));
  return r;
}

// ---- environment facts ----

static napi_value UvLoop(napi_env env, napi_callback_info info) {
  struct uv_loop_s* a = NULL;
  struct uv_loop_s* b = NULL;
  napi_status s1 = napi_get_uv_event_loop(env, &a);
  napi_status s2 = napi_get_uv_event_loop(env, &b);
  napi_value r;
  napi_get_boolean(env, s1 == napi_ok && s2 == napi_ok && a != NULL && a == b, &r);
  return r;
}

static napi_value NodeVersion(napi_env env, napi_callback_info info) {
  const napi_node_version* v = NULL;
  NAPI_CALL(env, napi_get_node_version(env, &v));
  napi_value o, x;
  napi_create_object(env, &o);
  napi_create_uint32(env, v->major, &x);
  napi_set_named_property(env, o, "major", x);
  napi_create_uint32(env, v->minor, &x);
  napi_set_named_property(env, o, "minor", x);
  napi_create_uint32(env, v->patch, &x);
  napi_set_named_property(env, o, "patch", x);
  napi_create_string_utf8(env, v->release, NAPI_AUTO_LENGTH, &x);
  napi_set_named_property(env, o, "release", x);
  const napi_node_version* again = NULL;
  napi_get_node_version(env, &again);
  napi_get_boolean(env, again == v, &x);
  napi_set_named_property(env, o, "stable", x);
  return o;
}

// napi_get_version: the highest Node-API version the runtime implements.
static napi_value NapiVersion(napi_env env, napi_callback_info info) {
  uint32_t version = 0;
  NAPI_CALL(env, napi_get_version(env, &version));
  napi_value r;
  napi_create_uint32(env, version, &r);
  return r;
}

static napi_value ModuleFileName(napi_env env, napi_callback_info info) {
  const char* name = NULL;
  NAPI_CALL(env, node_api_get_module_file_name(env, &name));
  napi_value r;
  napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &r);
  return r;
}

// Misuse statuses of the environment getters.
static napi_value FactStatuses(napi_env env, napi_callback_info info) {
  napi_value arr;
  napi_create_array(env, &arr);
  napi_status s[] = {
      napi_get_uv_event_loop(env, NULL),
      napi_get_node_version(env, NULL),
      node_api_get_module_file_name(env, NULL),
      napi_get_node_version(NULL, NULL),
      napi_get_version(env, NULL),
      napi_get_version(NULL, NULL),
  };
  for (uint32_t i = 0; i < sizeof s / sizeof s[0]; i++) napi_set_element(env, arr, i, status_value(env, s[i]));
  return arr;
}

static napi_value FatalError(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  args(env, info, &argc, argv);
  char* location = string_arg(env, argv[0]);
  char* message = string_arg(env, argv[1]);
  napi_fatal_error(location, NAPI_AUTO_LENGTH, message, NAPI_AUTO_LENGTH);
  return NULL;
}

static napi_value FatalException(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  args(env, info, &argc, argv);
  napi_status s = napi_fatal_exception(env, argv[0]);
  return status_value(env, s);
}

napi_value Init(napi_env env, napi_value exports) {
  EXPORT_FN(env, exports, "setLog", SetLog);
  EXPORT_FN(env, exports, "addHook", AddHook);
  EXPORT_FN(env, exports, "removeHook", RemoveHook);
  EXPORT_FN(env, exports, "hookStatuses", HookStatuses);
  EXPORT_FN(env, exports, "addAsyncHook", AddAsyncHook);
  EXPORT_FN(env, exports, "removeAsyncHook", RemoveAsyncHook);
  EXPORT_FN(env, exports, "setInstanceData", SetInstanceData);
  EXPORT_FN(env, exports, "uvLoop", UvLoop);
  EXPORT_FN(env, exports, "nodeVersion", NodeVersion);
  EXPORT_FN(env, exports, "napiVersion", NapiVersion);
  EXPORT_FN(env, exports, "moduleFileName", ModuleFileName);
  EXPORT_FN(env, exports, "factStatuses", FactStatuses);
  EXPORT_FN(env, exports, "fatalError", FatalError);
  EXPORT_FN(env, exports, "fatalException", FatalException);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
