// Binary data seen from native code: data pointers into buffers created by plain JS.
#include "test_common.h"
#include <string.h>

// fill(view, byte): writes byte over the view's bytes through the data pointer; returns the length.
static napi_value Fill(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  void* data;
  size_t length;
  NAPI_CALL(env, napi_get_buffer_info(env, argv[0], &data, &length));
  uint32_t byte;
  NAPI_CALL(env, napi_get_value_uint32(env, argv[1], &byte));
  memset(data, (int)byte, length);
  return Num(env, (double)length);
}

// sum(view): the sum of the view's bytes, read through the data pointer.
static napi_value Sum(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  unsigned char* data;
  size_t length;
  NAPI_CALL(env, napi_get_buffer_info(env, argv[0], (void**)&data, &length));
  double sum = 0;
  for (size_t i = 0; i < length; i++) sum += data[i];
  return Num(env, sum);
}

// typedInfo(ta): [type, length, byteOffset, arraybuffer === ta.buffer]; sets element 0 to 42.
static napi_value TypedInfo(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  napi_typedarray_type type;
  size_t length, offset;
  void* data;
  napi_value ab, buffer, result;
  NAPI_CALL(env, napi_get_typedarray_info(env, argv[0], &type, &length, &data, &ab, &offset));
  NAPI_CALL(env, napi_get_named_property(env, argv[0], "buffer", &buffer));
  bool same;
  NAPI_CALL(env, napi_strict_equals(env, ab, buffer, &same));
  if (length > 0) {
    switch (type) {
      case napi_int8_array: case napi_uint8_array: case napi_uint8_clamped_array: ((uint8_t*)data)[0] = 42; break;
      case napi_int16_array: case napi_uint16_array: ((uint16_t*)data)[0] = 42; break;
      case napi_int32_array: case napi_uint32_array: ((uint32_t*)data)[0] = 42; break;
      case napi_float32_array: ((float*)data)[0] = 42; break;
      case napi_float64_array: ((double*)data)[0] = 42; break;
      default: break;
    }
  }
  NAPI_CALL(env, napi_create_array(env, &result));
  napi_value same_v;
  NAPI_CALL(env, napi_get_boolean(env, same, &same_v));
  NAPI_CALL(env, napi_set_element(env, result, 0, Num(env, type)));
  NAPI_CALL(env, napi_set_element(env, result, 1, Num(env, (double)length)));
  NAPI_CALL(env, napi_set_element(env, result, 2, Num(env, (double)offset)));
  NAPI_CALL(env, napi_set_element(env, result, 3, same_v));
  return result;
}

// arrayBufferInfo(ab): byteLength; writes 0xAB into the last byte.
static napi_value ArrayBufferInfo(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  unsigned char* data;
  size_t length;
  NAPI_CALL(env, napi_get_arraybuffer_info(env, argv[0], (void**)&data, &length));
  if (length > 0) data[length - 1] = 0xAB;
  return Num(env, (double)length);
}

// dataViewInfo(dv): [byteLength, byteOffset]; writes 7 into its first byte.
static napi_value DataViewInfo(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  size_t length, offset;
  unsigned char* data;
  NAPI_CALL(env, napi_get_dataview_info(env, argv[0], &length, (void**)&data, NULL, &offset));
  if (length > 0) data[0] = 7;
  napi_value result;
  NAPI_CALL(env, napi_create_array(env, &result));
  NAPI_CALL(env, napi_set_element(env, result, 0, Num(env, (double)length)));
  NAPI_CALL(env, napi_set_element(env, result, 1, Num(env, (double)offset)));
  return result;
}

// kinds(v): "ab,ta,buffer,dv" flags as 0/1.
static napi_value Kinds(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  bool ab, ta, buf, dv;
  NAPI_CALL(env, napi_is_arraybuffer(env, argv[0], &ab));
  NAPI_CALL(env, napi_is_typedarray(env, argv[0], &ta));
  NAPI_CALL(env, napi_is_buffer(env, argv[0], &buf));
  NAPI_CALL(env, napi_is_dataview(env, argv[0], &dv));
  char text[16];
  snprintf(text, sizeof text, "%d%d%d%d", ab, ta, buf, dv);
  napi_value r;
  NAPI_CALL(env, napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &r));
  return r;
}

// statuses(v): statuses of the info calls on a value of the wrong kind.
static napi_value Statuses(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  void* data;
  size_t length;
  char text[32];
  snprintf(text, sizeof text, "%d %d %d", napi_get_buffer_info(env, argv[0], &data, &length),
           napi_get_arraybuffer_info(env, argv[0], &data, &length),
           napi_get_typedarray_info(env, argv[0], NULL, NULL, NULL, NULL, NULL));
  napi_value r;
  NAPI_CALL(env, napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &r));
  return r;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "fill", Fill);
  EXPORT_FN(env, exports, "sum", Sum);
  EXPORT_FN(env, exports, "typedInfo", TypedInfo);
  EXPORT_FN(env, exports, "arrayBufferInfo", ArrayBufferInfo);
  EXPORT_FN(env, exports, "dataViewInfo", DataViewInfo);
  EXPORT_FN(env, exports, "kinds", Kinds);
  EXPORT_FN(env, exports, "statuses", Statuses);
  return exports;
}
