// Binary data: ArrayBuffers, typed arrays and Buffers as native memory. Every JS ArrayBuffer is
// backed by native memory that does not move (see ArrayBufferMemory.java), so data pointers handed
// to addons stay valid and writes through them are what JS sees, as in Node.
#include "napi_host.h"

static napi_status binary_kind(napi_env env, napi_value value, int32_t* kind) {
  CHECK_ENV(env);
  CHECK_VALUE(env, value);
  uint8_t k = env->rt->kinds[slot_of(value)];
  if (k != KIND_OBJECT) {
    *kind = 0;
    return napi_ok;
  }
  int32_t r = napi_host_up.op(rt_id(env), OP_BINARY_KIND, slot_of(value), 0, 0);
  if (r < 0) return SET_STATUS(env, (napi_status)(-r));
  *kind = r;
  return napi_ok;
}

static napi_status is_binary(napi_env env, napi_value value, bool* result, int32_t mask) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  int32_t kind = 0;
  napi_status s = binary_kind(env, value, &kind);
  if (s != napi_ok) return s;
  *result = (kind & mask) != 0;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_is_arraybuffer(napi_env env, napi_value value, bool* result) {
  return is_binary(env, value, result, BINARY_ARRAYBUFFER);
}

napi_status NAPI_CDECL napi_is_typedarray(napi_env env, napi_value value, bool* result) {
  return is_binary(env, value, result, BINARY_TYPEDARRAY);
}

napi_status NAPI_CDECL napi_is_dataview(napi_env env, napi_value value, bool* result) {
  return is_binary(env, value, result, BINARY_DATAVIEW);
}

// Node 22: any ArrayBufferView counts as a Buffer here.
napi_status NAPI_CDECL napi_is_buffer(napi_env env, napi_value value, bool* result) {
  return is_binary(env, value, result, BINARY_TYPEDARRAY | BINARY_DATAVIEW);
}

static napi_status binary_info(napi_env env, napi_value value, int32_t want, int64_t out[5]) {
  CHECK_ENV(env);
  CHECK_VALUE(env, value);
  RETURN_STATUS_IF_FALSE(env, env->rt->kinds[slot_of(value)] == KIND_OBJECT, napi_invalid_arg);
  int32_t r = napi_host_up.binary_info(rt_id(env), slot_of(value), want, out);
  return r < 0 ? SET_STATUS(env, (napi_status)(-r)) : napi_ok;
}

napi_status NAPI_CDECL napi_get_arraybuffer_info(napi_env env, napi_value arraybuffer, void** data,
                                                 size_t* byte_length) {
  int64_t out[5] = {0};
  napi_status s = binary_info(env, arraybuffer, BINARY_ARRAYBUFFER, out);
  if (s != napi_ok) return s;
  if (data != NULL) *data = (void*)(intptr_t)out[0];
  if (byte_length != NULL) *byte_length = (size_t)out[1];
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_typedarray_info(napi_env env, napi_value typedarray,
                                                napi_typedarray_type* type, size_t* length, void** data,
                                                napi_value* arraybuffer, size_t* byte_offset) {
  int64_t out[5] = {0};
  int32_t want = BINARY_TYPEDARRAY | (arraybuffer != NULL ? BINARY_PUSH_ARRAYBUFFER : 0);
  napi_status s = binary_info(env, typedarray, want, out);
  if (s != napi_ok) return s;
  if (type != NULL) *type = (napi_typedarray_type)out[2];
  if (length != NULL) *length = (size_t)out[1];
  if (data != NULL) *data = (void*)(intptr_t)out[0];
  if (arraybuffer != NULL) *arraybuffer = value_of((int32_t)out[3]);
  if (byte_offset != NULL) *byte_offset = (size_t)out[4];
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_dataview_info(napi_env env, napi_value dataview, size_t* bytelength,
                                              void** data, napi_value* arraybuffer, size_t* byte_offset) {
  int64_t out[5] = {0};
  int32_t want = BINARY_DATAVIEW | (arraybuffer != NULL ? BINARY_PUSH_ARRAYBUFFER : 0);
  napi_status s = binary_info(env, dataview, want, out);
  if (s != napi_ok) return s;
  if (bytelength != NULL) *bytelength = (size_t)out[1];
  if (data != NULL) *data = (void*)(intptr_t)out[0];
  if (arraybuffer != NULL) *arraybuffer = value_of((int32_t)out[3]);
  if (byte_offset != NULL) *byte_offset = (size_t)out[4];
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_buffer_info(napi_env env, napi_value value, void** data, size_t* length) {
  int64_t out[5] = {0};
  napi_status s = binary_info(env, value, BINARY_VIEW, out);
  if (s != napi_ok) return s;
  if (data != NULL) *data = (void*)(intptr_t)out[0];
  if (length != NULL) *length = (size_t)out[1];
  return napi_clear_last_error(env);
}
