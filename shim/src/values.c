// Values and conversions: singletons, numbers, booleans, strings, typeof, strict equality.
// Primitives are made and read here without calling into Java.
#include "napi_host.h"

#include <limits.h>
#include <math.h>
#include <string.h>

static napi_status push_primitive(napi_env env, uint8_t kind, double num, napi_value* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  int32_t s = napi_host_push(env->rt, kind, num);
  RETURN_STATUS_IF_FALSE(env, s != 0, napi_generic_failure);
  *result = value_of(s);
  return napi_clear_last_error(env);
}

static napi_status fixed_slot(napi_env env, int32_t slot, napi_value* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  *result = value_of(slot);
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_undefined(napi_env env, napi_value* result) {
  return fixed_slot(env, SLOT_UNDEFINED, result);
}

napi_status NAPI_CDECL napi_get_null(napi_env env, napi_value* result) {
  return fixed_slot(env, SLOT_NULL, result);
}

napi_status NAPI_CDECL napi_get_global(napi_env env, napi_value* result) {
  return fixed_slot(env, SLOT_GLOBAL, result);
}

napi_status NAPI_CDECL napi_get_boolean(napi_env env, bool value, napi_value* result) {
  return fixed_slot(env, value ? SLOT_TRUE : SLOT_FALSE, result);
}

napi_status NAPI_CDECL napi_create_int32(napi_env env, int32_t value, napi_value* result) {
  return push_primitive(env, KIND_NUMBER, (double)value, result);
}

napi_status NAPI_CDECL napi_create_uint32(napi_env env, uint32_t value, napi_value* result) {
  return push_primitive(env, KIND_NUMBER, (double)value, result);
}

napi_status NAPI_CDECL napi_create_int64(napi_env env, int64_t value, napi_value* result) {
  return push_primitive(env, KIND_NUMBER, (double)value, result);
}

napi_status NAPI_CDECL napi_create_double(napi_env env, double value, napi_value* result) {
  return push_primitive(env, KIND_NUMBER, value, result);
}

// Reads a number slot; napi_number_expected otherwise.
#define GET_NUMBER(env, value, out)                                                   \
  CHECK_ENV(env);                                                                     \
  CHECK_VALUE(env, value);                                                            \
  RETURN_STATUS_IF_FALSE(env, (env)->rt->kinds[slot_of(value)] == KIND_NUMBER, napi_number_expected); \
  double out = (env)->rt->nums[slot_of(value)]

// ECMAScript ToUint32 (modulo 2^32); non-finite values give 0, as V8's Int32Value/Uint32Value.
static uint32_t to_uint32(double d) {
  if (d >= -2147483648.0 && d < 2147483648.0) {
    int32_t i = (int32_t)d;
    if ((double)i == d) return (uint32_t)i;  // the common case: an int32 already
  }
  if (!isfinite(d)) return 0;
  double t = trunc(d);
  if (t >= 0 && t < 4294967296.0) return (uint32_t)t;
  double m = fmod(t, 4294967296.0);
  if (m < 0) m += 4294967296.0;
  return (uint32_t)m;
}

napi_status NAPI_CDECL napi_get_value_double(napi_env env, napi_value value, double* result) {
  GET_NUMBER(env, value, d);
  CHECK_ARG(env, result);
  *result = d;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_value_int32(napi_env env, napi_value value, int32_t* result) {
  GET_NUMBER(env, value, d);
  CHECK_ARG(env, result);
  *result = (int32_t)to_uint32(d);
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_value_uint32(napi_env env, napi_value value, uint32_t* result) {
  GET_NUMBER(env, value, d);
  CHECK_ARG(env, result);
  *result = to_uint32(d);
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_value_int64(napi_env env, napi_value value, int64_t* result) {
  GET_NUMBER(env, value, d);
  CHECK_ARG(env, result);
  // Node: non-finite values give 0; values beyond the int64 range saturate.
  if (!isfinite(d)) {
    *result = 0;
  } else if (d >= 9223372036854775808.0) {
    *result = INT64_MAX;
  } else if (d <= -9223372036854775808.0) {
    *result = INT64_MIN;
  } else {
    *result = (int64_t)d;
  }
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_value_bool(napi_env env, napi_value value, bool* result) {
  CHECK_ENV(env);
  CHECK_VALUE(env, value);
  CHECK_ARG(env, result);
  RETURN_STATUS_IF_FALSE(env, env->rt->kinds[slot_of(value)] == KIND_BOOLEAN, napi_boolean_expected);
  *result = env->rt->nums[slot_of(value)] != 0;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_typeof(napi_env env, napi_value value, napi_valuetype* result) {
  CHECK_ENV(env);
  CHECK_VALUE(env, value);
  CHECK_ARG(env, result);
  *result = (napi_valuetype)(env->rt->kinds[slot_of(value)] - 1);
  return napi_clear_last_error(env);
}

// ---- strings: decoding and encoding happen in Java ----

// Makes a string (SOP_CREATE_STRING) or Symbol.for(string) (SOP_SYMBOL_FOR) with Node's argument
// checks: a NULL str only with length 0; lengths above INT_MAX are refused.
static napi_status string_value(napi_env env, int32_t sop, int32_t encoding, const void* str, size_t length,
                                size_t unit, napi_value* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  RETURN_STATUS_IF_FALSE(env, length == 0 || str != NULL, napi_invalid_arg);
  if (length == NAPI_AUTO_LENGTH) {
    if (unit == 1) {
      length = strlen((const char*)str);
    } else {
      const uint16_t* p = str;
      length = 0;
      while (p[length] != 0) length++;
    }
  }
  RETURN_STATUS_IF_FALSE(env, length <= INT_MAX, napi_invalid_arg);
  int32_t r = napi_host_up.string_op(rt_id(env), sop, encoding, str, (int64_t)length, 0, 0);
  return napi_host_slot_result(env, r, result);
}

static napi_status create_string(napi_env env, int32_t encoding, const void* str, size_t length,
                                 size_t unit, napi_value* result) {
  return string_value(env, SOP_CREATE_STRING, encoding, str, length, unit, result);
}

napi_status NAPI_CDECL napi_create_string_utf8(napi_env env, const char* str, size_t length,
                                               napi_value* result) {
  return create_string(env, ENC_UTF8, str, length, 1, result);
}

napi_status NAPI_CDECL napi_create_string_latin1(napi_env env, const char* str, size_t length,
                                                 napi_value* result) {
  return create_string(env, ENC_LATIN1, str, length, 1, result);
}

napi_status NAPI_CDECL napi_create_string_utf16(napi_env env, const char16_t* str, size_t length,
                                                napi_value* result) {
  return create_string(env, ENC_UTF16, str, length, 2, result);
}

// Node-API 10 property keys: V8 internalises them; GraalJS strings have no identity to observe,
// so a property key is simply a string.
napi_status NAPI_CDECL node_api_create_property_key_utf8(napi_env env, const char* str, size_t length,
                                                         napi_value* result) {
  return create_string(env, ENC_UTF8, str, length, 1, result);
}

napi_status NAPI_CDECL node_api_create_property_key_latin1(napi_env env, const char* str, size_t length,
                                                           napi_value* result) {
  return create_string(env, ENC_LATIN1, str, length, 1, result);
}

napi_status NAPI_CDECL node_api_create_property_key_utf16(napi_env env, const char16_t* str, size_t length,
                                                          napi_value* result) {
  return create_string(env, ENC_UTF16, str, length, 2, result);
}

// External strings: the engine cannot borrow native memory, so the text is always copied. Node's
// contract for that case: *copied is true and the finalizer has already run (here, before
// returning) and is never called later.
static napi_status external_string(napi_env env, int32_t encoding, void* str, size_t length, size_t unit,
                                   node_api_basic_finalize finalize_callback, void* finalize_hint,
                                   napi_value* result, bool* copied) {
  napi_status status = create_string(env, encoding, str, length, unit, result);
  if (status != napi_ok) return status;
  if (copied != NULL) *copied = true;
  if (finalize_callback != NULL) finalize_callback(env, str, finalize_hint);
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL node_api_create_external_string_latin1(napi_env env, char* str, size_t length,
                                                              node_api_basic_finalize finalize_callback,
                                                              void* finalize_hint, napi_value* result,
                                                              bool* copied) {
  return external_string(env, ENC_LATIN1, str, length, 1, finalize_callback, finalize_hint, result, copied);
}

napi_status NAPI_CDECL node_api_create_external_string_utf16(napi_env env, char16_t* str, size_t length,
                                                             node_api_basic_finalize finalize_callback,
                                                             void* finalize_hint, napi_value* result,
                                                             bool* copied) {
  return external_string(env, ENC_UTF16, str, length, 2, finalize_callback, finalize_hint, result, copied);
}

// Node-API 9: the registry symbol for a UTF-8 description, as Symbol.for.
napi_status NAPI_CDECL node_api_symbol_for(napi_env env, const char* utf8description, size_t length,
                                           napi_value* result) {
  return string_value(env, SOP_SYMBOL_FOR, ENC_UTF8, utf8description, length, 1, result);
}

static napi_status read_string(napi_env env, int32_t encoding, napi_value value, void* buf,
                               size_t bufsize, size_t* result) {
  CHECK_ENV(env);
  CHECK_VALUE(env, value);
  RETURN_STATUS_IF_FALSE(env, env->rt->kinds[slot_of(value)] == KIND_STRING, napi_string_expected);
  if (buf == NULL) CHECK_ARG(env, result);
  int64_t written = 0;
  int32_t r = napi_host_up.read_string(rt_id(env), encoding, slot_of(value), buf, (int64_t)bufsize, &written);
  if (r < 0) return SET_STATUS(env, (napi_status)(-r));
  if (result != NULL) *result = (size_t)written;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_value_string_utf8(napi_env env, napi_value value, char* buf,
                                                  size_t bufsize, size_t* result) {
  return read_string(env, ENC_UTF8, value, buf, bufsize, result);
}

napi_status NAPI_CDECL napi_get_value_string_latin1(napi_env env, napi_value value, char* buf,
                                                    size_t bufsize, size_t* result) {
  return read_string(env, ENC_LATIN1, value, buf, bufsize, result);
}

napi_status NAPI_CDECL napi_get_value_string_utf16(napi_env env, napi_value value, char16_t* buf,
                                                   size_t bufsize, size_t* result) {
  return read_string(env, ENC_UTF16, value, buf, bufsize, result);
}

napi_status NAPI_CDECL napi_strict_equals(napi_env env, napi_value lhs, napi_value rhs, bool* result) {
  CHECK_ENV(env);
  CHECK_VALUE(env, lhs);
  CHECK_VALUE(env, rhs);
  CHECK_ARG(env, result);
  napi_host_runtime* rt = env->rt;
  uint8_t kl = rt->kinds[slot_of(lhs)], kr = rt->kinds[slot_of(rhs)];
  if (kl != kr) {
    *result = false;
  } else if (kl == KIND_UNDEFINED || kl == KIND_NULL) {
    *result = true;
  } else if (kl == KIND_BOOLEAN || kl == KIND_NUMBER) {
    *result = rt->nums[slot_of(lhs)] == rt->nums[slot_of(rhs)];
  } else {
    int32_t r = napi_host_up.op(rt->id, OP_STRICT_EQUALS, slot_of(lhs), slot_of(rhs), 0);
    if (r < 0) return SET_STATUS(env, (napi_status)-r);
    *result = r == 1;
  }
  return napi_clear_last_error(env);
}
