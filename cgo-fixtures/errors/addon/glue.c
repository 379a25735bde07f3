// Node-API glue for the errors fixture: a Go error becomes a JS Error (code ERR_GO) whose message
// is the Go error's message.
#include <node_api.h>
#include <stdlib.h>
// The Go functions' declarations come from the header cgo writes (passed with -include).

// Throws the Go error and frees its message; returns NULL for the callback to return.
static napi_value throw_go_error(napi_env env, char* message) {
  napi_throw_error(env, "ERR_GO", message);
  GoFree(message);
  return NULL;
}

static napi_value ParsePort(napi_env env, napi_callback_info info) {
  size_t argc = 1, len = 0;
  napi_value argv[1], result;
  char text[64];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (napi_get_value_string_utf8(env, argv[0], text, sizeof text, &len) != napi_ok) {
    napi_throw_type_error(env, NULL, "parsePort needs a string");
    return NULL;
  }
  char* err = NULL;
  int port = GoParsePort(text, &err);
  if (err != NULL) return throw_go_error(env, err);
  napi_create_int32(env, port, &result);
  return result;
}

static napi_value Divide(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], result;
  int32_t a = 0, b = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_int32(env, argv[0], &a);
  napi_get_value_int32(env, argv[1], &b);
  char* err = NULL;
  int q = GoDivide(a, b, &err);
  if (err != NULL) return throw_go_error(env, err);
  napi_create_int32(env, q, &result);
  return result;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "parsePort", NAPI_AUTO_LENGTH, ParsePort, NULL, &fn);
  napi_set_named_property(env, exports, "parsePort", fn);
  napi_create_function(env, "divide", NAPI_AUTO_LENGTH, Divide, NULL, &fn);
  napi_set_named_property(env, exports, "divide", fn);
  return exports;
}
