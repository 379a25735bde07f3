// Reports facts about the thread that runs addon code: stack size and blocked signals.
#define _GNU_SOURCE
#include "test_common.h"
#include <pthread.h>
#include <string.h>

static napi_value StackSize(napi_env env, napi_callback_info info) {
  pthread_attr_t attr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstacksize(&attr, &size);
    pthread_attr_destroy(&attr);
  }
  napi_value result;
  NAPI_CALL(env, napi_create_double(env, (double)size, &result));
  return result;
}

// The SigBlk line of /proc/thread-self/status, as text (hex mask).
static napi_value BlockedSignals(napi_env env, napi_callback_info info) {
  char line[256], mask[64] = "?";
  FILE* f = fopen("/proc/thread-self/status", "r");
  if (f != NULL) {
    while (fgets(line, sizeof line, f) != NULL) {
      if (strncmp(line, "SigBlk:", 7) == 0) {
        sscanf(line + 7, "%63s", mask);
      }
    }
    fclose(f);
  }
  napi_value result;
  NAPI_CALL(env, napi_create_string_utf8(env, mask, NAPI_AUTO_LENGTH, &result));
  return result;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "stackSize", StackSize);
  EXPORT_FN(env, exports, "blockedSignals", BlockedSignals);
  return exports;
}
