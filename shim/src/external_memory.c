// External ArrayBuffers and Buffers: JS objects whose bytes ARE the addon's memory (no copy), as in
// Node. Java wraps the memory in a direct ByteBuffer and makes it the ArrayBuffer's backing store
// (ArrayBufferMemory.java); the finalizer runs once nothing in JS can reach the memory any more
// (the ArrayBuffer and every view of it are gone), or at teardown.
#include "napi_host.h"

#include <limits.h>

static napi_status create_external_memory(napi_env env, void* data, size_t length, node_api_basic_finalize finalize_cb,
                                          void* finalize_hint, int32_t as_buffer, napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, result);
  // GraalJS ArrayBuffers are at most INT_MAX bytes long.
  RETURN_STATUS_IF_FALSE(env, length <= INT_MAX, napi_invalid_arg);
  napi_host_runtime* rt = env->rt;
  napi_host_finalizer* f = NULL;
  if (finalize_cb != NULL) {
    f = napi_host_finalizer_new(env, (napi_finalize)finalize_cb, data, finalize_hint);
    RETURN_STATUS_IF_FALSE(env, f != NULL, napi_generic_failure);
  }
  napi_host_scratch_put(rt, 0, (uint64_t)(uintptr_t)data);
  napi_host_scratch_put(rt, 1, (uint64_t)length);
  napi_host_scratch_put(rt, 2, (uint64_t)(uintptr_t)f);
  int32_t r = napi_host_up.op(rt->id, OP_EXTERNAL_ARRAYBUFFER, as_buffer, 0, 0);
  if (r <= 0 && f != NULL) napi_host_finalizer_discard(f);
  return napi_host_slot_result(env, r, result);
}

napi_status NAPI_CDECL napi_create_external_arraybuffer(napi_env env, void* external_data, size_t byte_length,
                                                        node_api_basic_finalize finalize_cb, void* finalize_hint,
                                                        napi_value* result) {
  return create_external_memory(env, external_data, byte_length, finalize_cb, finalize_hint, 0, result);
}

napi_status NAPI_CDECL napi_create_external_buffer(napi_env env, size_t length, void* data,
                                                   node_api_basic_finalize finalize_cb, void* finalize_hint,
                                                   napi_value* result) {
  return create_external_memory(env, data, length, finalize_cb, finalize_hint, 1, result);
}
