// Calls Node-API functions by name (dlsym) with a NULL env, and with this env but every other
// argument NULL or 0, and answers the statuses: a null env or a null out-pointer must never crash
// the shim (issue 3). The functions are called through one generic pointer type: on x86-64 and
// aarch64 every argument slot the call leaves unset is a zero integer register, and a double
// argument (napi_create_double) reads a register the callee then does not use for anything that
// can crash.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "test_common.h"

typedef int (*generic_fn)(void*, void*, void*, void*, void*, void*, void*, void*, void*, void*, void*, void*);

// Functions that must not be called with these arguments: they end the process or return nothing.
static const char* const skipped[] = {"napi_fatal_error", "napi_module_register", NULL};

// Functions whose first parameter is not an env: the env pass would hand them an env as their
// threadsafe function or cleanup handle (a caller bug no runtime can detect).
static const char* const not_env_first[] = {"napi_call_threadsafe_function", "napi_acquire_threadsafe_function",
                                            "napi_release_threadsafe_function", "napi_get_threadsafe_function_context",
                                            "napi_remove_async_cleanup_hook", NULL};

static int listed(const char* const* list, const char* name) {
  for (int i = 0; list[i] != NULL; i++) {
    if (strcmp(list[i], name) == 0) return 1;
  }
  return 0;
}

static int is_skipped(const char* name, bool with_env) {
  return listed(skipped, name) || (with_env && listed(not_env_first, name));
}

// statuses(names, withEnv): [status per name] (-1: skipped, -2: not found).
static napi_value Statuses(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], result;
  bool with_env = false;
  uint32_t n = 0;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  NAPI_CALL(env, napi_get_array_length(env, argv[0], &n));
  NAPI_CALL(env, napi_get_value_bool(env, argv[1], &with_env));
  int32_t* statuses = calloc(n ? n : 1, sizeof(int32_t));
  char name[128];
  for (uint32_t i = 0; i < n; i++) {
    napi_value v;
    size_t len = 0;
    NAPI_CALL(env, napi_get_element(env, argv[0], i, &v));
    NAPI_CALL(env, napi_get_value_string_utf8(env, v, name, sizeof name, &len));
    if (is_skipped(name, with_env)) {
      statuses[i] = -1;
      continue;
    }
    generic_fn f = (generic_fn)dlsym(RTLD_DEFAULT, name);
    if (f == NULL) {
      statuses[i] = -2;
      continue;
    }
    statuses[i] = f(with_env ? (void*)env : NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
    // A function that threw (none should, with these arguments) must not leak into the next one.
    bool pending = false;
    napi_is_exception_pending(env, &pending);
    if (pending) {
      napi_value e;
      napi_get_and_clear_last_exception(env, &e);
      statuses[i] = 1000 + statuses[i];
    }
  }
  NAPI_CALL(env, napi_create_array_with_length(env, n, &result));
  for (uint32_t i = 0; i < n; i++) {
    napi_value s;
    NAPI_CALL(env, napi_create_int32(env, statuses[i], &s));
    NAPI_CALL(env, napi_set_element(env, result, i, s));
  }
  free(statuses);
  return result;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "statuses", Statuses);
  return exports;
}
