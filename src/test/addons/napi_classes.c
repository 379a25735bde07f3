// Classes, wrapped native data and type tags. Exports answer statuses so JS can compare them with Node.
#include "test_common.h"
#include <stdlib.h>
#include <string.h>

#define MAX_ARGS 4

static size_t Args(napi_env env, napi_callback_info info, napi_value* argv, napi_value* self) {
  size_t argc = MAX_ARGS;
  napi_get_cb_info(env, info, &argc, argv, self, NULL);
  return argc;
}

static napi_value Int(napi_env env, int64_t v) {
  napi_value r;
  napi_create_int64(env, v, &r);
  return r;
}

static int64_t GetInt(napi_env env, napi_value v) {
  int64_t r = 0;
  napi_get_value_int64(env, v, &r);
  return r;
}

static napi_value Pair(napi_env env, napi_status status, napi_value value) {
  napi_value out, undef;
  napi_get_undefined(env, &undef);
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (pending) {
    napi_value e;
    napi_get_and_clear_last_exception(env, &e);
  }
  napi_create_array(env, &out);
  napi_set_element(env, out, 0, Int(env, status));
  napi_set_element(env, out, 1, status == napi_ok && value != NULL ? value : undef);
  return out;
}

static void FreeCounter(napi_env env, void* data, void* hint) { free(data); }

// ---- the Counter class ----
static napi_value CounterNew(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS], self, target;
  size_t argc = Args(env, info, a, &self);
  NAPI_CALL(env, napi_get_new_target(env, info, &target));
  if (target == NULL) {
    napi_value s;
    NAPI_CALL(env, napi_create_string_utf8(env, "constructor called without new", NAPI_AUTO_LENGTH, &s));
    return s;
  }
  int64_t* count = malloc(sizeof(*count));
  *count = argc > 0 ? GetInt(env, a[0]) : 0;
  NAPI_CALL(env, napi_wrap(env, self, count, FreeCounter, NULL, NULL));
  NAPI_CALL(env, napi_set_named_property(env, self, "newTarget", target));
  return self;
}

static int64_t* CounterOf(napi_env env, napi_value self) {
  void* p = NULL;
  if (napi_unwrap(env, self, &p) != napi_ok) {
    napi_throw_type_error(env, NULL, "not a Counter");
    return NULL;
  }
  return p;
}

static napi_value Increment(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS], self;
  Args(env, info, a, &self);
  int64_t* c = CounterOf(env, self);
  if (c == NULL) return NULL;
  return Int(env, ++*c);
}

static napi_value GetValue(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS], self;
  Args(env, info, a, &self);
  int64_t* c = CounterOf(env, self);
  return c == NULL ? NULL : Int(env, *c);
}

static napi_value SetValue(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS], self;
  Args(env, info, a, &self);
  int64_t* c = CounterOf(env, self);
  if (c != NULL) *c = GetInt(env, a[0]);
  return NULL;
}

// Static: Counter.create(n) builds an instance of `this` (so subclasses get their own kind).
static napi_value Create(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS], self, r;
  Args(env, info, a, &self);
  NAPI_CALL(env, napi_new_instance(env, self, 1, a, &r));
  return r;
}

static napi_value DefineCounter(napi_env env) {
  napi_value kind, max, cls;
  NAPI_CALL(env, napi_create_string_utf8(env, "counter", NAPI_AUTO_LENGTH, &kind));
  NAPI_CALL(env, napi_create_int32(env, 1000, &max));
  napi_property_descriptor props[] = {
    {"increment", NULL, Increment, NULL, NULL, NULL, napi_default_method, NULL},
    {"value", NULL, NULL, GetValue, SetValue, NULL, napi_default_jsproperty & ~napi_writable, NULL},
    {"readOnly", NULL, NULL, GetValue, NULL, NULL, napi_default, NULL},
    {"kind", NULL, NULL, NULL, NULL, kind, napi_default, NULL},
    {"create", NULL, Create, NULL, NULL, NULL, napi_static | napi_default_method, NULL},
    {"MAX", NULL, NULL, NULL, NULL, max, napi_static | napi_enumerable, NULL},
  };
  NAPI_CALL(env, napi_define_class(env, "Counter", NAPI_AUTO_LENGTH, CounterNew, NULL,
                                   sizeof props / sizeof props[0], props, &cls));
  return cls;
}

// ---- wrapping arbitrary objects ----
static napi_value Wrap(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS];
  Args(env, info, a, NULL);
  int64_t* v = malloc(sizeof(*v));
  *v = GetInt(env, a[1]);
  napi_status st = napi_wrap(env, a[0], v, FreeCounter, NULL, NULL);
  if (st != napi_ok) free(v);
  return Pair(env, st, NULL);
}

static napi_value Unwrap(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS];
  Args(env, info, a, NULL);
  void* p = NULL;
  napi_status st = napi_unwrap(env, a[0], &p);
  return Pair(env, st, st == napi_ok ? Int(env, *(int64_t*)p) : NULL);
}

static napi_value RemoveWrap(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS];
  Args(env, info, a, NULL);
  void* p = NULL;
  napi_status st = napi_remove_wrap(env, a[0], &p);
  napi_value r = st == napi_ok ? Int(env, *(int64_t*)p) : NULL;
  if (st == napi_ok) free(p);
  return Pair(env, st, r);
}

// ---- type tags ----
static const napi_type_tag kTags[] = {
  {0x1234567890abcdefULL, 0xfedcba0987654321ULL},
  {0x1234567890abcdefULL, 0xfedcba0987654322ULL},  // differs from 0 only in the upper half
  {0x1234567890abcdeeULL, 0xfedcba0987654321ULL},  // differs from 0 only in the lower half
};

static napi_value Tag(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS];
  Args(env, info, a, NULL);
  return Pair(env, napi_type_tag_object(env, a[0], &kTags[GetInt(env, a[1])]), NULL);
}

static napi_value CheckTag(napi_env env, napi_callback_info info) {
  napi_value a[MAX_ARGS], b;
  Args(env, info, a, NULL);
  bool r = false;
  napi_status st = napi_check_object_type_tag(env, a[0], &kTags[GetInt(env, a[1])], &r);
  napi_get_boolean(env, r, &b);
  return Pair(env, st, b);
}

// Statuses for arguments JS cannot express.
static napi_value Misuse(napi_env env, napi_callback_info info) {
  napi_value obj, out, r, num;
  void* p;
  bool b;
  napi_ref ref;
  NAPI_CALL(env, napi_create_object(env, &obj));
  NAPI_CALL(env, napi_create_int32(env, 5, &num));
  NAPI_CALL(env, napi_create_array(env, &out));
  napi_property_descriptor bad_name[] = {{NULL, num, Increment, NULL, NULL, NULL, napi_default, NULL}};
  napi_status s[] = {
    napi_define_class(env, NULL, NAPI_AUTO_LENGTH, CounterNew, NULL, 0, NULL, &r),
    napi_define_class(env, "X", NAPI_AUTO_LENGTH, NULL, NULL, 0, NULL, &r),
    napi_define_class(env, "X", NAPI_AUTO_LENGTH, CounterNew, NULL, 0, NULL, NULL),
    napi_define_class(env, "X", NAPI_AUTO_LENGTH, CounterNew, NULL, 1, NULL, &r),
    napi_define_class(env, "X", NAPI_AUTO_LENGTH, CounterNew, NULL, 1, bad_name, &r),
    napi_wrap(env, NULL, &b, NULL, NULL, NULL),
    napi_wrap(env, obj, &b, NULL, NULL, &ref),  // a reference needs a finalizer
    napi_unwrap(env, obj, NULL),
    napi_unwrap(env, NULL, &p),
    napi_remove_wrap(env, obj, NULL),  // nothing wrapped
    napi_type_tag_object(env, obj, NULL),
    napi_check_object_type_tag(env, obj, &kTags[0], NULL),
    napi_check_object_type_tag(env, obj, NULL, &b),
  };
  for (uint32_t i = 0; i < sizeof s / sizeof s[0]; i++) NAPI_CALL(env, napi_set_element(env, out, i, Int(env, s[i])));
  // A class with a name of explicit length.
  NAPI_CALL(env, napi_define_class(env, "Shortened", 5, CounterNew, NULL, 0, NULL, &r));
  NAPI_CALL(env, napi_set_element(env, out, (uint32_t)(sizeof s / sizeof s[0]), r));
  return out;
}

// ---- descriptor combinations: napi_define_class and napi_define_properties ----
// Each method, getter and setter answers (or records, for setters) the label it was given as data,
// so JS can tell which of two descriptors for one key won.
static napi_value Labelled(napi_env env, napi_callback_info info) {
  void* data;
  NAPI_CALL(env, napi_get_cb_info(env, info, NULL, NULL, NULL, &data));
  return Str(env, (const char*)data);
}

static napi_value LabelledSetter(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  napi_value self;
  void* data;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, NULL, &self, &data));
  NAPI_CALL(env, napi_set_named_property(env, self, "lastSet", Str(env, (const char*)data)));
  return NULL;
}

#define METHOD(key, label, attrs) {key, NULL, Labelled, NULL, NULL, NULL, attrs, (void*)label}
#define GETTER(key, label, attrs) {key, NULL, NULL, Labelled, NULL, NULL, attrs, (void*)label}
#define SETTER(key, label, attrs) {key, NULL, NULL, NULL, LabelledSetter, NULL, attrs, (void*)label}
#define ACCESSORS(key, get, set, attrs) {key, NULL, NULL, Labelled, LabelledSetter, NULL, attrs, (void*)get}
#define VALUE(key, v, attrs) {key, NULL, NULL, NULL, NULL, v, attrs, NULL}

// A class with repeated keys (string and symbol), accessors with only one half, a value and an
// accessor on one key, keys given as napi_values, and statics: defineMixed(symbol, name).
static napi_value DefineMixed(napi_env env, napi_callback_info info) {
  ARGS(2);
  napi_value cls;
  napi_property_descriptor props[] = {
    METHOD("m", "m", napi_default_method),
    GETTER("acc", "acc-get-1", napi_default),
    ACCESSORS("acc", "acc-get-2", NULL, napi_enumerable),
    GETTER(NULL, "sym-get-1", napi_default),
    GETTER(NULL, "sym-get-2", napi_default),
    GETTER("getOnly", "getOnly", napi_default),
    SETTER("setOnly", "setOnly", napi_writable),
    VALUE("val", NULL, napi_writable | napi_enumerable),
    VALUE("valThenAcc", NULL, napi_default),
    GETTER("valThenAcc", "valThenAcc-get", napi_configurable),
    METHOD(NULL, "named", napi_default_jsproperty),
    METHOD("methodThenAcc", "methodThenAcc-method", napi_default_method),
    GETTER("methodThenAcc", "methodThenAcc-get", napi_default),
    METHOD("sm", "sm", napi_static | napi_default_method),
    VALUE("sv", NULL, napi_static | napi_enumerable),
    ACCESSORS("sacc", "sacc-get", NULL, napi_static | napi_configurable),
    METHOD(NULL, "static-sym", napi_static),
  };
  props[3].name = props[4].name = props[16].name = argv[0];
  props[10].name = argv[1];
  props[7].value = Str(env, "val");
  props[8].value = Str(env, "valThenAcc-value");
  props[14].value = Str(env, "sv");
  napi_status s = napi_define_class(env, "Mixed", NAPI_AUTO_LENGTH, CounterNew, NULL,
                                    sizeof props / sizeof props[0], props, &cls);
  return Outcome(env, s, cls);
}

// Two napi_static values for one key: the second cannot redefine the first.
static napi_value DefineStaticClash(napi_env env, napi_callback_info info) {
  napi_value cls;
  napi_property_descriptor props[] = {
    VALUE("s", NULL, napi_static),
    VALUE("s", NULL, napi_static),
  };
  props[0].value = Str(env, "first");
  props[1].value = Str(env, "second");
  napi_status s = napi_define_class(env, "Clash", NAPI_AUTO_LENGTH, CounterNew, NULL, 2, props, &cls);
  return Outcome(env, s, cls);
}

// napi_define_properties on an object: defineOn(target, variant) answers [status, target, exception].
static napi_value DefineOn(napi_env env, napi_callback_info info) {
  ARGS(2);
  int32_t variant;
  NAPI_CALL(env, napi_get_value_int32(env, argv[1], &variant));
  napi_property_descriptor props[2];
  size_t n = 2;
  switch (variant) {
    case 0:  // a non-configurable value, then another value for the key
      props[0] = (napi_property_descriptor)VALUE("x", NULL, napi_default);
      props[1] = (napi_property_descriptor)VALUE("x", NULL, napi_default);
      props[0].value = Str(env, "x-1");
      props[1].value = Str(env, "x-2");
      break;
    case 1:  // a configurable accessor, then a non-configurable one
      props[0] = (napi_property_descriptor)GETTER("y", "y-get-1", napi_configurable);
      props[1] = (napi_property_descriptor)GETTER("y", "y-get-2", napi_enumerable);
      break;
    case 2:  // a non-configurable accessor, then another
      props[0] = (napi_property_descriptor)GETTER("z", "z-get-1", napi_default);
      props[1] = (napi_property_descriptor)GETTER("z", "z-get-2", napi_default);
      break;
    case 3:  // a writable value, then the same key writable again (allowed: only the value changes)
      props[0] = (napi_property_descriptor)VALUE("w", NULL, napi_writable);
      props[1] = (napi_property_descriptor)VALUE("w", NULL, napi_writable);
      props[0].value = Str(env, "w-1");
      props[1].value = Str(env, "w-2");
      break;
    default:  // one value (for frozen objects, proxies, primitives)
      props[0] = (napi_property_descriptor)VALUE("v", NULL, napi_default_jsproperty);
      props[0].value = Str(env, "v");
      n = 1;
  }
  napi_status s = napi_define_properties(env, argv[0], n, props);
  return Outcome(env, s, argv[0]);
}

NAPI_MODULE_INIT() {
  napi_value cls = DefineCounter(env);
  if (cls == NULL) return NULL;
  NAPI_CALL(env, napi_set_named_property(env, exports, "Counter", cls));
  EXPORT_FN(env, exports, "wrap", Wrap);
  EXPORT_FN(env, exports, "unwrap", Unwrap);
  EXPORT_FN(env, exports, "removeWrap", RemoveWrap);
  EXPORT_FN(env, exports, "tag", Tag);
  EXPORT_FN(env, exports, "checkTag", CheckTag);
  EXPORT_FN(env, exports, "misuse", Misuse);
  EXPORT_FN(env, exports, "defineMixed", DefineMixed);
  EXPORT_FN(env, exports, "defineStaticClash", DefineStaticClash);
  EXPORT_FN(env, exports, "defineOn", DefineOn);
  return exports;
}
