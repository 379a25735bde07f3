// Node-API 10 string functions (property keys, external strings). Node 20 cannot load Node-API 10
// addons, so these are checked under napi-host only, against Node's documented contract.
#define NAPI_VERSION 10
#include "test_common.h"
#include <string.h>

static void Put(napi_env env, napi_value list, uint32_t i, napi_value v) {
  napi_set_element(env, list, i, v);
}

// [utf8 key, latin1 key, utf16 key, auto-length utf8 key, explicit-length latin1 key]
static napi_value PropertyKeys(napi_env env, napi_callback_info info) {
  napi_value list, v;
  NAPI_CALL(env, napi_create_array(env, &list));
  NAPI_CALL(env, node_api_create_property_key_utf8(env, "k\xc3\xa9y", 4, &v));
  Put(env, list, 0, v);
  NAPI_CALL(env, node_api_create_property_key_latin1(env, "k\xe9y", 3, &v));
  Put(env, list, 1, v);
  static const char16_t utf16[] = {'k', 0xe9, 'y', 0xd83d, 0xde00, 0};
  NAPI_CALL(env, node_api_create_property_key_utf16(env, utf16, NAPI_AUTO_LENGTH, &v));
  Put(env, list, 2, v);
  NAPI_CALL(env, node_api_create_property_key_utf8(env, "auto", NAPI_AUTO_LENGTH, &v));
  Put(env, list, 3, v);
  NAPI_CALL(env, node_api_create_property_key_latin1(env, "abcdef", 2, &v));
  Put(env, list, 4, v);
  return list;
}

// Statuses for bad arguments: [utf8 NULL str, latin1 NULL result, utf16 too long, utf8 NULL str length 0]
static napi_value PropertyKeyErrors(napi_env env, napi_callback_info info) {
  napi_value list, v;
  NAPI_CALL(env, napi_create_array(env, &list));
  Put(env, list, 0, Num(env, node_api_create_property_key_utf8(env, NULL, 3, &v)));
  Put(env, list, 1, Num(env, node_api_create_property_key_latin1(env, "x", 1, NULL)));
  Put(env, list, 2, Num(env, node_api_create_property_key_utf16(env, (const char16_t*)"x\0", (size_t)INT32_MAX + 1, &v)));
  Put(env, list, 3, Num(env, node_api_create_property_key_utf8(env, NULL, 0, &v)));
  return list;
}

static int finalized;
static void* finalized_data;
static void* finalized_hint;

static void Finalize(node_api_basic_env env, void* data, void* hint) {
  finalized++;
  finalized_data = data;
  finalized_hint = hint;
}

static char latin1_text[] = "caf\xe9";
static char16_t utf16_text[] = {'h', 0x20ac, 0xd83d, 0xde00, 0};
static int hint_target;

// [value, copied, finalizer calls so far, finalizer saw the string and hint] for latin1 then utf16,
// then [status with NULL result, finalizer calls after it, copied NULL accepted].
static napi_value ExternalStrings(napi_env env, napi_callback_info info) {
  napi_value list, v;
  bool copied = false;
  NAPI_CALL(env, napi_create_array(env, &list));
  finalized = 0;
  NAPI_CALL(env, node_api_create_external_string_latin1(env, latin1_text, NAPI_AUTO_LENGTH, Finalize,
                                                        &hint_target, &v, &copied));
  Put(env, list, 0, v);
  Put(env, list, 1, Num(env, copied));
  Put(env, list, 2, Num(env, finalized));
  Put(env, list, 3, Num(env, finalized_data == latin1_text && finalized_hint == &hint_target));
  copied = false;
  NAPI_CALL(env, node_api_create_external_string_utf16(env, utf16_text, 4, Finalize, NULL, &v, &copied));
  Put(env, list, 4, v);
  Put(env, list, 5, Num(env, copied));
  Put(env, list, 6, Num(env, finalized));
  Put(env, list, 7, Num(env, finalized_data == utf16_text && finalized_hint == NULL));
  Put(env, list, 8, Num(env, node_api_create_external_string_latin1(env, latin1_text, 4, Finalize, NULL, NULL, &copied)));
  Put(env, list, 9, Num(env, finalized));
  NAPI_CALL(env, node_api_create_external_string_latin1(env, latin1_text, 2, NULL, NULL, &v, NULL));
  Put(env, list, 10, v);
  return list;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "propertyKeys", PropertyKeys);
  EXPORT_FN(env, exports, "propertyKeyErrors", PropertyKeyErrors);
  EXPORT_FN(env, exports, "externalStrings", ExternalStrings);
  return exports;
}
