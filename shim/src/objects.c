// Objects and properties: creation, named/keyed/indexed access, and napi_define_properties.
#include "napi_host.h"

#include <stdlib.h>

napi_status NAPI_CDECL napi_create_object(napi_env env, napi_value* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  return napi_host_slot_result(env, napi_host_up.op(rt_id(env), OP_CREATE_OBJECT, 0, 0, 0), result);
}

napi_status NAPI_CDECL napi_create_array(napi_env env, napi_value* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  return napi_host_slot_result(env, napi_host_up.op(rt_id(env), OP_CREATE_ARRAY, -1, 0, 0), result);
}

napi_status NAPI_CDECL napi_create_array_with_length(napi_env env, size_t length, napi_value* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  // Node passes the length as int; larger lengths give an empty array there too.
  int32_t n = length > 0x7fffffff ? 0 : (int32_t)length;
  return napi_host_slot_result(env, napi_host_up.op(rt_id(env), OP_CREATE_ARRAY, n, 0, 0), result);
}

// The upcalls of one named-property operation: the name as a string, the same asking napi.js to keep
// the decoded name, and the op taking the kept name's key-table index (property_keys.c).
typedef struct named_op_codes {
  int32_t by_name, keeping, by_key;
} named_op_codes;

static const named_op_codes GET_NAMED = {SOP_GET_NAMED, SOP_GET_NAMED_KEEP, OP_GET_NAMED_KEY};
static const named_op_codes SET_NAMED = {SOP_SET_NAMED, SOP_SET_NAMED_KEEP, OP_SET_NAMED_KEY};
static const named_op_codes HAS_NAMED = {SOP_HAS_NAMED, SOP_HAS_NAMED_KEEP, OP_HAS_NAMED_KEY};

// Integers only when the name is in the key cache: decoding the C string in Java and handing JS a
// fresh string cost more than the property access.
static int32_t named_op(napi_env env, named_op_codes codes, const char* name, int32_t object, int32_t value) {
  napi_host_runtime* rt = env->rt;
  napi_host_key_miss miss;
  int32_t key = napi_host_key_lookup(rt, name, &miss);
  if (key >= 0) return napi_host_up.op(rt->id, codes.by_key, object, value, key);
  if (miss.index < 0) return napi_host_up.string_op(rt->id, codes.by_name, ENC_UTF8, name, -1, object, value);
  rt->state[ST_ARGS] = miss.index;
  int32_t r = napi_host_up.string_op(rt->id, codes.keeping, ENC_UTF8, name, -1, object, value);
  if (r >= 0) napi_host_key_commit(rt, &miss);
  return r;
}

napi_status NAPI_CDECL napi_set_named_property(napi_env env, napi_value object, const char* utf8name,
                                               napi_value value) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, value);
  CHECK_ARG(env, utf8name);
  CHECK_VALUE(env, object);
  int32_t r = named_op(env, SET_NAMED, utf8name, slot_of(object), slot_of(value));
  return napi_host_status_result(env, r);
}

napi_status NAPI_CDECL napi_get_named_property(napi_env env, napi_value object, const char* utf8name,
                                               napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, result);
  CHECK_ARG(env, utf8name);
  CHECK_VALUE(env, object);
  int32_t r = named_op(env, GET_NAMED, utf8name, slot_of(object), 0);
  return napi_host_slot_result(env, r, result);
}

napi_status NAPI_CDECL napi_has_named_property(napi_env env, napi_value object, const char* utf8name,
                                               bool* result) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, result);
  CHECK_ARG(env, utf8name);
  CHECK_VALUE(env, object);
  int32_t r = named_op(env, HAS_NAMED, utf8name, slot_of(object), 0);
  if (r < 0) return SET_STATUS(env, (napi_status)-r);
  *result = r == 1;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_set_property(napi_env env, napi_value object, napi_value key, napi_value value) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, key);
  CHECK_VALUE(env, value);
  CHECK_VALUE(env, object);
  int32_t r = napi_host_up.op(rt_id(env), OP_SET_PROPERTY, slot_of(object), slot_of(key), slot_of(value));
  return napi_host_status_result(env, r);
}

napi_status NAPI_CDECL napi_get_property(napi_env env, napi_value object, napi_value key, napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, key);
  CHECK_ARG(env, result);
  CHECK_VALUE(env, object);
  int32_t r = napi_host_up.op(rt_id(env), OP_GET_PROPERTY, slot_of(object), slot_of(key), 0);
  return napi_host_slot_result(env, r, result);
}

napi_status NAPI_CDECL napi_has_property(napi_env env, napi_value object, napi_value key, bool* result) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, key);
  CHECK_ARG(env, result);
  CHECK_VALUE(env, object);
  int32_t r = napi_host_up.op(rt_id(env), OP_HAS_PROPERTY, slot_of(object), slot_of(key), 0);
  if (r < 0) return SET_STATUS(env, (napi_status)-r);
  *result = r == 1;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_set_element(napi_env env, napi_value object, uint32_t index, napi_value value) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, value);
  CHECK_VALUE(env, object);
  // The index travels as int32 bits; napi.js reads it back as unsigned.
  int32_t r = napi_host_up.op(rt_id(env), OP_SET_ELEMENT, slot_of(object), (int32_t)index, slot_of(value));
  return napi_host_status_result(env, r);
}

napi_status NAPI_CDECL napi_get_element(napi_env env, napi_value object, uint32_t index, napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, result);
  CHECK_VALUE(env, object);
  int32_t r = napi_host_up.op(rt_id(env), OP_GET_ELEMENT, slot_of(object), (int32_t)index, 0);
  return napi_host_slot_result(env, r, result);
}

napi_status NAPI_CDECL napi_get_array_length(napi_env env, napi_value value, uint32_t* result) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, value);
  CHECK_ARG(env, result);
  int32_t r = napi_host_up.op(rt_id(env), OP_ARRAY_LENGTH, slot_of(value), 0, 0);
  if (r < 0) return SET_STATUS(env, (napi_status)-r);
  // Slot 0 is never a value: napi.js leaves uint32-sized answers there.
  *result = (uint32_t)env->rt->nums[0];
  return napi_clear_last_error(env);
}

// Turns Node-API descriptors into napi_host_property records, making a native function record for
// every method, getter and setter. Shared by napi_define_properties and napi_define_class.
napi_status napi_host_prepare_properties(napi_env env, size_t count, const napi_property_descriptor* in,
                                         napi_host_property* out) {
  napi_host_runtime* rt = env->rt;
  for (size_t i = 0; i < count; i++) {
    const napi_property_descriptor* p = &in[i];
    napi_host_property* o = &out[i];
    o->utf8name = p->utf8name;
    o->name_slot = 0;
    if (p->utf8name == NULL) {
      CHECK_VALUE(env, p->name);
      uint8_t k = rt->kinds[slot_of(p->name)];
      RETURN_STATUS_IF_FALSE(env, k == KIND_STRING || k == KIND_SYMBOL, napi_name_expected);
      o->name_slot = slot_of(p->name);
    }
    o->attributes = (int32_t)p->attributes;
    o->method = o->getter = o->setter = NULL;
    o->value_slot = 0;
    o->reserved = 0;
    if (p->getter != NULL || p->setter != NULL) {
      if (p->getter != NULL) o->getter = napi_host_new_function(env, p->getter, p->data);
      if (p->setter != NULL) o->setter = napi_host_new_function(env, p->setter, p->data);
    } else if (p->method != NULL) {
      o->method = napi_host_new_function(env, p->method, p->data);
    } else {
      CHECK_VALUE(env, p->value);
      o->value_slot = slot_of(p->value);
    }
  }
  return napi_ok;
}

napi_status NAPI_CDECL napi_define_properties(napi_env env, napi_value object, size_t property_count,
                                              const napi_property_descriptor* properties) {
  NAPI_PREAMBLE(env);
  if (property_count > 0) CHECK_ARG(env, properties);
  CHECK_VALUE(env, object);
  // Node converts the target with ToObject: primitives are boxed, undefined/null fail (napi.js).
  napi_host_property stack_buf[16];
  napi_host_property* records = property_count <= 16 ? stack_buf : malloc(property_count * sizeof(*records));
  RETURN_STATUS_IF_FALSE(env, records != NULL, napi_generic_failure);
  napi_status status = napi_host_prepare_properties(env, property_count, properties, records);
  if (status == napi_ok) {
    int32_t r = napi_host_up.define_properties(rt_id(env), slot_of(object), (int64_t)property_count, records);
    if (property_count == 0) r = napi_host_up.op(rt_id(env), OP_TO_OBJECT, slot_of(object), 0, 0);
    status = napi_host_status_result(env, r);
  }
  if (records != stack_buf) free(records);
  return status;
}

// ---- deleting, own properties, elements ----

// Answers of the boolean-returning object ops: 1/0, or a negated status.
static napi_status bool_result(napi_env env, int32_t r, bool* result) {
  if (r < 0) return SET_STATUS(env, (napi_status)-r);
  if (result != NULL) *result = r == 1;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_delete_property(napi_env env, napi_value object, napi_value key, bool* result) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, key);
  CHECK_VALUE(env, object);
  // The result is optional: Node reports whether the property is gone only when asked.
  return bool_result(env, napi_host_up.op(rt_id(env), OP_DELETE_PROPERTY, slot_of(object), slot_of(key), 0),
                     result);
}

napi_status NAPI_CDECL napi_has_own_property(napi_env env, napi_value object, napi_value key, bool* result) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, key);
  CHECK_ARG(env, result);
  CHECK_VALUE(env, object);
  // napi.js converts the object first, then insists on a string or symbol key (napi_name_expected).
  return bool_result(env, napi_host_up.op(rt_id(env), OP_HAS_OWN_PROPERTY, slot_of(object), slot_of(key), 0),
                     result);
}

napi_status NAPI_CDECL napi_has_element(napi_env env, napi_value object, uint32_t index, bool* result) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, result);
  CHECK_VALUE(env, object);
  return bool_result(env, napi_host_up.op(rt_id(env), OP_HAS_ELEMENT, slot_of(object), (int32_t)index, 0),
                     result);
}

napi_status NAPI_CDECL napi_delete_element(napi_env env, napi_value object, uint32_t index, bool* result) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, object);
  return bool_result(env, napi_host_up.op(rt_id(env), OP_DELETE_ELEMENT, slot_of(object), (int32_t)index, 0),
                     result);
}

// ---- key lists ----

napi_status NAPI_CDECL napi_get_all_property_names(napi_env env, napi_value object,
                                                   napi_key_collection_mode key_mode,
                                                   napi_key_filter key_filter,
                                                   napi_key_conversion key_conversion,
                                                   napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, result);
  CHECK_VALUE(env, object);
  // Node rejects modes and conversions it does not know; filter bits outside the five are ignored.
  RETURN_STATUS_IF_FALSE(env, key_mode == napi_key_include_prototypes || key_mode == napi_key_own_only,
                         napi_invalid_arg);
  RETURN_STATUS_IF_FALSE(env, key_conversion == napi_key_keep_numbers || key_conversion == napi_key_numbers_to_strings,
                         napi_invalid_arg);
  int32_t flags = ((int32_t)key_filter & 0x1f) | ((int32_t)key_conversion << 8);
  int32_t r = napi_host_up.op(rt_id(env), OP_PROPERTY_NAMES, slot_of(object), (int32_t)key_mode, flags);
  return napi_host_slot_result(env, r, result);
}

napi_status NAPI_CDECL napi_get_property_names(napi_env env, napi_value object, napi_value* result) {
  // What for-in visits: enumerable string keys along the prototype chain, indices as strings.
  return napi_get_all_property_names(env, object, napi_key_include_prototypes,
                                     (napi_key_filter)(napi_key_enumerable | napi_key_skip_symbols),
                                     napi_key_numbers_to_strings, result);
}

// ---- integrity levels and prototypes ----

napi_status NAPI_CDECL napi_object_freeze(napi_env env, napi_value object) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, object);
  return napi_host_status_result(env, napi_host_up.op(rt_id(env), OP_FREEZE, slot_of(object), 0, 0));
}

napi_status NAPI_CDECL napi_object_seal(napi_env env, napi_value object) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, object);
  return napi_host_status_result(env, napi_host_up.op(rt_id(env), OP_SEAL, slot_of(object), 0, 0));
}

napi_status NAPI_CDECL napi_get_prototype(napi_env env, napi_value object, napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, result);
  CHECK_VALUE(env, object);
  return napi_host_slot_result(env, napi_host_up.op(rt_id(env), OP_GET_PROTOTYPE, slot_of(object), 0, 0), result);
}
