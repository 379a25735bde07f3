// Async work: execute on a pool thread, complete on the JS thread; cancellation of queued work.
#define _GNU_SOURCE
#include "test_common.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
  napi_async_work work;
  napi_ref callback;
  int32_t n;
  int32_t sleep_ms;
  double sum;
  size_t stack_size;
  char sigblk[32];
  pthread_t thread;
  pthread_t js_thread;
} Job;

static void Execute(napi_env env, void* data) {
  Job* job = data;
  if (job->sleep_ms > 0) usleep((useconds_t)job->sleep_ms * 1000);
  for (int32_t i = 0; i < job->n; i++) job->sum += i;
  job->thread = pthread_self();
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstacksize(&attr, &job->stack_size);
    pthread_attr_destroy(&attr);
  }
  FILE* f = fopen("/proc/thread-self/status", "r");
  char line[256];
  strcpy(job->sigblk, "?");
  while (f != NULL && fgets(line, sizeof line, f) != NULL) {
    if (strncmp(line, "SigBlk:", 7) == 0) sscanf(line + 7, "%31s", job->sigblk);
  }
  if (f != NULL) fclose(f);
}

static void Complete(napi_env env, napi_status status, void* data) {
  Job* job = data;
  napi_value cb, undefined, argv[2];
  napi_get_reference_value(env, job->callback, &cb);
  napi_get_undefined(env, &undefined);
  napi_create_object(env, &argv[1]);
  napi_value v;
  napi_create_int32(env, status, &v);
  napi_set_named_property(env, argv[1], "status", v);
  napi_create_double(env, job->sum, &v);
  napi_set_named_property(env, argv[1], "sum", v);
  if (status == napi_ok) {
    napi_create_double(env, (double)job->stack_size, &v);
    napi_set_named_property(env, argv[1], "stackSize", v);
    napi_create_string_utf8(env, job->sigblk, NAPI_AUTO_LENGTH, &v);
    napi_set_named_property(env, argv[1], "sigBlk", v);
    napi_get_boolean(env, !pthread_equal(job->thread, job->js_thread), &v);
    napi_set_named_property(env, argv[1], "offJsThread", v);
  }
  napi_get_null(env, &argv[0]);
  napi_call_function(env, undefined, cb, 2, argv, NULL);
  napi_delete_reference(env, job->callback);
  napi_delete_async_work(env, job->work);
  free(job);
}

// run(n, sleepMs, callback) -> { cancel() status } : queues work summing 0..n-1.
static napi_value CancelJob(napi_env env, napi_callback_info info) {
  void* data;
  NAPI_CALL(env, napi_get_cb_info(env, info, NULL, NULL, NULL, &data));
  napi_value r;
  NAPI_CALL(env, napi_create_int32(env, napi_cancel_async_work(env, ((Job*)data)->work), &r));
  return r;
}

static napi_value Run(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  Job* job = calloc(1, sizeof(Job));
  NAPI_CALL(env, napi_get_value_int32(env, argv[0], &job->n));
  NAPI_CALL(env, napi_get_value_int32(env, argv[1], &job->sleep_ms));
  NAPI_CALL(env, napi_create_reference(env, argv[2], 1, &job->callback));
  job->js_thread = pthread_self();
  napi_value name;
  NAPI_CALL(env, napi_create_string_utf8(env, "test", NAPI_AUTO_LENGTH, &name));
  NAPI_CALL(env, napi_create_async_work(env, NULL, name, Execute, Complete, job, &job->work));
  NAPI_CALL(env, napi_queue_async_work(env, job->work));
  napi_value handle, cancel;
  NAPI_CALL(env, napi_create_object(env, &handle));
  NAPI_CALL(env, napi_create_function(env, "cancel", NAPI_AUTO_LENGTH, CancelJob, job, &cancel));
  NAPI_CALL(env, napi_set_named_property(env, handle, "cancel", cancel));
  return handle;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "run", Run);
  return exports;
}
