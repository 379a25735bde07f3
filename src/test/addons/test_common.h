// Shared by the C test addons: fail loudly when a Node-API call that should succeed does not.
#ifndef TEST_COMMON_H_
#define TEST_COMMON_H_
#include <node_api.h>
#include <stdio.h>

#define NAPI_CALL(env, call)                                                   \
  do {                                                                         \
    napi_status status_ = (call);                                              \
    if (status_ != napi_ok) {                                                  \
      const napi_extended_error_info* info_ = NULL;                            \
      napi_get_last_error_info((env), &info_);                                 \
      bool pending_ = false;                                                   \
      napi_is_exception_pending((env), &pending_);                             \
      if (!pending_) {                                                         \
        char msg_[256];                                                        \
        snprintf(msg_, sizeof msg_, "%s failed: %s (status %d)", #call,        \
                 info_ && info_->error_message ? info_->error_message : "?",  \
                 (int)status_);                                                \
        napi_throw_error((env), "TEST_NAPI_CALL", msg_);                       \
      }                                                                        \
      return NULL;                                                             \
    }                                                                          \
  } while (0)

#define EXPORT_FN(env, exports, name, fn)                                      \
  do {                                                                         \
    napi_value f_;                                                             \
    NAPI_CALL(env, napi_create_function(env, name, NAPI_AUTO_LENGTH, fn, NULL, &f_)); \
    NAPI_CALL(env, napi_set_named_property(env, exports, name, f_));           \
  } while (0)

#define ARGS(n)                                                          \
  size_t argc = n;                                                       \
  napi_value argv[n];                                                    \
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL))

static inline napi_value Num(napi_env env, double v) {
  napi_value r;
  NAPI_CALL(env, napi_create_double(env, v, &r));
  return r;
}

static inline napi_value Bool(napi_env env, bool v) {
  napi_value r;
  NAPI_CALL(env, napi_get_boolean(env, v, &r));
  return r;
}

static inline napi_value Str(napi_env env, const char* s) {
  napi_value r;
  NAPI_CALL(env, napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &r));
  return r;
}

// [status, value (or undefined), the exception left pending (or undefined)]
static inline napi_value Outcome(napi_env env, napi_status status, napi_value value) {
  napi_value list, undefined, exception;
  napi_get_undefined(env, &undefined);
  exception = undefined;
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (pending) napi_get_and_clear_last_exception(env, &exception);
  NAPI_CALL(env, napi_create_array(env, &list));
  NAPI_CALL(env, napi_set_element(env, list, 0, Num(env, status)));
  NAPI_CALL(env, napi_set_element(env, list, 1, status == napi_ok && value != NULL ? value : undefined));
  NAPI_CALL(env, napi_set_element(env, list, 2, exception));
  return list;
}

#endif
