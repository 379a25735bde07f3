// Creating binary data from native code: ArrayBuffers, typed arrays, DataViews, Buffers,
// detaching; data pointers shared with JS; statuses and pending RangeErrors as in Node.
#define NAPI_VERSION 8
#include "test_common.h"
#include <stdint.h>
#include <string.h>

static size_t Size(napi_env env, napi_value v) {
  double d = 0;
  napi_get_value_double(env, v, &d);
  return (size_t)d;
}

// createArrayBuffer(n, byte): fills the new buffer with byte through the data pointer.
static napi_value CreateArrayBuffer(napi_env env, napi_callback_info info) {
  ARGS(2);
  void* data = NULL;
  napi_value ab = NULL;
  napi_status s = napi_create_arraybuffer(env, Size(env, argv[0]), &data, &ab);
  if (s == napi_ok) memset(data, (int)Size(env, argv[1]), Size(env, argv[0]));
  return Outcome(env, s, ab);
}

// createArrayBufferNoData(n): data may be NULL; the bytes start as zeros.
static napi_value CreateArrayBufferNoData(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_value ab = NULL;
  napi_status s = napi_create_arraybuffer(env, Size(env, argv[0]), NULL, &ab);
  return Outcome(env, s, ab);
}

// createTypedArray(type, arraybuffer, byteOffset, length)
static napi_value CreateTypedArray(napi_env env, napi_callback_info info) {
  ARGS(4);
  napi_value ta = NULL;
  napi_status s = napi_create_typedarray(env, (napi_typedarray_type)Size(env, argv[0]), Size(env, argv[3]), argv[1],
                                         Size(env, argv[2]), &ta);
  return Outcome(env, s, ta);
}

// createDataView(arraybuffer, byteOffset, byteLength)
static napi_value CreateDataView(napi_env env, napi_callback_info info) {
  ARGS(3);
  napi_value dv = NULL;
  napi_status s = napi_create_dataview(env, Size(env, argv[2]), argv[0], Size(env, argv[1]), &dv);
  return Outcome(env, s, dv);
}

static napi_value Detach(napi_env env, napi_callback_info info) {
  ARGS(1);
  return Outcome(env, napi_detach_arraybuffer(env, argv[0]), NULL);
}

static napi_value IsDetached(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool r = false;
  napi_status s = napi_is_detached_arraybuffer(env, argv[0], &r);
  return Outcome(env, s, Bool(env, r));
}

// info(v): what the matching get_*_info answers: [kind, status, data is NULL, length, type/offset...]
static napi_value Info(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool is_ab, is_ta, is_dv;
  NAPI_CALL(env, napi_is_arraybuffer(env, argv[0], &is_ab));
  NAPI_CALL(env, napi_is_typedarray(env, argv[0], &is_ta));
  NAPI_CALL(env, napi_is_dataview(env, argv[0], &is_dv));
  char text[128];
  void* data = (void*)1;
  size_t length = 99, offset = 99;
  napi_status s;
  if (is_ab) {
    s = napi_get_arraybuffer_info(env, argv[0], &data, &length);
    snprintf(text, sizeof text, "arraybuffer status %d null %d length %zu", s, data == NULL, length);
  } else if (is_ta) {
    napi_typedarray_type type;
    napi_value ab;
    s = napi_get_typedarray_info(env, argv[0], &type, &length, &data, &ab, &offset);
    bool ab_ok = false;
    napi_is_arraybuffer(env, ab, &ab_ok);
    snprintf(text, sizeof text, "typedarray status %d type %d null %d length %zu offset %zu ab %d", s, (int)type,
             data == NULL, length, offset, ab_ok);
  } else if (is_dv) {
    napi_value ab;
    s = napi_get_dataview_info(env, argv[0], &length, &data, &ab, &offset);
    bool ab_ok = false;
    napi_is_arraybuffer(env, ab, &ab_ok);
    snprintf(text, sizeof text, "dataview status %d null %d length %zu offset %zu ab %d", s, data == NULL, length,
             offset, ab_ok);
  } else {
    snprintf(text, sizeof text, "not binary");
  }
  napi_value r;
  NAPI_CALL(env, napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &r));
  return r;
}

// The data pointer and byte length of any binary value (ArrayBuffer or view).
static bool Bytes(napi_env env, napi_value v, uint8_t** data, size_t* length) {
  bool is_ab = false;
  napi_is_arraybuffer(env, v, &is_ab);
  if (is_ab) return napi_get_arraybuffer_info(env, v, (void**)data, length) == napi_ok;
  bool is_dv = false;
  napi_is_dataview(env, v, &is_dv);
  if (is_dv) return napi_get_dataview_info(env, v, length, (void**)data, NULL, NULL) == napi_ok;
  napi_typedarray_type type;
  size_t count;
  if (napi_get_typedarray_info(env, v, &type, &count, (void**)data, NULL, NULL) != napi_ok) return false;
  static const size_t sizes[] = {1, 1, 1, 2, 2, 4, 4, 4, 8, 8, 8, 2};
  *length = count * sizes[type];
  return true;
}

// poke(v, index, byte): writes one byte through the data pointer; returns the byte length.
static napi_value Poke(napi_env env, napi_callback_info info) {
  ARGS(3);
  uint8_t* data;
  size_t length;
  if (!Bytes(env, argv[0], &data, &length)) {
    napi_throw_error(env, NULL, "poke: not binary data");
    return NULL;
  }
  size_t i = Size(env, argv[1]);
  if (i < length) data[i] = (uint8_t)Size(env, argv[2]);
  return Num(env, (double)length);
}

// bytes(v): the bytes as native code sees them, as a plain array.
static napi_value BytesOf(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint8_t* data;
  size_t length;
  if (!Bytes(env, argv[0], &data, &length)) {
    napi_throw_error(env, NULL, "bytes: not binary data");
    return NULL;
  }
  napi_value list;
  NAPI_CALL(env, napi_create_array(env, &list));
  for (size_t i = 0; i < length; i++) NAPI_CALL(env, napi_set_element(env, list, (uint32_t)i, Num(env, data[i])));
  return list;
}

// createBuffer(n): a Buffer whose bytes are i & 255, written through the data pointer.
static napi_value CreateBuffer(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint8_t* data = NULL;
  napi_value buf = NULL;
  size_t n = Size(env, argv[0]);
  napi_status s = napi_create_buffer(env, n, (void**)&data, &buf);
  if (s == napi_ok) {
    for (size_t i = 0; i < n; i++) data[i] = (uint8_t)i;
  }
  return Outcome(env, s, buf);
}

// createBufferCopy(string): a Buffer holding a copy of the string's UTF-8 bytes (NUL included);
// the source is overwritten afterwards, which must not show.
static napi_value CreateBufferCopy(napi_env env, napi_callback_info info) {
  ARGS(1);
  char source[256];
  size_t n;
  NAPI_CALL(env, napi_get_value_string_utf8(env, argv[0], source, sizeof source, &n));
  void* copy = NULL;
  napi_value buf = NULL;
  napi_status s = napi_create_buffer_copy(env, n + 1, source, &copy, &buf);
  bool distinct = copy != (void*)source;
  memset(source, 'X', sizeof source);
  napi_value r = Outcome(env, s, buf);
  NAPI_CALL(env, napi_set_element(env, r, 3, Bool(env, distinct)));
  return r;
}

// statuses(): status codes of misuse, in one line.
static napi_value Statuses(napi_env env, napi_callback_info info) {
  napi_value ab, obj, num, out;
  void* data;
  NAPI_CALL(env, napi_create_arraybuffer(env, 8, &data, &ab));
  NAPI_CALL(env, napi_create_object(env, &obj));
  NAPI_CALL(env, napi_create_int32(env, 3, &num));
  bool b;
  char text[512];
  snprintf(text, sizeof text,
           "arraybuffer(NULL result) %d | typedarray(NULL ab) %d (NULL result) %d (object) %d (number) %d (type 99) %d"
           " | dataview(NULL ab) %d (object) %d (NULL result) %d | detach(NULL) %d (object) %d (number) %d"
           " | is_detached(NULL) %d (NULL result) %d | buffer(NULL result) %d | buffer_copy(NULL result) %d",
           napi_create_arraybuffer(env, 1, &data, NULL), napi_create_typedarray(env, napi_uint8_array, 1, NULL, 0, &out),
           napi_create_typedarray(env, napi_uint8_array, 1, ab, 0, NULL),
           napi_create_typedarray(env, napi_uint8_array, 1, obj, 0, &out),
           napi_create_typedarray(env, napi_uint8_array, 1, num, 0, &out),
           napi_create_typedarray(env, (napi_typedarray_type)99, 1, ab, 0, &out),
           napi_create_dataview(env, 1, NULL, 0, &out), napi_create_dataview(env, 1, obj, 0, &out),
           napi_create_dataview(env, 1, ab, 0, NULL), napi_detach_arraybuffer(env, NULL),
           napi_detach_arraybuffer(env, obj), napi_detach_arraybuffer(env, num),
           napi_is_detached_arraybuffer(env, NULL, &b), napi_is_detached_arraybuffer(env, ab, NULL),
           napi_create_buffer(env, 1, &data, NULL), napi_create_buffer_copy(env, 1, "x", &data, NULL));
  NAPI_CALL(env, napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &out));
  return out;
}

// whilePending(): creation calls refuse to run while an exception is pending.
static napi_value WhilePending(napi_env env, napi_callback_info info) {
  napi_value ab = NULL, out;
  void* data;
  NAPI_CALL(env, napi_create_arraybuffer(env, 8, &data, &ab));
  napi_throw_error(env, NULL, "pending");
  char text[160];
  snprintf(text, sizeof text, "arraybuffer %d typedarray %d dataview %d buffer %d buffer_copy %d",
           napi_create_arraybuffer(env, 1, &data, &out), napi_create_typedarray(env, napi_uint8_array, 1, ab, 0, &out),
           napi_create_dataview(env, 1, ab, 0, &out), napi_create_buffer(env, 1, &data, &out),
           napi_create_buffer_copy(env, 1, "x", &data, &out));
  napi_value e;
  napi_get_and_clear_last_exception(env, &e);
  NAPI_CALL(env, napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &out));
  return out;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "createArrayBuffer", CreateArrayBuffer);
  EXPORT_FN(env, exports, "createArrayBufferNoData", CreateArrayBufferNoData);
  EXPORT_FN(env, exports, "createTypedArray", CreateTypedArray);
  EXPORT_FN(env, exports, "createDataView", CreateDataView);
  EXPORT_FN(env, exports, "detach", Detach);
  EXPORT_FN(env, exports, "isDetached", IsDetached);
  EXPORT_FN(env, exports, "info", Info);
  EXPORT_FN(env, exports, "poke", Poke);
  EXPORT_FN(env, exports, "bytes", BytesOf);
  EXPORT_FN(env, exports, "createBuffer", CreateBuffer);
  EXPORT_FN(env, exports, "createBufferCopy", CreateBufferCopy);
  EXPORT_FN(env, exports, "statuses", Statuses);
  EXPORT_FN(env, exports, "whilePending", WhilePending);
  return exports;
}
