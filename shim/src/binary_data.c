// Creating binary data: ArrayBuffers, typed arrays, DataViews and Node Buffers, and detaching
// ArrayBuffers. The objects are made by napi.js; their memory is native and does not move (see
// ArrayBufferMemory.java), so the data pointers handed out here are the bytes JS reads and writes.
// Reading binary data (napi_get_*_info, napi_is_*) is in buffers.c.
#include "napi_host.h"

#include <string.h>

// The address of the first byte of a freshly made ArrayBuffer or Buffer (slot r).
static napi_status data_of(napi_env env, int32_t slot, int32_t want, void** data) {
  int64_t out[5] = {0};
  int32_t r = napi_host_up.binary_info(rt_id(env), slot, want, out);
  if (r < 0) return SET_STATUS(env, (napi_status)(-r));
  *data = (void*)(intptr_t)out[0];
  return napi_ok;
}

// Finishes a create call: the slot-or-status of the op, then (if asked) the data pointer.
static napi_status created(napi_env env, int32_t r, int32_t want, void** data, napi_value* result) {
  if (r <= 0) return SET_STATUS(env, r < 0 ? (napi_status)(-r) : napi_generic_failure);
  if (data != NULL) {
    napi_status s = data_of(env, r, want, data);
    if (s != napi_ok) return s;
  }
  *result = value_of(r);
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_create_arraybuffer(napi_env env, size_t byte_length, void** data,
                                               napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, result);
  napi_host_scratch_put(env->rt, 0, byte_length);
  int32_t r = napi_host_up.op(rt_id(env), OP_CREATE_ARRAYBUFFER, 0, 0, 0);
  return created(env, r, BINARY_ARRAYBUFFER, data, result);
}

// Node: napi_invalid_arg for a value that is not an ArrayBuffer or an unknown type; a RangeError
// (ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT / _LENGTH) left pending with napi_generic_failure for a
// misaligned offset or a range past the buffer's end.
napi_status NAPI_CDECL napi_create_typedarray(napi_env env, napi_typedarray_type type, size_t length,
                                              napi_value arraybuffer, size_t byte_offset, napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, arraybuffer);
  CHECK_ARG(env, result);
  RETURN_STATUS_IF_FALSE(env, env->rt->kinds[slot_of(arraybuffer)] == KIND_OBJECT, napi_invalid_arg);
  napi_host_scratch_put(env->rt, 0, length);
  napi_host_scratch_put(env->rt, 1, byte_offset);
  int32_t r = napi_host_up.op(rt_id(env), OP_CREATE_TYPEDARRAY, (int32_t)type, slot_of(arraybuffer), 0);
  return napi_host_slot_result(env, r, result);
}

// Node: napi_invalid_arg for a value that is not an ArrayBuffer; a RangeError
// (ERR_NAPI_INVALID_DATAVIEW_ARGS) left pending with napi_pending_exception past the end.
napi_status NAPI_CDECL napi_create_dataview(napi_env env, size_t byte_length, napi_value arraybuffer,
                                            size_t byte_offset, napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, arraybuffer);
  CHECK_ARG(env, result);
  RETURN_STATUS_IF_FALSE(env, env->rt->kinds[slot_of(arraybuffer)] == KIND_OBJECT, napi_invalid_arg);
  napi_host_scratch_put(env->rt, 0, byte_length);
  napi_host_scratch_put(env->rt, 1, byte_offset);
  int32_t r = napi_host_up.op(rt_id(env), OP_CREATE_DATAVIEW, 0, slot_of(arraybuffer), 0);
  return napi_host_slot_result(env, r, result);
}

napi_status NAPI_CDECL napi_detach_arraybuffer(napi_env env, napi_value arraybuffer) {
  CHECK_ENV(env);
  CHECK_VALUE(env, arraybuffer);
  RETURN_STATUS_IF_FALSE(env, env->rt->kinds[slot_of(arraybuffer)] == KIND_OBJECT, napi_arraybuffer_expected);
  int32_t r = napi_host_up.op(rt_id(env), OP_DETACH_ARRAYBUFFER, slot_of(arraybuffer), 0, 0);
  return napi_host_status_result(env, r);
}

napi_status NAPI_CDECL napi_is_detached_arraybuffer(napi_env env, napi_value value, bool* result) {
  CHECK_ENV(env);
  CHECK_VALUE(env, value);
  CHECK_ARG(env, result);
  if (env->rt->kinds[slot_of(value)] != KIND_OBJECT) {
    *result = false;
    return napi_clear_last_error(env);
  }
  int32_t r = napi_host_up.op(rt_id(env), OP_IS_DETACHED, slot_of(value), 0, 0);
  if (r < 0) return SET_STATUS(env, (napi_status)(-r));
  *result = r == 1;
  return napi_clear_last_error(env);
}

// ---- Node Buffers (node_api.h): real Buffer instances of lib/buffer.js ----

napi_status NAPI_CDECL napi_create_buffer(napi_env env, size_t length, void** data, napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, result);
  napi_host_scratch_put(env->rt, 0, length);
  int32_t r = napi_host_up.op(rt_id(env), OP_CREATE_BUFFER, 0, 0, 0);
  return created(env, r, BINARY_VIEW, data, result);
}

napi_status NAPI_CDECL napi_create_buffer_copy(napi_env env, size_t length, const void* data,
                                               void** result_data, napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, result);
  // Node copies without checking; a NULL source with a length would crash there.
  RETURN_STATUS_IF_FALSE(env, data != NULL || length == 0, napi_invalid_arg);
  napi_host_scratch_put(env->rt, 0, length);
  int32_t r = napi_host_up.op(rt_id(env), OP_CREATE_BUFFER, 0, 0, 0);
  void* target = NULL;
  napi_status s = created(env, r, BINARY_VIEW, &target, result);
  if (s != napi_ok) return s;
  if (length > 0) memcpy(target, data, length);
  if (result_data != NULL) *result_data = target;
  return napi_clear_last_error(env);
}

// Node-API 10: a Buffer over part of an existing ArrayBuffer (shares its memory).
napi_status NAPI_CDECL node_api_create_buffer_from_arraybuffer(napi_env env, napi_value arraybuffer,
                                                               size_t byte_offset, size_t byte_length,
                                                               napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, arraybuffer);
  CHECK_ARG(env, result);
  RETURN_STATUS_IF_FALSE(env, env->rt->kinds[slot_of(arraybuffer)] == KIND_OBJECT, napi_arraybuffer_expected);
  napi_host_scratch_put(env->rt, 0, byte_offset);
  napi_host_scratch_put(env->rt, 1, byte_length);
  int32_t r = napi_host_up.op(rt_id(env), OP_BUFFER_FROM_ARRAYBUFFER, 0, slot_of(arraybuffer), 0);
  return napi_host_slot_result(env, r, result);
}
