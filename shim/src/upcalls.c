// The shim's calls into Java. Java installs its upcall stubs once per process; every call the shim
// makes goes through napi_host_up, whose entries run the stub on the thread's own stack when addon
// code has the thread on its native stack (native_stack.c), and call it directly otherwise.
#include "napi_host.h"
#include "native_stack.h"

static napi_host_upcalls java;

NAPI_HOST_EXPORT void napi_host_install_upcalls(const napi_host_upcalls* table) {
  java = *table;
}

// One record per upcall, run by the matching thunk on the thread's stack.
typedef struct upcall {
  int32_t rt, a, b, c, d, result;
  int64_t length;
  const void* in;
  void* out;
} upcall;

static void op_thunk(void* p) {
  upcall* u = p;
  u->result = java.op(u->rt, u->a, u->b, u->c, u->d);
}

static int32_t op(int32_t rt, int32_t op, int32_t a, int32_t b, int32_t c) {
  if (!napi_host_native_stack_active()) return java.op(rt, op, a, b, c);
  upcall u = {.rt = rt, .a = op, .b = a, .c = b, .d = c};
  napi_host_run_on_thread_stack(op_thunk, &u);
  return u.result;
}

typedef struct string_upcall {
  int32_t rt, op, encoding, a, b, result;
  const void* str;
  int64_t length;
} string_upcall;

static void string_op_thunk(void* p) {
  string_upcall* u = p;
  u->result = java.string_op(u->rt, u->op, u->encoding, u->str, u->length, u->a, u->b);
}

static int32_t string_op(int32_t rt, int32_t op, int32_t encoding, const void* str, int64_t length, int32_t a,
                         int32_t b) {
  if (!napi_host_native_stack_active()) return java.string_op(rt, op, encoding, str, length, a, b);
  string_upcall u = {.rt = rt, .op = op, .encoding = encoding, .a = a, .b = b, .str = str, .length = length};
  napi_host_run_on_thread_stack(string_op_thunk, &u);
  return u.result;
}

static void read_string_thunk(void* p) {
  upcall* u = p;
  u->result = java.read_string(u->rt, u->a, u->b, u->out, u->length, (int64_t*)u->in);
}

static int32_t read_string(int32_t rt, int32_t encoding, int32_t slot, void* buf, int64_t bufsize,
                           int64_t* result) {
  if (!napi_host_native_stack_active()) return java.read_string(rt, encoding, slot, buf, bufsize, result);
  upcall u = {.rt = rt, .a = encoding, .b = slot, .out = buf, .length = bufsize, .in = result};
  napi_host_run_on_thread_stack(read_string_thunk, &u);
  return u.result;
}

static void create_function_thunk(void* p) {
  upcall* u = p;
  u->result = java.create_function(u->rt, u->in, u->length, u->out, u->a);
}

static int32_t create_function(int32_t rt, const char* name, int64_t length, void* record, int32_t env_id) {
  if (!napi_host_native_stack_active()) return java.create_function(rt, name, length, record, env_id);
  upcall u = {.rt = rt, .in = name, .length = length, .out = record, .a = env_id};
  napi_host_run_on_thread_stack(create_function_thunk, &u);
  return u.result;
}

static void define_properties_thunk(void* p) {
  upcall* u = p;
  u->result = java.define_properties(u->rt, u->a, u->length, u->in);
}

static int32_t define_properties(int32_t rt, int32_t object, int64_t count, const void* descriptors) {
  if (!napi_host_native_stack_active()) return java.define_properties(rt, object, count, descriptors);
  upcall u = {.rt = rt, .a = object, .length = count, .in = descriptors};
  napi_host_run_on_thread_stack(define_properties_thunk, &u);
  return u.result;
}

static void binary_info_thunk(void* p) {
  upcall* u = p;
  u->result = java.binary_info(u->rt, u->a, u->b, u->out);
}

static int32_t binary_info(int32_t rt, int32_t slot, int32_t want, int64_t* out) {
  if (!napi_host_native_stack_active()) return java.binary_info(rt, slot, want, out);
  upcall u = {.rt = rt, .a = slot, .b = want, .out = out};
  napi_host_run_on_thread_stack(binary_info_thunk, &u);
  return u.result;
}

static void async_queue_thunk(void* p) {
  upcall* u = p;
  u->result = java.async_queue(u->rt, u->out);
}

static int32_t async_queue(int32_t rt, void* work) {
  if (!napi_host_native_stack_active()) return java.async_queue(rt, work);
  upcall u = {.rt = rt, .out = work};
  napi_host_run_on_thread_stack(async_queue_thunk, &u);
  return u.result;
}

static void async_cancel_thunk(void* p) {
  upcall* u = p;
  u->result = java.async_cancel(u->rt, u->out);
}

static int32_t async_cancel(int32_t rt, void* work) {
  if (!napi_host_native_stack_active()) return java.async_cancel(rt, work);
  upcall u = {.rt = rt, .out = work};
  napi_host_run_on_thread_stack(async_cancel_thunk, &u);
  return u.result;
}

napi_host_upcalls napi_host_up = {
    .op = op,
    .string_op = string_op,
    .read_string = read_string,
    .create_function = create_function,
    .define_properties = define_properties,
    .binary_info = binary_info,
    .async_queue = async_queue,
    .async_cancel = async_cancel,
};
