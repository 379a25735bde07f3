// Thread rules: Node-API functions that are not thread-safe, called from a thread other than the
// JS thread, return napi_generic_failure and change nothing. The JS-thread function starts a
// pthread, waits for it (so the handles it passes stay valid), then reports what the thread got
// and checks that the environment still works. napi-host only: in Node such calls are undefined.
#define NAPI_VERSION 8
#include "test_common.h"
#include <pthread.h>
#include <string.h>

typedef struct {
  napi_env env;
  napi_value object;
  napi_value fn;
  const char* names[64];
  napi_status statuses[64];
  int count;
} Probe;

static napi_value Noop(napi_env env, napi_callback_info info) { return NULL; }
static void Cleanup(void* arg) {}
static void Execute(napi_env env, void* data) {}

#define PROBE(p, call)                       \
  do {                                       \
    (p)->names[(p)->count] = #call;          \
    (p)->statuses[(p)->count++] = (call);    \
  } while (0)

static void* Run(void* arg) {
  Probe* p = arg;
  napi_env env = p->env;
  napi_value v = NULL;
  napi_valuetype type;
  int32_t i32;
  bool b;
  napi_ref ref;
  napi_handle_scope scope;
  napi_async_work work;
  const napi_node_version* version;
  struct uv_loop_s* loop;
  PROBE(p, napi_get_undefined(env, &v));
  PROBE(p, napi_get_global(env, &v));
  PROBE(p, napi_get_boolean(env, true, &v));
  PROBE(p, napi_create_int32(env, 1, &v));
  PROBE(p, napi_create_double(env, 1.5, &v));
  PROBE(p, napi_create_string_utf8(env, "x", 1, &v));
  PROBE(p, napi_create_object(env, &v));
  PROBE(p, napi_create_array(env, &v));
  PROBE(p, napi_create_function(env, "f", 1, Noop, NULL, &v));
  PROBE(p, napi_typeof(env, p->object, &type));
  PROBE(p, napi_get_value_int32(env, p->object, &i32));
  PROBE(p, napi_get_named_property(env, p->object, "answer", &v));
  PROBE(p, napi_set_named_property(env, p->object, "answer", p->object));
  PROBE(p, napi_has_named_property(env, p->object, "answer", &b));
  PROBE(p, napi_call_function(env, p->object, p->fn, 0, NULL, &v));
  PROBE(p, napi_create_reference(env, p->object, 1, &ref));
  PROBE(p, napi_throw_error(env, NULL, "from a thread"));
  PROBE(p, napi_is_exception_pending(env, &b));
  PROBE(p, napi_open_handle_scope(env, &scope));
  PROBE(p, napi_create_async_work(env, NULL, p->object, Execute, NULL, NULL, &work));
  PROBE(p, napi_add_env_cleanup_hook(env, Cleanup, NULL));
  PROBE(p, napi_get_uv_event_loop(env, &loop));
  PROBE(p, napi_get_node_version(env, &version));
  PROBE(p, napi_make_callback(env, NULL, p->object, p->fn, 0, NULL, &v));
  PROBE(p, napi_fatal_exception(env, p->object));
  return NULL;
}

// probe(object, fn): [[call, status]...] from another thread; the caller then checks nothing changed.
static napi_value ProbeFromThread(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  Probe p = {.env = env, .object = argv[0], .fn = argv[1]};
  // A successful call on the JS thread first: the thread must not overwrite its last error.
  napi_value probe_value;
  NAPI_CALL(env, napi_create_int32(env, 7, &probe_value));
  pthread_t t;
  pthread_create(&t, NULL, Run, &p);
  pthread_join(t, NULL);
  const napi_extended_error_info* last;
  NAPI_CALL(env, napi_get_last_error_info(env, &last));
  napi_status last_status = last->error_code;
  napi_value result, rows;
  NAPI_CALL(env, napi_create_object(env, &result));
  NAPI_CALL(env, napi_create_array(env, &rows));
  for (int i = 0; i < p.count; i++) {
    napi_value row, name, status;
    NAPI_CALL(env, napi_create_array(env, &row));
    const char* call = p.names[i];
    NAPI_CALL(env, napi_create_string_utf8(env, call, strcspn(call, "("), &name));
    NAPI_CALL(env, napi_create_int32(env, p.statuses[i], &status));
    NAPI_CALL(env, napi_set_element(env, row, 0, name));
    NAPI_CALL(env, napi_set_element(env, row, 1, status));
    NAPI_CALL(env, napi_set_element(env, rows, i, row));
  }
  NAPI_CALL(env, napi_set_named_property(env, result, "calls", rows));
  napi_value v;
  NAPI_CALL(env, napi_create_int32(env, last_status, &v));
  NAPI_CALL(env, napi_set_named_property(env, result, "lastErrorOnJsThread", v));
  bool pending;
  NAPI_CALL(env, napi_is_exception_pending(env, &pending));
  NAPI_CALL(env, napi_get_boolean(env, pending, &v));
  NAPI_CALL(env, napi_set_named_property(env, result, "exceptionPending", v));
  int32_t seven;
  NAPI_CALL(env, napi_get_value_int32(env, probe_value, &seven));
  NAPI_CALL(env, napi_get_boolean(env, seven == 7, &v));
  NAPI_CALL(env, napi_set_named_property(env, result, "handlesIntact", v));
  return result;
}

napi_value Init(napi_env env, napi_value exports) {
  EXPORT_FN(env, exports, "probe", ProbeFromThread);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
