// Classes (napi_define_class), wrapping native data in JS objects (napi_wrap & co.) and type tags.
// The JS side keeps wraps in private class fields and tags in a WeakMap (napi.js), so they never
// show up as properties.
#include "napi_host.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

// ---- classes ----

// Prepares the descriptors whose napi_static bit equals `want_static` into a fresh array.
static napi_status prepare_some(napi_env env, size_t count, const napi_property_descriptor* in, bool want_static,
                                napi_host_property** out, size_t* out_count) {
  *out = NULL;
  *out_count = 0;
  size_t n = 0;
  for (size_t i = 0; i < count; i++) {
    if (((in[i].attributes & napi_static) != 0) == want_static) n++;
  }
  if (n == 0) return napi_ok;
  napi_property_descriptor* picked = malloc(n * sizeof(*picked));
  napi_host_property* records = malloc(n * sizeof(*records));
  if (picked == NULL || records == NULL) {
    free(picked);
    free(records);
    return SET_STATUS(env, napi_generic_failure);
  }
  for (size_t i = 0, j = 0; i < count; i++) {
    if (((in[i].attributes & napi_static) != 0) == want_static) picked[j++] = in[i];
  }
  napi_status status = napi_host_prepare_properties(env, n, picked, records);
  free(picked);
  if (status != napi_ok) {
    free(records);
    return status;
  }
  *out = records;
  *out_count = n;
  return napi_ok;
}

napi_status NAPI_CDECL napi_define_class(napi_env env, const char* utf8name, size_t length,
                                         napi_callback constructor, void* callback_data, size_t property_count,
                                         const napi_property_descriptor* properties, napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, result);
  CHECK_ARG(env, constructor);
  if (property_count > 0) CHECK_ARG(env, properties);
  // Node builds the class name like any string it is given: NULL or a length beyond INT_MAX is refused.
  RETURN_STATUS_IF_FALSE(env, length == NAPI_AUTO_LENGTH || length <= INT_MAX, napi_invalid_arg);
  CHECK_ARG(env, utf8name);
  if (length == NAPI_AUTO_LENGTH) length = strlen(utf8name);

  napi_host_property* on_proto;
  napi_host_property* on_ctor;
  size_t proto_count, ctor_count;
  napi_status status = prepare_some(env, property_count, properties, false, &on_proto, &proto_count);
  if (status != napi_ok) return status;
  status = prepare_some(env, property_count, properties, true, &on_ctor, &ctor_count);
  if (status != napi_ok) {
    free(on_proto);
    return status;
  }

  int32_t r = 0;
  napi_host_function* fn = napi_host_new_function(env, constructor, callback_data);
  if (fn == NULL) {
    status = SET_STATUS(env, napi_generic_failure);
    goto done;
  }
  // The constructor is an ordinary native function: `new`, `super()` from a JS subclass and plain
  // calls all reach the callback, which sees new.target as in Node (napi_get_new_target).
  int32_t ctor = napi_host_up.create_function(rt_id(env), utf8name, (int64_t)length, fn, env->id);
  if (ctor <= 0) {
    status = napi_host_status_result(env, ctor == 0 ? -napi_generic_failure : ctor);
    goto done;
  }
  int32_t proto = napi_host_up.op(rt_id(env), OP_PREPARE_CLASS, ctor, 0, 0);
  if (proto <= 0) {
    status = napi_host_status_result(env, proto == 0 ? -napi_generic_failure : proto);
    goto done;
  }
  // Instance properties live on the prototype, napi_static ones on the constructor itself.
  if (proto_count > 0) r = napi_host_up.define_properties(rt_id(env), proto, (int64_t)proto_count, on_proto);
  napi_host_up.op(rt_id(env), OP_END_CLASS, 0, 0, 0);
  if (r >= 0 && ctor_count > 0) r = napi_host_up.define_properties(rt_id(env), ctor, (int64_t)ctor_count, on_ctor);
  status = napi_host_slot_result(env, r < 0 ? r : ctor, result);
done:
  free(on_proto);
  free(on_ctor);
  return status;
}

// ---- wrapping ----

static bool is_object_kind(napi_env env, napi_value v) {
  uint8_t k = env->rt->kinds[slot_of(v)];
  return k == KIND_OBJECT || k == KIND_FUNCTION || k == KIND_EXTERNAL;
}

napi_status NAPI_CDECL napi_wrap(napi_env env, napi_value js_object, void* native_object, node_api_basic_finalize finalize_cb,
                                 void* finalize_hint, napi_ref* result) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, js_object);
  RETURN_STATUS_IF_FALSE(env, is_object_kind(env, js_object), napi_invalid_arg);
  // Node hands back a weak reference only when there is a finalizer to tell its owner it died.
  if (result != NULL) CHECK_ARG(env, finalize_cb);
  // The wrap is a finalizer record (finalizers.c): freed, and its callback run, when the object is
  // collected or at teardown.
  napi_host_finalizer* w = napi_host_finalizer_new(env, (napi_finalize)finalize_cb, native_object, finalize_hint);
  RETURN_STATUS_IF_FALSE(env, w != NULL, napi_generic_failure);
  // Addresses fit a double exactly (user-space pointers are below 2^53); napi.js keeps the number.
  env->rt->nums[0] = (double)(uintptr_t)w;
  int32_t r = napi_host_up.op(rt_id(env), OP_WRAP, slot_of(js_object), 0, 0);
  if (r < 0) {
    napi_host_finalizer_discard(w);  // already wrapped: napi_invalid_arg
    return napi_host_status_result(env, r);
  }
  // The reference Node hands back is weak (count 0); its owner deletes it from the finalizer, and
  // deleting it earlier means the finalizer never runs.
  if (result != NULL) {
    napi_status s = napi_create_reference(env, js_object, 0, result);
    if (s != napi_ok) return s;
    return napi_host_finalizer_link_ref(env, w, *result);
  }
  return napi_clear_last_error(env);
}

static napi_status unwrap(napi_env env, napi_value js_object, void** result, bool remove) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, js_object);
  if (!remove) CHECK_ARG(env, result);
  RETURN_STATUS_IF_FALSE(env, is_object_kind(env, js_object), napi_invalid_arg);
  int32_t r = napi_host_up.op(rt_id(env), OP_UNWRAP, slot_of(js_object), remove ? 1 : 0, 0);
  if (r < 0) return SET_STATUS(env, (napi_status)-r);
  napi_host_finalizer* w = (napi_host_finalizer*)(uintptr_t)env->rt->nums[0];
  if (result != NULL) *result = w->data;
  // Removing a wrap hands the data back to the addon: its finalizer will never run. napi.js lets go
  // of the record's holder, so the record is freed after the next collection (finalizers.c).
  if (remove) w->cb = NULL;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_unwrap(napi_env env, napi_value js_object, void** result) {
  return unwrap(env, js_object, result, false);
}

napi_status NAPI_CDECL napi_remove_wrap(napi_env env, napi_value js_object, void** result) {
  return unwrap(env, js_object, result, true);
}

// ---- type tags ----

// The 128-bit tag travels to napi.js as four 32-bit words in the argument scratch area.
static void put_tag(napi_env env, const napi_type_tag* tag) {
  int32_t* s = env->rt->state + ST_ARGS;
  s[0] = (int32_t)(uint32_t)tag->lower;
  s[1] = (int32_t)(uint32_t)(tag->lower >> 32);
  s[2] = (int32_t)(uint32_t)tag->upper;
  s[3] = (int32_t)(uint32_t)(tag->upper >> 32);
}

// Unlike most object functions, Node's type-tag functions answer napi_pending_exception when
// undefined/null cannot be converted (the TypeError stays pending either way).
static napi_status tag_target_failure(int32_t r) {
  return r == -napi_object_expected ? napi_pending_exception : (napi_status)-r;
}

napi_status NAPI_CDECL napi_type_tag_object(napi_env env, napi_value object, const napi_type_tag* type_tag) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, object);
  // Node converts the object before looking at the tag: undefined/null fail first (napi.js).
  int32_t r = napi_host_up.op(rt_id(env), OP_TO_OBJECT, slot_of(object), 0, 0);
  if (r < 0) return SET_STATUS(env, tag_target_failure(r));
  CHECK_ARG(env, type_tag);
  put_tag(env, type_tag);
  return napi_host_status_result(env, napi_host_up.op(rt_id(env), OP_TYPE_TAG, slot_of(object), 0, 0));
}

napi_status NAPI_CDECL napi_check_object_type_tag(napi_env env, napi_value object, const napi_type_tag* type_tag,
                                                  bool* result) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, object);
  int32_t r = napi_host_up.op(rt_id(env), OP_TO_OBJECT, slot_of(object), 0, 0);
  if (r < 0) return SET_STATUS(env, tag_target_failure(r));
  CHECK_ARG(env, type_tag);
  CHECK_ARG(env, result);
  put_tag(env, type_tag);
  r = napi_host_up.op(rt_id(env), OP_CHECK_TYPE_TAG, slot_of(object), 0, 0);
  if (r < 0) return SET_STATUS(env, (napi_status)-r);
  *result = r == 1;
  return napi_clear_last_error(env);
}
