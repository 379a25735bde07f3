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

#endif
