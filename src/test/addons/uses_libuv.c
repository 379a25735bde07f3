// A Node-API addon that also calls libuv (as some do, e.g. uv_mutex_*): napi-host has no libuv, so
// loading fails, naming the symbol.
#include "test_common.h"

struct uv_mutex_placeholder { char bytes[64]; };
extern int uv_mutex_init(struct uv_mutex_placeholder* mutex);

static struct uv_mutex_placeholder mutex;

napi_value Init(napi_env env, napi_value exports) {
  uv_mutex_init(&mutex);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
