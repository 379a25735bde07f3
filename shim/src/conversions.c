// Values and conversions that need the engine: coercions, brand checks (array, date, promise),
// instanceof, dates, symbols, BigInts and externals. Strings and pure primitives are in values.c.
#include "napi_host.h"

#include <limits.h>

// ---- coercions: ToBoolean / ToNumber / ToObject / ToString ----

// Node runs these under NAPI_PREAMBLE; a failed conversion answers napi_number_expected /
// napi_object_expected / napi_string_expected and leaves the thrown exception pending (napi.js).
static napi_status coerce(napi_env env, int32_t op, napi_value value, napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, value);
  CHECK_ARG(env, result);
  return napi_host_slot_result(env, napi_host_up.op(rt_id(env), op, slot_of(value), 0, 0), result);
}

napi_status NAPI_CDECL napi_coerce_to_bool(napi_env env, napi_value value, napi_value* result) {
  return coerce(env, OP_COERCE_TO_BOOL, value, result);
}

napi_status NAPI_CDECL napi_coerce_to_number(napi_env env, napi_value value, napi_value* result) {
  return coerce(env, OP_COERCE_TO_NUMBER, value, result);
}

napi_status NAPI_CDECL napi_coerce_to_object(napi_env env, napi_value value, napi_value* result) {
  return coerce(env, OP_COERCE_TO_OBJECT, value, result);
}

napi_status NAPI_CDECL napi_coerce_to_string(napi_env env, napi_value value, napi_value* result) {
  return coerce(env, OP_COERCE_TO_STRING, value, result);
}

// ---- brand checks ----

// Only objects can be arrays, dates or promises: other kinds are answered here without the engine.
static napi_status object_check(napi_env env, int32_t op, napi_value value, bool* result) {
  CHECK_ENV(env);
  CHECK_VALUE(env, value);
  CHECK_ARG(env, result);
  if (env->rt->kinds[slot_of(value)] != KIND_OBJECT) {
    *result = false;
    return napi_clear_last_error(env);
  }
  int32_t r = napi_host_up.op(rt_id(env), op, slot_of(value), 0, 0);
  if (r < 0) return SET_STATUS(env, (napi_status)-r);
  *result = r == 1;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_is_array(napi_env env, napi_value value, bool* result) {
  return object_check(env, OP_IS_ARRAY, value, result);
}

napi_status NAPI_CDECL napi_is_date(napi_env env, napi_value value, bool* is_date) {
  return object_check(env, OP_IS_DATE, value, is_date);
}

napi_status NAPI_CDECL napi_is_promise(napi_env env, napi_value value, bool* is_promise) {
  return object_check(env, OP_IS_PROMISE, value, is_promise);
}

// A constructor that is not a function gets Node's TypeError (code ERR_NAPI_CONS_FUNCTION) pending
// and napi_function_expected; undefined/null fail ToObject first (napi_object_expected); a throwing
// Symbol.hasInstance or a non-object prototype gives napi_generic_failure with the error pending.
napi_status NAPI_CDECL napi_instanceof(napi_env env, napi_value object, napi_value constructor, bool* result) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, object);
  CHECK_ARG(env, result);
  *result = false;
  CHECK_VALUE(env, constructor);
  int32_t r = napi_host_up.op(rt_id(env), OP_INSTANCEOF, slot_of(object), slot_of(constructor), 0);
  if (r < 0) return SET_STATUS(env, (napi_status)-r);
  *result = r == 1;
  return napi_clear_last_error(env);
}

// ---- dates: the time value travels as a double in nums[0] (slot 0 is never a value) ----

napi_status NAPI_CDECL napi_create_date(napi_env env, double time, napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, result);
  env->rt->nums[0] = time;
  return napi_host_slot_result(env, napi_host_up.op(rt_id(env), OP_CREATE_DATE, 0, 0, 0), result);
}

napi_status NAPI_CDECL napi_get_date_value(napi_env env, napi_value value, double* result) {
  NAPI_PREAMBLE(env);
  CHECK_VALUE(env, value);
  CHECK_ARG(env, result);
  RETURN_STATUS_IF_FALSE(env, env->rt->kinds[slot_of(value)] == KIND_OBJECT, napi_date_expected);
  int32_t r = napi_host_up.op(rt_id(env), OP_DATE_VALUE, slot_of(value), 0, 0);
  if (r < 0) return SET_STATUS(env, (napi_status)-r);
  *result = env->rt->nums[0];
  return napi_clear_last_error(env);
}

// ---- symbols (node_api_symbol_for is with the strings in values.c) ----

napi_status NAPI_CDECL napi_create_symbol(napi_env env, napi_value description, napi_value* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  int32_t desc = 0;
  if (description != NULL) {
    CHECK_VALUE(env, description);
    RETURN_STATUS_IF_FALSE(env, env->rt->kinds[slot_of(description)] == KIND_STRING, napi_string_expected);
    desc = slot_of(description);
  }
  return napi_host_slot_result(env, napi_host_up.op(rt_id(env), OP_CREATE_SYMBOL, desc, 0, 0), result);
}

// ---- BigInts: 64-bit values and words cross through the scratch words (napi_host.h) ----

static napi_status bigint_from_64(napi_env env, uint64_t bits, int32_t is_signed, napi_value* result) {
  CHECK_ENV(env);
  CHECK_ARG(env, result);
  napi_host_scratch_put(env->rt, 0, bits);
  return napi_host_slot_result(env, napi_host_up.op(rt_id(env), OP_BIGINT_FROM_64, is_signed, 0, 0), result);
}

napi_status NAPI_CDECL napi_create_bigint_int64(napi_env env, int64_t value, napi_value* result) {
  return bigint_from_64(env, (uint64_t)value, 1, result);
}

napi_status NAPI_CDECL napi_create_bigint_uint64(napi_env env, uint64_t value, napi_value* result) {
  return bigint_from_64(env, value, 0, result);
}

napi_status NAPI_CDECL napi_create_bigint_words(napi_env env, int sign_bit, size_t word_count,
                                                const uint64_t* words, napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, words);
  CHECK_ARG(env, result);
  RETURN_STATUS_IF_FALSE(env, word_count <= INT_MAX, napi_invalid_arg);
  napi_host_runtime* rt = env->rt;
  // Most significant chunk first; each call extends the part built so far.
  size_t remaining = word_count;
  int32_t high = 0;
  do {
    size_t n = remaining > SCRATCH_WORDS ? SCRATCH_WORDS : remaining;
    size_t first = remaining - n;
    for (size_t i = 0; i < n; i++) napi_host_scratch_put(rt, (int32_t)i, words[first + i]);
    int32_t sign = first == 0 && sign_bit != 0 ? 1 : 0;
    int32_t r = napi_host_up.op(rt->id, OP_BIGINT_FROM_WORDS, high, (int32_t)n, sign);
    if (r <= 0) return SET_STATUS(env, r < 0 ? (napi_status)-r : napi_generic_failure);
    high = r;
    remaining = first;
  } while (remaining > 0);
  *result = value_of(high);
  return napi_clear_last_error(env);
}

static napi_status bigint_to_64(napi_env env, napi_value value, int32_t is_signed, uint64_t* bits,
                                bool* lossless) {
  CHECK_ENV(env);
  CHECK_VALUE(env, value);
  CHECK_ARG(env, bits);
  CHECK_ARG(env, lossless);
  RETURN_STATUS_IF_FALSE(env, env->rt->kinds[slot_of(value)] == KIND_BIGINT, napi_bigint_expected);
  int32_t r = napi_host_up.op(rt_id(env), OP_BIGINT_TO_64, slot_of(value), is_signed, 0);
  if (r < 0) return SET_STATUS(env, (napi_status)-r);
  *bits = napi_host_scratch_get(env->rt, 0);
  *lossless = r == 1;
  return napi_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_value_bigint_int64(napi_env env, napi_value value, int64_t* result,
                                                   bool* lossless) {
  return bigint_to_64(env, value, 1, (uint64_t*)result, lossless);
}

napi_status NAPI_CDECL napi_get_value_bigint_uint64(napi_env env, napi_value value, uint64_t* result,
                                                    bool* lossless) {
  return bigint_to_64(env, value, 0, result, lossless);
}

// With sign_bit and words both NULL only the word count is answered. Otherwise at most *word_count
// (least significant) words are written and *word_count becomes the number the value needs.
napi_status NAPI_CDECL napi_get_value_bigint_words(napi_env env, napi_value value, int* sign_bit,
                                                   size_t* word_count, uint64_t* words) {
  CHECK_ENV(env);
  CHECK_VALUE(env, value);
  CHECK_ARG(env, word_count);
  napi_host_runtime* rt = env->rt;
  RETURN_STATUS_IF_FALSE(env, rt->kinds[slot_of(value)] == KIND_BIGINT, napi_bigint_expected);
  if (sign_bit == NULL && words == NULL) {
    int32_t r = napi_host_up.op(rt->id, OP_BIGINT_TO_WORDS, slot_of(value), 0, 0);
    if (r < 0) return SET_STATUS(env, (napi_status)-r);
    *word_count = (size_t)r;
    return napi_clear_last_error(env);
  }
  CHECK_ARG(env, sign_bit);
  CHECK_ARG(env, words);
  // Node passes the capacity to V8 as an int.
  size_t capacity = *word_count > INT_MAX ? INT_MAX : *word_count;
  int32_t needed = 0;
  size_t done = 0;
  do {
    size_t n = capacity - done > SCRATCH_WORDS ? SCRATCH_WORDS : capacity - done;
    int32_t r = napi_host_up.op(rt->id, OP_BIGINT_TO_WORDS, slot_of(value), (int32_t)done, (int32_t)n);
    if (r < 0) return SET_STATUS(env, (napi_status)-r);
    needed = r;
    if ((size_t)needed < done + n) n = (size_t)needed > done ? (size_t)needed - done : 0;
    for (size_t i = 0; i < n; i++) words[done + i] = napi_host_scratch_get(rt, (int32_t)i);
    done += n;
  } while (done < capacity && done < (size_t)needed);
  *sign_bit = rt->nums[0] != 0 ? 1 : 0;
  *word_count = (size_t)needed;
  return napi_clear_last_error(env);
}

// ---- externals: objects with napi.js's externalProto; the pointers are kept on the JS side ----

napi_status NAPI_CDECL napi_create_external(napi_env env, void* data, node_api_basic_finalize finalize_cb,
                                            void* finalize_hint, napi_value* result) {
  NAPI_PREAMBLE(env);
  CHECK_ARG(env, result);
  napi_host_runtime* rt = env->rt;
  // The finalizer runs when the external is collected or at teardown (finalizers.c).
  napi_host_finalizer* f = NULL;
  if (finalize_cb != NULL) {
    f = napi_host_finalizer_new(env, (napi_finalize)finalize_cb, data, finalize_hint);
    RETURN_STATUS_IF_FALSE(env, f != NULL, napi_generic_failure);
  }
  napi_host_scratch_put(rt, 0, (uint64_t)(uintptr_t)data);
  napi_host_scratch_put(rt, 1, (uint64_t)(uintptr_t)f);
  int32_t r = napi_host_up.op(rt->id, OP_CREATE_EXTERNAL, 0, 0, 0);
  if (r <= 0 && f != NULL) napi_host_finalizer_discard(f);
  return napi_host_slot_result(env, r, result);
}

napi_status NAPI_CDECL napi_get_value_external(napi_env env, napi_value value, void** result) {
  CHECK_ENV(env);
  CHECK_VALUE(env, value);
  CHECK_ARG(env, result);
  RETURN_STATUS_IF_FALSE(env, env->rt->kinds[slot_of(value)] == KIND_EXTERNAL, napi_invalid_arg);
  int32_t r = napi_host_up.op(rt_id(env), OP_EXTERNAL_VALUE, slot_of(value), 0, 0);
  if (r < 0) return SET_STATUS(env, (napi_status)-r);
  *result = (void*)(uintptr_t)napi_host_scratch_get(env->rt, 0);
  return napi_clear_last_error(env);
}
