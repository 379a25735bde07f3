// A minimal Node-API addon: greet(name) returns a greeting, add(a, b) adds two numbers.
// It is built exactly as node-gyp would build it: the napi_* symbols stay undefined and are
// provided by whoever loads the addon (Node.js, or napi-host's shim).
#include <stdio.h>
#include <node_api.h>

// Throws a JS Error naming the failed call and returns NULL (undefined to JS) when status != ok.
#define CHECK(env, call)                                                    \
  do {                                                                      \
    if ((call) != napi_ok) {                                                \
      napi_throw_error((env), NULL, "hello addon: " #call " failed");       \
      return NULL;                                                          \
    }                                                                       \
  } while (0)

static napi_value greet(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value arg;
  CHECK(env, napi_get_cb_info(env, info, &argc, &arg, NULL, NULL));

  char name[128] = "world";
  if (argc >= 1) {
    napi_valuetype type;
    CHECK(env, napi_typeof(env, arg, &type));
    if (type != napi_string) {
      napi_throw_type_error(env, NULL, "greet(name): name must be a string");
      return NULL;
    }
    size_t len;
    CHECK(env, napi_get_value_string_utf8(env, arg, name, sizeof name, &len));
  }

  char text[160];
  snprintf(text, sizeof text, "Hello, %s! (from C)", name);
  napi_value result;
  CHECK(env, napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &result));
  return result;
}

static napi_value add(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 2) {
    napi_throw_type_error(env, NULL, "add(a, b): two numbers expected");
    return NULL;
  }
  double a, b;
  if (napi_get_value_double(env, argv[0], &a) != napi_ok ||
      napi_get_value_double(env, argv[1], &b) != napi_ok) {
    napi_throw_type_error(env, NULL, "add(a, b): both arguments must be numbers");
    return NULL;
  }
  napi_value sum;
  CHECK(env, napi_create_double(env, a + b, &sum));
  return sum;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
    { "greet", NULL, greet, NULL, NULL, NULL, napi_enumerable, NULL },
    { "add", NULL, add, NULL, NULL, NULL, napi_enumerable, NULL },
  };
  CHECK(env, napi_define_properties(env, exports, sizeof props / sizeof props[0], props));
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
