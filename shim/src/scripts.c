// napi_run_script: the string runs as a classic script in the global scope (like
// vm.runInThisContext): top-level `var`s and functions become globals. A syntax error or a throw
// stays pending with napi_generic_failure, as in Node.
#include "napi_host.h"

napi_status NAPI_CDECL napi_run_script(napi_env env, napi_value script, napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, script);
  CHECK_ARG(env, result);
  RETURN_STATUS_IF_FALSE(env, env->rt->kinds[slot_of(script)] == KIND_STRING, napi_string_expected);
  int32_t r = napi_host_up.op(rt_id(env), OP_RUN_SCRIPT, slot_of(script), 0, 0);
  return napi_host_slot_result(env, r, result);
}
