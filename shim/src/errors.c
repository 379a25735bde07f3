// Errors: last-error info, throwing, error objects and pending exceptions.
#include "napi_host.h"

#include <string.h>

static const char* const error_messages[] = {
    NULL,
    "Invalid argument",
    "An object was expected",
    "A string was expected",
    "A string or symbol was expected",
    "A function was expected",
    "A number was expected",
    "A boolean was expected",
    "An array was expected",
    "Unknown failure",
    "An exception is pending",
    "The async work item was cancelled",
    "napi_escape_handle already called on scope",
    "Invalid handle scope usage",
    "Invalid callback scope usage",
    "Thread-safe function queue is full",
    "Thread-safe function handle is closing",
    "A bigint was expected",
    "A date was expected",
    "An arraybuffer was expected",
    "A detachable arraybuffer was expected",
    "Main thread would deadlock",
    "External buffers are not allowed",
    "Cannot run JavaScript",
};

#define LAST_STATUS napi_cannot_run_js

napi_status napi_host_set_status(napi_env env, napi_status status) {
  env->last_error.error_code = status;
  env->last_error.engine_error_code = 0;
  env->last_error.engine_reserved = NULL;
  return status;
}

napi_status NAPI_CDECL napi_get_last_error_info(node_api_basic_env basic_env,
                                                const napi_extended_error_info** result) {
  napi_env env = (napi_env)basic_env;
  if (env == NULL) return napi_invalid_arg;
  CHECK_ARG(env, result);
  napi_status code = env->last_error.error_code;
  env->last_error.error_message = (code >= 0 && code <= LAST_STATUS) ? error_messages[code] : NULL;
  *result = &env->last_error;
  // Node: this call itself does not change the last error.
  return napi_ok;
}

static napi_status throw_with_message(napi_env env, int32_t kind, const char* code, const char* msg) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, msg);
  int32_t code_slot = 0;
  if (code != NULL) {
    int32_t r = napi_host_up.string_op(rt_id(env), SOP_CREATE_STRING, ENC_UTF8, code,
                                       (int64_t)strlen(code), 0, 0);
    if (r <= 0) return SET_STATUS(env, r < 0 ? (napi_status)-r : napi_generic_failure);
    code_slot = r;
  }
  int32_t r = napi_host_up.string_op(rt_id(env), SOP_THROW_ERROR, ENC_UTF8, msg, (int64_t)strlen(msg),
                                     kind, code_slot);
  return napi_host_status_result(env, r);
}

napi_status NAPI_CDECL napi_throw_error(napi_env env, const char* code, const char* msg) {
  return throw_with_message(env, ERR_ERROR, code, msg);
}

napi_status NAPI_CDECL napi_throw_type_error(napi_env env, const char* code, const char* msg) {
  return throw_with_message(env, ERR_TYPE, code, msg);
}

napi_status NAPI_CDECL napi_throw_range_error(napi_env env, const char* code, const char* msg) {
  return throw_with_message(env, ERR_RANGE, code, msg);
}

napi_status NAPI_CDECL node_api_throw_syntax_error(napi_env env, const char* code, const char* msg) {
  return throw_with_message(env, ERR_SYNTAX, code, msg);
}

napi_status NAPI_CDECL napi_throw(napi_env env, napi_value error) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, error);
  return napi_host_status_result(env, napi_host_up.op(rt_id(env), OP_THROW, slot_of(error), 0, 0));
}

static napi_status create_error(napi_env env, int32_t kind, napi_value code, napi_value msg,
                                napi_value* result) {
  CHECK_ENV(env);
  CHECK_VALUE(env, msg);
  CHECK_ARG(env, result);
  napi_host_runtime* rt = env->rt;
  RETURN_STATUS_IF_FALSE(env, rt->kinds[slot_of(msg)] == KIND_STRING, napi_string_expected);
  if (code != NULL) {
    CHECK_VALUE(env, code);
    RETURN_STATUS_IF_FALSE(env, rt->kinds[slot_of(code)] == KIND_STRING, napi_string_expected);
  }
  int32_t r = napi_host_up.op(rt->id, OP_CREATE_ERROR, kind, code ? slot_of(code) : 0, slot_of(msg));
  return napi_host_slot_result(env, r, result);
}

napi_status NAPI_CDECL napi_create_error(napi_env env, napi_value code, napi_value msg,
                                         napi_value* result) {
  return create_error(env, ERR_ERROR, code, msg, result);
}

napi_status NAPI_CDECL napi_create_type_error(napi_env env, napi_value code, napi_value msg,
                                              napi_value* result) {
  return create_error(env, ERR_TYPE, code, msg, result);
}

napi_status NAPI_CDECL napi_create_range_error(napi_env env, napi_value code, napi_value msg,
                                               napi_value* result) {
  return create_error(env, ERR_RANGE, code, msg, result);
}

napi_status NAPI_CDECL node_api_create_syntax_error(napi_env env, napi_value code, napi_value msg,
                                                    napi_value* result) {
  return create_error(env, ERR_SYNTAX, code, msg, result);
}

napi_status NAPI_CDECL napi_is_error(napi_env env, napi_value value, bool* result) {
  CHECK_ENV(env);
  CHECK_VALUE(env, value);
  CHECK_ARG(env, result);
  uint8_t kind = env->rt->kinds[slot_of(value)];
  if (kind != KIND_OBJECT && kind != KIND_FUNCTION) {
    *result = false;
    return napi_clear_last_error(env);
  }
  int32_t r = napi_host_up.op(rt_id(env), OP_IS_ERROR, slot_of(value), 0, 0);
  if (r < 0) return SET_STATUS(env, (napi_status)-r);
  *result = r == 1;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_is_exception_pending(napi_env env, bool* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = env->rt->state[ST_PENDING] != 0;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_and_clear_last_exception(napi_env env, napi_value* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  if (env->rt->state[ST_PENDING] == 0) {
    // Node returns undefined when nothing is pending.
    *result = value_of(SLOT_UNDEFINED);
    return napi_clear_last_error(env);
  }
  int32_t r = napi_host_up.op(rt_id(env), OP_TAKE_EXCEPTION, 0, 0, 0);
  return napi_host_slot_result(env, r, result);
}
