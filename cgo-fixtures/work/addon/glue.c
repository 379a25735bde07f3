// Node-API glue for the work fixture: async work whose execute calls Go and records facts about
// the pool thread it runs on (stack size, blocked signals before and after Go ran there), and a
// long synchronous Go call.
#define _GNU_SOURCE
#include <node_api.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
// The Go functions' declarations come from the header cgo writes (passed with -include).

typedef struct {
  napi_async_work work;
  napi_ref callback;
  int32_t index;
  long long result;
  double stack_size;
  char blocked_before[32];
  char blocked_after[32];
} job;

static double thread_stack_size(void) {
  pthread_attr_t attr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstacksize(&attr, &size);
    pthread_attr_destroy(&attr);
  }
  return (double)size;
}

// The SigBlk line of /proc/thread-self/status (a hex mask), "?" if unreadable.
static void blocked_signals(char* out, size_t size) {
  char line[256];
  snprintf(out, size, "?");
  FILE* f = fopen("/proc/thread-self/status", "r");
  if (f == NULL) return;
  while (fgets(line, sizeof line, f) != NULL) {
    if (strncmp(line, "SigBlk:", 7) == 0) sscanf(line + 7, "%31s", out);
  }
  fclose(f);
}

// On a pool thread.
static void Execute(napi_env env, void* data) {
  job* j = data;
  j->stack_size = thread_stack_size();
  blocked_signals(j->blocked_before, sizeof j->blocked_before);
  j->result = GoWork(j->index);
  blocked_signals(j->blocked_after, sizeof j->blocked_after);
}

// On the JS thread: callback(index, result, stackSize, sigBlkBefore, sigBlkAfter, status).
static void Complete(napi_env env, napi_status status, void* data) {
  job* j = data;
  napi_value fn, recv, argv[6], ignored;
  napi_get_reference_value(env, j->callback, &fn);
  napi_get_undefined(env, &recv);
  napi_create_int32(env, j->index, &argv[0]);
  napi_create_double(env, (double)j->result, &argv[1]);
  napi_create_double(env, j->stack_size, &argv[2]);
  napi_create_string_utf8(env, j->blocked_before, NAPI_AUTO_LENGTH, &argv[3]);
  napi_create_string_utf8(env, j->blocked_after, NAPI_AUTO_LENGTH, &argv[4]);
  napi_create_int32(env, status, &argv[5]);
  napi_delete_reference(env, j->callback);
  napi_delete_async_work(env, j->work);
  free(j);
  napi_call_function(env, recv, fn, 6, argv, &ignored);  // an exception stays pending: uncaught
}

// queue(index, callback): one async work whose execute calls GoWork(index).
static napi_value Queue(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], name;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  job* j = calloc(1, sizeof(job));
  napi_get_value_int32(env, argv[0], &j->index);
  napi_create_reference(env, argv[1], 1, &j->callback);
  napi_create_string_utf8(env, "GoWork", NAPI_AUTO_LENGTH, &name);
  napi_create_async_work(env, NULL, name, Execute, Complete, j, &j->work);
  napi_queue_async_work(env, j->work);
  return NULL;
}

// spin(ms, goroutines): a long synchronous Go call on the JS thread.
static napi_value Spin(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], result;
  int32_t ms = 0, goroutines = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_int32(env, argv[0], &ms);
  napi_get_value_int32(env, argv[1], &goroutines);
  napi_create_double(env, (double)GoSpin(ms, goroutines), &result);
  return result;
}

// threadFacts(): [stack size, SigBlk] of the calling thread (the JS thread).
static napi_value ThreadFacts(napi_env env, napi_callback_info info) {
  char blocked[32];
  napi_value result, v;
  blocked_signals(blocked, sizeof blocked);
  napi_create_array_with_length(env, 2, &result);
  napi_create_double(env, thread_stack_size(), &v);
  napi_set_element(env, result, 0, v);
  napi_create_string_utf8(env, blocked, NAPI_AUTO_LENGTH, &v);
  napi_set_element(env, result, 1, v);
  return result;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "queue", NAPI_AUTO_LENGTH, Queue, NULL, &fn);
  napi_set_named_property(env, exports, "queue", fn);
  napi_create_function(env, "spin", NAPI_AUTO_LENGTH, Spin, NULL, &fn);
  napi_set_named_property(env, exports, "spin", fn);
  napi_create_function(env, "threadFacts", NAPI_AUTO_LENGTH, ThreadFacts, NULL, &fn);
  napi_set_named_property(env, exports, "threadFacts", fn);
  return exports;
}
