// Callback scopes and async context: napi_async_init/destroy, napi_make_callback and
// napi_open/close_callback_scope, called from JS and from an async work's complete callback;
// the statuses of misuse.
#include "test_common.h"
#include <stdlib.h>

static napi_value status_value(napi_env env, napi_status status) {
  napi_value v;
  napi_create_int32(env, status, &v);
  return v;
}

// Calls fn the way `mode` says: 0 napi_make_callback with an async context, 1 napi_make_callback
// without one, 2 napi_call_function inside napi_open/close_callback_scope.
static napi_status call_in_scope(napi_env env, int32_t mode, napi_value fn, napi_value* result) {
  napi_value resource, name, global;
  napi_create_object(env, &resource);
  napi_create_string_utf8(env, "test-scope", NAPI_AUTO_LENGTH, &name);
  napi_get_global(env, &global);
  napi_async_context context;
  napi_status s = napi_async_init(env, resource, name, &context);
  if (s != napi_ok) return s;
  if (mode == 2) {
    napi_callback_scope scope;
    s = napi_open_callback_scope(env, resource, context, &scope);
    if (s == napi_ok) {
      s = napi_call_function(env, global, fn, 0, NULL, result);
      napi_status c = napi_close_callback_scope(env, scope);
      if (s == napi_ok) s = c;
    }
  } else {
    s = napi_make_callback(env, mode == 0 ? context : NULL, global, fn, 0, NULL, result);
  }
  napi_async_destroy(env, context);
  return s;
}

// inScope(mode, fn): fn's result, or the status if the call failed (a thrown exception propagates).
static napi_value InScope(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  int32_t mode;
  NAPI_CALL(env, napi_get_value_int32(env, argv[0], &mode));
  napi_value result;
  napi_status s = call_in_scope(env, mode, argv[1], &result);
  if (s == napi_pending_exception) return NULL;
  return s == napi_ok ? result : status_value(env, s);
}

typedef struct {
  napi_async_work work;
  napi_ref fn;
  napi_ref done;
  int32_t mode;
} Job;

static void Execute(napi_env env, void* data) {}

// In Node the complete callback runs inside a callback scope of its own: the scopes opened here
// are not the outermost, so ticks and microtasks run after complete returns.
static void Complete(napi_env env, napi_status status, void* data) {
  Job* job = data;
  napi_value fn, done, global, result, argv[1];
  napi_get_reference_value(env, job->fn, &fn);
  napi_get_reference_value(env, job->done, &done);
  napi_get_global(env, &global);
  napi_status s = call_in_scope(env, job->mode, fn, &result);
  argv[0] = status_value(env, s);
  napi_call_function(env, global, done, 1, argv, NULL);
  napi_delete_reference(env, job->fn);
  napi_delete_reference(env, job->done);
  napi_delete_async_work(env, job->work);
  free(job);
}

// fromComplete(mode, fn, done): an async work whose complete calls fn in a scope, then done(status).
static napi_value FromComplete(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  Job* job = calloc(1, sizeof(*job));
  NAPI_CALL(env, napi_get_value_int32(env, argv[0], &job->mode));
  NAPI_CALL(env, napi_create_reference(env, argv[1], 1, &job->fn));
  NAPI_CALL(env, napi_create_reference(env, argv[2], 1, &job->done));
  napi_value name;
  napi_create_string_utf8(env, "from-complete", NAPI_AUTO_LENGTH, &name);
  NAPI_CALL(env, napi_create_async_work(env, NULL, name, Execute, Complete, job, &job->work));
  NAPI_CALL(env, napi_queue_async_work(env, job->work));
  return NULL;
}

// statuses(): [label, status, exception pending?] for each misuse.
static napi_value Statuses(napi_env env, napi_callback_info info) {
  napi_value arr, resource, name, global, undefined, number, fn, result;
  napi_create_array(env, &arr);
  napi_create_object(env, &resource);
  napi_create_string_utf8(env, "name", NAPI_AUTO_LENGTH, &name);
  napi_get_global(env, &global);
  napi_get_undefined(env, &undefined);
  napi_create_int32(env, 5, &number);
  size_t argc = 1;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, &fn, NULL, NULL));
  napi_async_context context = NULL;
  napi_callback_scope scope = NULL;
  uint32_t n = 0;
#define RECORD(label, call)                                              \
  do {                                                                   \
    napi_status s_ = (call);                                             \
    napi_value row_, e_;                                                 \
    bool pending_ = false;                                               \
    napi_is_exception_pending(env, &pending_);                           \
    if (pending_) napi_get_and_clear_last_exception(env, &e_);           \
    napi_create_array(env, &row_);                                       \
    napi_value l_;                                                       \
    napi_create_string_utf8(env, label, NAPI_AUTO_LENGTH, &l_);          \
    napi_set_element(env, row_, 0, l_);                                  \
    napi_set_element(env, row_, 1, status_value(env, s_));               \
    napi_value p_;                                                       \
    napi_get_boolean(env, pending_, &p_);                                \
    napi_set_element(env, row_, 2, p_);                                  \
    napi_set_element(env, arr, n++, row_);                               \
  } while (0)
  RECORD("async_init no name", napi_async_init(env, resource, NULL, &context));
  RECORD("async_init no result", napi_async_init(env, resource, name, NULL));
  RECORD("async_init no resource", napi_async_init(env, NULL, name, &context));
  if (context != NULL) napi_async_destroy(env, context);
  RECORD("async_init number resource", napi_async_init(env, number, name, &context));
  RECORD("async_destroy null", napi_async_destroy(env, NULL));
  RECORD("async_init", napi_async_init(env, resource, name, &context));
  RECORD("make_callback null recv", napi_make_callback(env, context, NULL, fn, 0, NULL, &result));
  RECORD("make_callback undefined recv", napi_make_callback(env, context, undefined, fn, 0, NULL, &result));
  RECORD("make_callback not a function", napi_make_callback(env, context, global, number, 0, NULL, &result));
  RECORD("make_callback argv null", napi_make_callback(env, context, global, fn, 1, NULL, &result));
  RECORD("make_callback no result", napi_make_callback(env, context, global, fn, 0, NULL, NULL));
  RECORD("open_callback_scope no result", napi_open_callback_scope(env, resource, context, NULL));
  RECORD("close_callback_scope null", napi_close_callback_scope(env, NULL));
  RECORD("open_callback_scope", napi_open_callback_scope(env, resource, context, &scope));
  RECORD("close_callback_scope", napi_close_callback_scope(env, scope));
  napi_callback_scope bogus = (napi_callback_scope)&scope;
  RECORD("close_callback_scope none open", napi_close_callback_scope(env, bogus));
  RECORD("async_destroy", napi_async_destroy(env, context));
  return arr;
}

napi_value Init(napi_env env, napi_value exports) {
  EXPORT_FN(env, exports, "inScope", InScope);
  EXPORT_FN(env, exports, "fromComplete", FromComplete);
  EXPORT_FN(env, exports, "statuses", Statuses);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
