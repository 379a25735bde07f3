// Values and conversions (Node-API 9 and below): coercions, brand checks, instanceof, dates,
// symbols, BigInts, externals. Each call reports {status, value, error} so statuses and pending
// exceptions are visible to the test script.
#define NAPI_VERSION 9
#include "test_common.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void Args(napi_env env, napi_callback_info info, size_t n, napi_value* argv) {
  size_t argc = n;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
}

static int32_t Int(napi_env env, napi_value v) {
  int32_t i = 0;
  napi_get_value_int32(env, v, &i);
  return i;
}

// {status, value?, error?}: value only on success; error is the exception left pending (cleared).
static napi_value OutcomeRecord(napi_env env, napi_status status, napi_value value) {
  napi_value o;
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  napi_value error = NULL;
  if (pending) napi_get_and_clear_last_exception(env, &error);
  NAPI_CALL(env, napi_create_object(env, &o));
  napi_set_named_property(env, o, "status", Num(env, status));
  if (status == napi_ok && value != NULL) napi_set_named_property(env, o, "value", value);
  if (error != NULL) napi_set_named_property(env, o, "error", error);
  return o;
}

// ---- coercions ----
static napi_value Coerce(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  Args(env, info, 2, argv);
  napi_value r = NULL;
  napi_status s;
  switch (Int(env, argv[0])) {
    case 0: s = napi_coerce_to_bool(env, argv[1], &r); break;
    case 1: s = napi_coerce_to_number(env, argv[1], &r); break;
    case 2: s = napi_coerce_to_object(env, argv[1], &r); break;
    default: s = napi_coerce_to_string(env, argv[1], &r); break;
  }
  return OutcomeRecord(env, s, r);
}

// Every coercion refuses to run while an exception is pending.
static napi_value CoerceWhilePending(napi_env env, napi_callback_info info) {
  napi_value argv[1], r, list;
  bool b;
  Args(env, info, 1, argv);
  NAPI_CALL(env, napi_create_array(env, &list));
  napi_throw_error(env, NULL, "already pending");
  napi_status s[] = {
      napi_coerce_to_bool(env, argv[0], &r),   napi_coerce_to_number(env, argv[0], &r),
      napi_coerce_to_object(env, argv[0], &r), napi_coerce_to_string(env, argv[0], &r),
      napi_instanceof(env, argv[0], argv[0], &b), napi_create_date(env, 0, &r),
      napi_create_external(env, NULL, NULL, NULL, &r), napi_create_bigint_words(env, 0, 0, (uint64_t*)&b, &r),
  };
  napi_value e;
  napi_get_and_clear_last_exception(env, &e);
  for (uint32_t i = 0; i < sizeof s / sizeof s[0]; i++) napi_set_element(env, list, i, Num(env, s[i]));
  napi_set_element(env, list, sizeof s / sizeof s[0], e);
  return list;
}

// ---- brand checks and instanceof ----
static napi_value Is(napi_env env, napi_callback_info info) {
  napi_value argv[1], list;
  Args(env, info, 1, argv);
  bool a, d, p, e;
  NAPI_CALL(env, napi_is_array(env, argv[0], &a));
  NAPI_CALL(env, napi_is_date(env, argv[0], &d));
  NAPI_CALL(env, napi_is_promise(env, argv[0], &p));
  NAPI_CALL(env, napi_is_error(env, argv[0], &e));
  NAPI_CALL(env, napi_create_array(env, &list));
  napi_set_element(env, list, 0, Bool(env, a));
  napi_set_element(env, list, 1, Bool(env, d));
  napi_set_element(env, list, 2, Bool(env, p));
  napi_set_element(env, list, 3, Bool(env, e));
  return list;
}

static napi_value InstanceOf(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  Args(env, info, 2, argv);
  bool r = true;
  napi_status s = napi_instanceof(env, argv[0], argv[1], &r);
  napi_value out = OutcomeRecord(env, s, Bool(env, r));
  // Node sets *result to false before looking at the constructor.
  napi_set_named_property(env, out, "result", Bool(env, r));
  return out;
}

// ---- dates ----
static napi_value CreateDate(napi_env env, napi_callback_info info) {
  napi_value argv[1], r = NULL;
  Args(env, info, 1, argv);
  double t;
  NAPI_CALL(env, napi_get_value_double(env, argv[0], &t));
  napi_status st = napi_create_date(env, t, &r);
  return OutcomeRecord(env, st, r);
}

static napi_value DateValue(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  Args(env, info, 1, argv);
  double t = -1;
  napi_status s = napi_get_date_value(env, argv[0], &t);
  return OutcomeRecord(env, s, Num(env, t));
}

// ---- symbols ----
static napi_value CreateSymbol(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], r = NULL;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_status st = napi_create_symbol(env, argc == 0 ? NULL : argv[0], &r);
  return OutcomeRecord(env, st, r);
}

// symbolFor(string, length?): the description is read back as UTF-8 and passed with that length
// (or NAPI_AUTO_LENGTH).
static napi_value SymbolFor(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], r = NULL;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  char buf[256];
  size_t len;
  NAPI_CALL(env, napi_get_value_string_utf8(env, argv[0], buf, sizeof buf, &len));
  size_t n = argc > 1 ? (size_t)Int(env, argv[1]) : NAPI_AUTO_LENGTH;
  napi_status st = node_api_symbol_for(env, buf, n, &r);
  return OutcomeRecord(env, st, r);
}

// ---- BigInts (64-bit values are passed to and from JS as decimal strings) ----
static napi_value BigIntFromString(napi_env env, napi_callback_info info) {
  napi_value argv[2], r = NULL;
  Args(env, info, 2, argv);
  char buf[64];
  size_t len;
  NAPI_CALL(env, napi_get_value_string_utf8(env, argv[1], buf, sizeof buf, &len));
  napi_status s;
  if (Int(env, argv[0]) == 1) {
    s = napi_create_bigint_int64(env, strtoll(buf, NULL, 10), &r);
  } else {
    s = napi_create_bigint_uint64(env, strtoull(buf, NULL, 10), &r);
  }
  return OutcomeRecord(env, s, r);
}

static napi_value BigIntToString(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  Args(env, info, 2, argv);
  bool lossless = false;
  char buf[64] = "";
  napi_status s;
  if (Int(env, argv[0]) == 1) {
    int64_t v = 0;
    s = napi_get_value_bigint_int64(env, argv[1], &v, &lossless);
    snprintf(buf, sizeof buf, "%lld", (long long)v);
  } else {
    uint64_t v = 0;
    s = napi_get_value_bigint_uint64(env, argv[1], &v, &lossless);
    snprintf(buf, sizeof buf, "%llu", (unsigned long long)v);
  }
  napi_value out = OutcomeRecord(env, s, Str(env, buf));
  if (s == napi_ok) napi_set_named_property(env, out, "lossless", Bool(env, lossless));
  return out;
}

// fromWords(sign, [hex words, least significant first])
static napi_value BigIntFromWords(napi_env env, napi_callback_info info) {
  napi_value argv[2], r = NULL;
  Args(env, info, 2, argv);
  uint32_t n;
  NAPI_CALL(env, napi_get_array_length(env, argv[1], &n));
  uint64_t* words = calloc(n + 1, sizeof(uint64_t));
  for (uint32_t i = 0; i < n; i++) {
    napi_value w;
    char buf[32];
    size_t len;
    napi_get_element(env, argv[1], i, &w);
    napi_get_value_string_utf8(env, w, buf, sizeof buf, &len);
    words[i] = strtoull(buf, NULL, 16);
  }
  napi_status s = napi_create_bigint_words(env, Int(env, argv[0]), n, words, &r);
  free(words);
  return OutcomeRecord(env, s, r);
}

// toWords(bigint, capacity): capacity < 0 asks for the count only.
static napi_value BigIntToWords(napi_env env, napi_callback_info info) {
  napi_value argv[2], list;
  Args(env, info, 2, argv);
  int32_t cap = Int(env, argv[1]);
  size_t count = cap < 0 ? 0 : (size_t)cap;
  uint64_t* words = calloc(count + 1, sizeof(uint64_t));
  for (size_t i = 0; i <= count; i++) words[i] = 0x5555555555555555ull;  // shows what is not written
  int sign = 7;
  napi_status s = cap < 0 ? napi_get_value_bigint_words(env, argv[0], NULL, &count, NULL)
                          : napi_get_value_bigint_words(env, argv[0], &sign, &count, words);
  napi_value out = OutcomeRecord(env, s, NULL);
  if (s == napi_ok) {
    napi_set_named_property(env, out, "count", Num(env, (double)count));
    napi_set_named_property(env, out, "sign", Num(env, sign));
    NAPI_CALL(env, napi_create_array(env, &list));
    for (int32_t i = 0; i <= cap; i++) {
      char buf[32];
      snprintf(buf, sizeof buf, "%llx", (unsigned long long)words[i]);
      napi_set_element(env, list, (uint32_t)i, Str(env, buf));
    }
    napi_set_named_property(env, out, "words", list);
  }
  free(words);
  return out;
}

// A BigInt of `n` words 0x0101..01 * (i + 1), built and read back in C: exercises values larger
// than one transfer chunk. Answers whether every word and the sign survived.
static napi_value BigIntLargeRoundTrip(napi_env env, napi_callback_info info) {
  napi_value argv[1], big;
  Args(env, info, 1, argv);
  size_t n = (size_t)Int(env, argv[0]);
  uint64_t* words = malloc(n * sizeof(uint64_t));
  uint64_t* back = calloc(n, sizeof(uint64_t));
  for (size_t i = 0; i < n; i++) words[i] = 0x0101010101010101ull * ((i % 255) + 1);
  NAPI_CALL(env, napi_create_bigint_words(env, 1, n, words, &big));
  size_t count = n;
  int sign = 0;
  NAPI_CALL(env, napi_get_value_bigint_words(env, big, &sign, &count, back));
  bool same = count == n && sign == 1 && memcmp(words, back, n * sizeof(uint64_t)) == 0;
  free(words);
  free(back);
  return Bool(env, same);
}

// ---- externals ----
static int external_target = 42;

static void NeverCalled(napi_env env, void* data, void* hint) {}

static napi_value MakeExternal(napi_env env, napi_callback_info info) {
  napi_value argv[1], r = NULL;
  Args(env, info, 1, argv);
  bool with_data = false;
  napi_get_value_bool(env, argv[0], &with_data);
  napi_status s = napi_create_external(env, with_data ? &external_target : NULL, NeverCalled, NULL, &r);
  return OutcomeRecord(env, s, r);
}

// Reads the external's pointer: 42 for &external_target, 0 for NULL.
static napi_value ReadExternal(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  Args(env, info, 1, argv);
  void* p = (void*)1;
  napi_status s = napi_get_value_external(env, argv[0], &p);
  double v = p == &external_target ? *(int*)p : p == NULL ? 0 : -1;
  return OutcomeRecord(env, s, Num(env, v));
}

static napi_value TypeOf(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  Args(env, info, 1, argv);
  napi_valuetype t;
  NAPI_CALL(env, napi_typeof(env, argv[0], &t));
  return Num(env, t);
}

// ---- NULL arguments: napi_invalid_arg everywhere ----
static napi_value NullArgs(napi_env env, napi_callback_info info) {
  napi_value argv[1], v, o, list;
  Args(env, info, 1, argv);
  v = argv[0];
  NAPI_CALL(env, napi_create_object(env, &o));
  bool b;
  double d;
  int64_t i64;
  uint64_t u64, word;
  size_t count = 1;
  int sign;
  void* p;
  uint64_t one = 1;
  napi_status s[] = {
      napi_coerce_to_bool(env, NULL, &v),
      napi_coerce_to_number(env, v, NULL),
      napi_coerce_to_object(env, NULL, &v),
      napi_coerce_to_string(env, v, NULL),
      napi_is_array(env, NULL, &b),
      napi_is_array(env, v, NULL),
      napi_is_date(env, NULL, &b),
      napi_is_promise(env, v, NULL),
      napi_instanceof(env, NULL, o, &b),
      napi_instanceof(env, o, NULL, &b),
      napi_instanceof(env, o, o, NULL),
      napi_create_date(env, 0, NULL),
      napi_get_date_value(env, NULL, &d),
      napi_get_date_value(env, v, NULL),
      napi_create_symbol(env, NULL, NULL),
      node_api_symbol_for(env, NULL, 3, &v),
      node_api_symbol_for(env, "x", 1, NULL),
      napi_create_bigint_int64(env, 1, NULL),
      napi_create_bigint_uint64(env, 1, NULL),
      napi_create_bigint_words(env, 0, 1, NULL, &v),
      napi_create_bigint_words(env, 0, 1, &one, NULL),
      napi_create_bigint_words(env, 0, (size_t)INT32_MAX + 1, &one, &v),
      napi_get_value_bigint_int64(env, NULL, &i64, &b),
      napi_get_value_bigint_uint64(env, v, &u64, NULL),
      napi_get_value_bigint_words(env, v, &sign, NULL, &word),
      napi_get_value_bigint_words(env, v, NULL, &count, &word),
      napi_get_value_bigint_words(env, v, &sign, &count, NULL),
      napi_create_external(env, NULL, NULL, NULL, NULL),
      napi_get_value_external(env, NULL, &p),
      napi_get_value_external(env, v, NULL),
  };
  NAPI_CALL(env, napi_create_array(env, &list));
  for (uint32_t i = 0; i < sizeof s / sizeof s[0]; i++) napi_set_element(env, list, i, Num(env, s[i]));
  return list;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "coerce", Coerce);
  EXPORT_FN(env, exports, "coerceWhilePending", CoerceWhilePending);
  EXPORT_FN(env, exports, "is", Is);
  EXPORT_FN(env, exports, "instanceOf", InstanceOf);
  EXPORT_FN(env, exports, "createDate", CreateDate);
  EXPORT_FN(env, exports, "dateValue", DateValue);
  EXPORT_FN(env, exports, "createSymbol", CreateSymbol);
  EXPORT_FN(env, exports, "symbolFor", SymbolFor);
  EXPORT_FN(env, exports, "bigintFrom", BigIntFromString);
  EXPORT_FN(env, exports, "bigintTo", BigIntToString);
  EXPORT_FN(env, exports, "fromWords", BigIntFromWords);
  EXPORT_FN(env, exports, "toWords", BigIntToWords);
  EXPORT_FN(env, exports, "largeRoundTrip", BigIntLargeRoundTrip);
  EXPORT_FN(env, exports, "makeExternal", MakeExternal);
  EXPORT_FN(env, exports, "readExternal", ReadExternal);
  EXPORT_FN(env, exports, "typeOf", TypeOf);
  EXPORT_FN(env, exports, "nullArgs", NullArgs);
  return exports;
}
