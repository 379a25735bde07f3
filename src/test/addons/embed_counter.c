// For the embedding tests (EmbeddingApiTest, RuntimeLifecycleTest): state kept per Node-API
// environment, so several runtimes loading this one file each get their own counter; a count of
// initialisations across the process; byte sums of Buffers; and async work that calls back later.
#include <stdlib.h>
#include <stdint.h>
#include "test_common.h"

static int inits;  // how many environments ran init (all runtimes of the process)

typedef struct {
  int64_t count;
} counter_t;

// increment(): this environment's counter (its instance data, as Node's worker threads require),
// incremented.
static napi_value increment(napi_env env, napi_callback_info info) {
  counter_t* c = NULL;
  NAPI_CALL(env, napi_get_instance_data(env, (void**)&c));
  c->count++;
  napi_value result;
  NAPI_CALL(env, napi_create_int64(env, c->count, &result));
  return result;
}

static void free_counter(napi_env env, void* data, void* hint) {
  free(data);
}

static napi_value init_count(napi_env env, napi_callback_info info) {
  napi_value result;
  NAPI_CALL(env, napi_create_int32(env, __atomic_load_n(&inits, __ATOMIC_SEQ_CST), &result));
  return result;
}

static napi_value add(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  double a, b;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 2 || napi_get_value_double(env, argv[0], &a) != napi_ok ||
      napi_get_value_double(env, argv[1], &b) != napi_ok) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "add(a, b): two numbers expected");
    return NULL;
  }
  napi_value result;
  NAPI_CALL(env, napi_create_double(env, a + b, &result));
  return result;
}

// sumBytes(buffer): the sum of its bytes.
static napi_value sum_bytes(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value arg;
  void* data;
  size_t len;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, &arg, NULL, NULL));
  NAPI_CALL(env, napi_get_buffer_info(env, arg, &data, &len));
  double sum = 0;
  for (size_t i = 0; i < len; i++) sum += ((uint8_t*)data)[i];
  napi_value result;
  NAPI_CALL(env, napi_create_double(env, sum, &result));
  return result;
}

typedef struct {
  napi_async_work work;
  napi_ref callback;
  double a, b, sum;
} slow_add_t;

static void slow_add_execute(napi_env env, void* data) {
  slow_add_t* s = data;
  s->sum = s->a + s->b;
}

static void slow_add_complete(napi_env env, napi_status status, void* data) {
  slow_add_t* s = data;
  napi_value cb, global, argv[2];
  napi_get_reference_value(env, s->callback, &cb);
  napi_get_global(env, &global);
  napi_get_null(env, &argv[0]);
  napi_create_double(env, s->sum, &argv[1]);
  napi_call_function(env, global, cb, 2, argv, NULL);
  napi_delete_reference(env, s->callback);
  napi_delete_async_work(env, s->work);
  free(s);
}

// slowAdd(a, b, callback): callback(null, a + b) from the event loop, after the pool computed it.
static napi_value slow_add(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3], name;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  slow_add_t* s = calloc(1, sizeof *s);
  NAPI_CALL(env, napi_get_value_double(env, argv[0], &s->a));
  NAPI_CALL(env, napi_get_value_double(env, argv[1], &s->b));
  NAPI_CALL(env, napi_create_reference(env, argv[2], 1, &s->callback));
  NAPI_CALL(env, napi_create_string_utf8(env, "slowAdd", NAPI_AUTO_LENGTH, &name));
  NAPI_CALL(env, napi_create_async_work(env, NULL, name, slow_add_execute, slow_add_complete, s, &s->work));
  NAPI_CALL(env, napi_queue_async_work(env, s->work));
  return NULL;
}

NAPI_MODULE_INIT() {
  __atomic_add_fetch(&inits, 1, __ATOMIC_SEQ_CST);
  // Per environment; freed when the environment is torn down.
  counter_t* c = calloc(1, sizeof *c);
  NAPI_CALL(env, napi_set_instance_data(env, c, free_counter, NULL));
  EXPORT_FN(env, exports, "increment", increment);
  EXPORT_FN(env, exports, "initCount", init_count);
  EXPORT_FN(env, exports, "add", add);
  EXPORT_FN(env, exports, "sumBytes", sum_bytes);
  EXPORT_FN(env, exports, "slowAdd", slow_add);
  return exports;
}
