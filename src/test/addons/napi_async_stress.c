// Async-work stress: thousands of work items, a share of them cancelled while queued; counts of
// what executed, completed and was cancelled. Also slow work left queued at exit, with a cleanup
// hook that logs (to a file named by JS) that it ran.
#define _GNU_SOURCE
#include "test_common.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct Batch {
  int32_t total;
  int32_t finished;
  int32_t completed_ok;
  int32_t completed_cancelled;
  int32_t completed_other;
  int32_t cancel_ok;
  int32_t cancel_failed;
  int32_t executed;  // atomically incremented on pool threads
  int32_t wrong_result;
  napi_ref callback;
} Batch;

typedef struct Item {
  Batch* batch;
  napi_async_work work;
  int32_t input;
  int32_t output;
  int32_t sleep_ms;
} Item;

static void Execute(napi_env env, void* data) {
  Item* item = data;
  if (item->sleep_ms > 0) usleep((useconds_t)item->sleep_ms * 1000);
  item->output = item->input * 2;
  if (item->batch != NULL) __atomic_add_fetch(&item->batch->executed, 1, __ATOMIC_RELAXED);
}

static void set_int(napi_env env, napi_value o, const char* name, int32_t v) {
  napi_value x;
  napi_create_int32(env, v, &x);
  napi_set_named_property(env, o, name, x);
}

static void Complete(napi_env env, napi_status status, void* data) {
  Item* item = data;
  Batch* b = item->batch;
  if (status == napi_ok) {
    b->completed_ok++;
    if (item->output != item->input * 2) b->wrong_result++;
  } else if (status == napi_cancelled) {
    b->completed_cancelled++;
  } else {
    b->completed_other++;
  }
  napi_delete_async_work(env, item->work);
  free(item);
  if (++b->finished < b->total) return;
  napi_value cb, global, result;
  napi_get_reference_value(env, b->callback, &cb);
  napi_get_global(env, &global);
  napi_create_object(env, &result);
  set_int(env, result, "total", b->total);
  set_int(env, result, "executed", __atomic_load_n(&b->executed, __ATOMIC_RELAXED));
  set_int(env, result, "completedOk", b->completed_ok);
  set_int(env, result, "completedCancelled", b->completed_cancelled);
  set_int(env, result, "completedOther", b->completed_other);
  set_int(env, result, "cancelOk", b->cancel_ok);
  set_int(env, result, "cancelFailed", b->cancel_failed);
  set_int(env, result, "wrongResult", b->wrong_result);
  napi_delete_reference(env, b->callback);
  free(b);
  napi_call_function(env, global, cb, 1, &result, NULL);
}

// run(n, cancelEvery, callback): queues n items, cancelling every cancelEvery-th one right after
// queueing it; callback(counts) once all n have completed.
static napi_value Run(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  Batch* b = calloc(1, sizeof(*b));
  int32_t cancel_every;
  NAPI_CALL(env, napi_get_value_int32(env, argv[0], &b->total));
  NAPI_CALL(env, napi_get_value_int32(env, argv[1], &cancel_every));
  NAPI_CALL(env, napi_create_reference(env, argv[2], 1, &b->callback));
  napi_value name;
  NAPI_CALL(env, napi_create_string_utf8(env, "stress", NAPI_AUTO_LENGTH, &name));
  for (int32_t i = 0; i < b->total; i++) {
    Item* item = calloc(1, sizeof(*item));
    item->batch = b;
    item->input = i;
    NAPI_CALL(env, napi_create_async_work(env, NULL, name, Execute, Complete, item, &item->work));
    NAPI_CALL(env, napi_queue_async_work(env, item->work));
    if (cancel_every > 0 && i % cancel_every == 0) {
      // Work a pool thread has already taken cannot be cancelled (napi_generic_failure).
      if (napi_cancel_async_work(env, item->work) == napi_ok) b->cancel_ok++;
      else b->cancel_failed++;
    }
  }
  return NULL;
}

// ---- work left queued at exit ----

static FILE* log_file;

static void LogCleanup(void* arg) {
  if (log_file == NULL) return;
  fprintf(log_file, "cleanup hook ran\n");
  fflush(log_file);
}

static void NeverComplete(napi_env env, napi_status status, void* data) {
  // Must not run after exit began: the process is gone (Node) or the runtime torn down (napi-host).
  if (log_file != NULL) {
    fprintf(log_file, "complete ran after exit\n");
    fflush(log_file);
  }
}

// leaveQueued(n, sleepMs, logPath): queues n slow items and a cleanup hook that logs.
static napi_value LeaveQueued(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  int32_t n, sleep_ms;
  NAPI_CALL(env, napi_get_value_int32(env, argv[0], &n));
  NAPI_CALL(env, napi_get_value_int32(env, argv[1], &sleep_ms));
  char path[4096];
  size_t len;
  NAPI_CALL(env, napi_get_value_string_utf8(env, argv[2], path, sizeof path, &len));
  log_file = fopen(path, "w");
  NAPI_CALL(env, napi_add_env_cleanup_hook(env, LogCleanup, NULL));
  napi_value name;
  NAPI_CALL(env, napi_create_string_utf8(env, "queued-at-exit", NAPI_AUTO_LENGTH, &name));
  for (int32_t i = 0; i < n; i++) {
    Item* item = calloc(1, sizeof(*item));
    item->sleep_ms = sleep_ms;
    NAPI_CALL(env, napi_create_async_work(env, NULL, name, Execute, NeverComplete, item, &item->work));
    NAPI_CALL(env, napi_queue_async_work(env, item->work));
  }
  return NULL;
}

napi_value Init(napi_env env, napi_value exports) {
  EXPORT_FN(env, exports, "run", Run);
  EXPORT_FN(env, exports, "leaveQueued", LeaveQueued);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
