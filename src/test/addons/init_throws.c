// An addon whose init function throws: require() must throw that error.
#include "test_common.h"

NAPI_MODULE_INIT() {
  napi_throw_error(env, "E_INIT", "init failed on purpose");
  return NULL;
}
