// Promises (deferreds), napi_run_script, instance data and napi_adjust_external_memory.
#define NAPI_VERSION 8
#include "test_common.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// ---- promises: deferreds are kept by index until concluded

#define MAX_DEFERREDS 64
static napi_deferred deferreds[MAX_DEFERREDS];

// createPromise(): [index, promise]
static napi_value CreatePromise(napi_env env, napi_callback_info info) {
  int index = -1;
  for (int i = 0; i < MAX_DEFERREDS; i++) {
    if (deferreds[i] == NULL) {
      index = i;
      break;
    }
  }
  if (index < 0) {
    napi_throw_error(env, NULL, "too many deferreds");
    return NULL;
  }
  napi_value promise, list;
  NAPI_CALL(env, napi_create_promise(env, &deferreds[index], &promise));
  NAPI_CALL(env, napi_create_array(env, &list));
  NAPI_CALL(env, napi_set_element(env, list, 0, Num(env, index)));
  NAPI_CALL(env, napi_set_element(env, list, 1, promise));
  return list;
}

// conclude(index, resolve, value): the status; the deferred is gone afterwards.
static napi_value Conclude(napi_env env, napi_callback_info info) {
  ARGS(3);
  double index;
  bool resolve;
  NAPI_CALL(env, napi_get_value_double(env, argv[0], &index));
  NAPI_CALL(env, napi_get_value_bool(env, argv[1], &resolve));
  napi_deferred d = deferreds[(int)index];
  deferreds[(int)index] = NULL;
  napi_status s = resolve ? napi_resolve_deferred(env, d, argv[2]) : napi_reject_deferred(env, d, argv[2]);
  return Outcome(env, s, NULL);
}

// promiseStatuses(): misuse of the promise functions.
static napi_value PromiseStatuses(napi_env env, napi_callback_info info) {
  napi_deferred d;
  napi_value p, v;
  char text[256];
  napi_status no_deferred = napi_create_promise(env, NULL, &p);
  napi_status no_promise = napi_create_promise(env, &d, NULL);
  NAPI_CALL(env, napi_create_promise(env, &d, &p));
  napi_status no_value = napi_resolve_deferred(env, d, NULL);
  napi_status no_value_reject = napi_reject_deferred(env, d, NULL);
  // With an exception pending nothing runs, and the deferred is still there afterwards.
  napi_throw_error(env, NULL, "pending");
  napi_get_undefined(env, &v);
  napi_status pending_create = napi_create_promise(env, &d, &p);
  napi_status pending_resolve = napi_resolve_deferred(env, d, v);
  napi_value e;
  napi_get_and_clear_last_exception(env, &e);
  napi_status after = napi_resolve_deferred(env, d, v);
  snprintf(text, sizeof text,
           "create(NULL deferred) %d (NULL promise) %d | resolve(NULL value) %d reject(NULL value) %d"
           " | while pending: create %d resolve %d | resolve afterwards %d",
           no_deferred, no_promise, no_value, no_value_reject, pending_create, pending_resolve, after);
  return Str(env, text);
}

static napi_value IsPromise(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool r;
  NAPI_CALL(env, napi_is_promise(env, argv[0], &r));
  napi_value v;
  NAPI_CALL(env, napi_get_boolean(env, r, &v));
  return v;
}

// ---- napi_run_script

static napi_value RunScript(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_value result = NULL;
  napi_status s = napi_run_script(env, argv[0], &result);
  return Outcome(env, s, result);
}

static napi_value RunScriptStatuses(napi_env env, napi_callback_info info) {
  napi_value script, result;
  NAPI_CALL(env, napi_create_string_utf8(env, "1", NAPI_AUTO_LENGTH, &script));
  char text[128];
  napi_status no_script = napi_run_script(env, NULL, &result);
  napi_status no_result = napi_run_script(env, script, NULL);
  napi_throw_error(env, NULL, "pending");
  napi_status pending = napi_run_script(env, script, &result);
  napi_value e;
  napi_get_and_clear_last_exception(env, &e);
  snprintf(text, sizeof text, "run_script(NULL script) %d (NULL result) %d (pending) %d", no_script, no_result, pending);
  return Str(env, text);
}

// ---- instance data: the finalizer writes "finalized <value>" to the file named when it was set

typedef struct {
  int value;
  char path[512];
} instance;

static void FinalizeInstance(napi_env env, void* data, void* hint) {
  instance* d = data;
  FILE* f = fopen(d->path, "a");
  if (f != NULL) {
    fprintf(f, "finalized %d hint %s\n", d->value, (const char*)hint);
    fclose(f);
  }
  free(d);
}

// setInstanceData(value, path)
static napi_value SetInstanceData(napi_env env, napi_callback_info info) {
  ARGS(2);
  instance* d = calloc(1, sizeof(*d));
  int32_t value;
  NAPI_CALL(env, napi_get_value_int32(env, argv[0], &value));
  d->value = value;
  size_t n;
  NAPI_CALL(env, napi_get_value_string_utf8(env, argv[1], d->path, sizeof d->path, &n));
  NAPI_CALL(env, napi_set_instance_data(env, d, FinalizeInstance, (void*)"the hint"));
  return NULL;
}

// getInstanceData(): the value, or null before any was set.
static napi_value GetInstanceData(napi_env env, napi_callback_info info) {
  void* data = (void*)1;
  NAPI_CALL(env, napi_get_instance_data(env, &data));
  if (data == NULL) {
    napi_value n;
    NAPI_CALL(env, napi_get_null(env, &n));
    return n;
  }
  return Num(env, ((instance*)data)->value);
}

static napi_value InstanceDataStatuses(napi_env env, napi_callback_info info) {
  char text[64];
  snprintf(text, sizeof text, "get_instance_data(NULL) %d", napi_get_instance_data(env, NULL));
  return Str(env, text);
}

// ---- napi_adjust_external_memory: [status, adjusted total]
static napi_value AdjustExternalMemory(napi_env env, napi_callback_info info) {
  ARGS(1);
  int64_t change;
  NAPI_CALL(env, napi_get_value_int64(env, argv[0], &change));
  int64_t total = -1;
  napi_status s = napi_adjust_external_memory(env, change, &total);
  napi_value list;
  NAPI_CALL(env, napi_create_array(env, &list));
  NAPI_CALL(env, napi_set_element(env, list, 0, Num(env, s)));
  NAPI_CALL(env, napi_set_element(env, list, 1, Num(env, (double)total)));
  NAPI_CALL(env, napi_set_element(env, list, 2, Num(env, napi_adjust_external_memory(env, 1, NULL))));
  return list;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "createPromise", CreatePromise);
  EXPORT_FN(env, exports, "conclude", Conclude);
  EXPORT_FN(env, exports, "promiseStatuses", PromiseStatuses);
  EXPORT_FN(env, exports, "isPromise", IsPromise);
  EXPORT_FN(env, exports, "runScript", RunScript);
  EXPORT_FN(env, exports, "runScriptStatuses", RunScriptStatuses);
  EXPORT_FN(env, exports, "setInstanceData", SetInstanceData);
  EXPORT_FN(env, exports, "getInstanceData", GetInstanceData);
  EXPORT_FN(env, exports, "instanceDataStatuses", InstanceDataStatuses);
  EXPORT_FN(env, exports, "adjustExternalMemory", AdjustExternalMemory);
  return exports;
}
