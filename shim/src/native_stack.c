// A native stack for addon code on each JS thread.
//
// Why: native code may assume it has the C stack to itself. Go before 1.21 is the case in point:
// on a thread it did not create, Go takes the stack pointer of its first entry and assumes 32 KB
// below it (g0.stack.lo = sp - 32 KB); a nested entry (JS -> Go -> JS -> Go) that starts deeper
// aborts the process ("fatal: morestack on g0"). In Node the JS between two native frames costs
// ~2 KB of stack; on the JVM one JS -> native -> JS level costs 3.5 KB compiled and ~19 KB while
// GraalJS interprets it, so Go 1.19 could not nest even twice.
//
// How: the JS thread keeps the top half of its stack (16 MB, made so by NativeThreadFactory) for
// native code and runs the JVM below it (napi_host_thread_run). When the JS thread enters addon
// code (a callback, a finalizer, init...), the shim switches to the native half and runs it there;
// when the addon calls back into the engine (every upcall), the shim switches back to the JVM's
// half, just below the frames of the call that left it, and runs the upcall there. The JVM only
// ever sees its frames where it put them (it walks them through the frame anchors the downcall and
// upcall stubs leave, never through native frames), and native code sees a stack holding only
// native frames: nested JS -> native -> JS -> native costs it what the native frames cost, as in
// Node. Both halves are the thread's own stack, so pthread_getattr_np describes both, as native
// runtimes expect (Go 1.21+ checks that its stack pointer is inside those bounds on every call
// and asks again, a syscall, when it is not).
#include "native_stack.h"
#include "napi_host.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

enum {
  NATIVE_STACK_SIZE = 8 << 20,  // the native half: as much as the thread factory gives other threads
  JVM_STACK_MIN = 4 << 20,      // less than this left below the native half: no native half
  GUARD_SIZE = 64 << 10,        // PROT_NONE between the halves: a native overflow faults
  MIN_ROOM = 256 << 10,         // less left than this: run in place (the JVM's stack checks apply there)
  THREAD_RESERVE = 512 << 10,   // left on the JVM's half for the upcalls of a callback entered now
  GAP = 256,                    // left free below a saved stack pointer
};

typedef struct native_stack {
  char* low;            // lowest usable address of the native half; NULL on threads without one
  char* resume;         // where the next switch onto the native half starts
  char* thread_resume;  // where the next switch back onto the JVM's half starts
  char* thread_low;     // the lowest address of the thread's stack
  bool active;          // running on the native half now
} native_stack;

static __thread native_stack current;

// Saves the stack pointer in *save, switches to new_sp (16-byte aligned), calls fn(arg) there and
// comes back. The frame pointer is the CFA, so debuggers and unwinders follow the chain across.
void napi_host_switch_stack(void* arg, void (*fn)(void*), char* new_sp, char** save)
    __attribute__((visibility("hidden")));
__asm__(
    ".text\n"
    ".globl napi_host_switch_stack\n"
    ".hidden napi_host_switch_stack\n"
    ".type napi_host_switch_stack, @function\n"
    ".p2align 4\n"
    "napi_host_switch_stack:\n"
    ".cfi_startproc\n"
    "  pushq %rbp\n"
    ".cfi_def_cfa_offset 16\n"
    ".cfi_offset %rbp, -16\n"
    "  movq %rsp, %rbp\n"
    ".cfi_def_cfa_register %rbp\n"
    "  movq %rsp, (%rcx)\n"
    "  movq %rdx, %rsp\n"
    "  callq *%rsi\n"
    "  movq %rbp, %rsp\n"
    "  popq %rbp\n"
    ".cfi_def_cfa %rsp, 8\n"
    "  ret\n"
    ".cfi_endproc\n"
    ".size napi_host_switch_stack, .-napi_host_switch_stack\n");

static char* below(char* sp) { return (char*)(((uintptr_t)sp - GAP) & ~(uintptr_t)15); }

static char* thread_stack_low(void) {
  char* low = NULL;
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* addr;
    size_t size;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0) low = addr;
    pthread_attr_destroy(&attr);
  }
  return low;
}

static void call_body(void* body) { ((void (*)(void))body)(); }

NAPI_HOST_EXPORT void napi_host_thread_run(void (*body)(void)) {
  native_stack* s = &current;
  char* thread_low = thread_stack_low();
  volatile char here = 0;
  uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
  char* top = below((char*)&here);
  char* low = (char*)(((uintptr_t)top - NATIVE_STACK_SIZE) & ~(page - 1));
  char* guard = low - GUARD_SIZE;
  if (s->low != NULL || thread_low == NULL || guard - JVM_STACK_MIN < thread_low ||
      mprotect(guard, GUARD_SIZE, PROT_NONE) != 0) {
    body();  // a thread without room for a native half: addon code shares the JVM's stack
    return;
  }
  *s = (native_stack){.low = low, .resume = top, .thread_low = thread_low};
  char* unused;
  napi_host_switch_stack((void*)body, call_body, below(guard), &unused);
  *s = (native_stack){0};
  // The stack may go back to glibc's cache for another thread: no hole may stay in it.
  mprotect(guard, GUARD_SIZE, PROT_READ | PROT_WRITE);
}

bool napi_host_thread_stack_exhausted(void) {
  native_stack* s = &current;
  if (s->thread_low == NULL || s->active) return false;
  volatile char here = 0;
  return (char*)&here - s->thread_low < THREAD_RESERVE;
}

bool napi_host_native_stack_active(void) { return current.active; }

void napi_host_run_on_native_stack(void (*fn)(void*), void* arg) {
  native_stack* s = &current;
  if (s->low == NULL || s->active || s->resume - s->low < MIN_ROOM) {
    fn(arg);
    return;
  }
  char* outer = s->thread_resume;
  s->active = true;
  napi_host_switch_stack(arg, fn, below(s->resume), &s->thread_resume);
  s->active = false;
  s->thread_resume = outer;
}

void napi_host_run_on_thread_stack(void (*fn)(void*), void* arg) {
  native_stack* s = &current;
  if (!s->active) {
    fn(arg);
    return;
  }
  char* outer = s->resume;
  s->active = false;
  napi_host_switch_stack(arg, fn, below(s->thread_resume), &s->resume);
  s->active = true;
  s->resume = outer;
}

// ---- the addon callbacks, each packed into one record for the switch ----

enum { CALL_CALLBACK, CALL_INIT, CALL_FINALIZE, CALL_COMPLETE, CALL_TSFN_JS, CALL_HOOK, CALL_ASYNC_HOOK };

typedef struct addon_call {
  int kind;
  void* fn;
  napi_env env;
  void* a;
  void* b;
  void* c;
  napi_status status;
  napi_value result;
} addon_call;

static void run_addon_call(void* p) {
  addon_call* k = p;
  switch (k->kind) {
    case CALL_CALLBACK:
      k->result = ((napi_callback)k->fn)(k->env, (napi_callback_info)k->a);
      break;
    case CALL_INIT:
      k->result = ((napi_addon_register_func)k->fn)(k->env, (napi_value)k->a);
      break;
    case CALL_FINALIZE:
      ((napi_finalize)k->fn)(k->env, k->a, k->b);
      break;
    case CALL_COMPLETE:
      ((napi_async_complete_callback)k->fn)(k->env, k->status, k->a);
      break;
    case CALL_TSFN_JS:
      ((napi_threadsafe_function_call_js)k->fn)(k->env, (napi_value)k->a, k->b, k->c);
      break;
    case CALL_HOOK:
      ((void (*)(void*))k->fn)(k->a);
      break;
    case CALL_ASYNC_HOOK:
      ((napi_async_cleanup_hook)k->fn)((napi_async_cleanup_hook_handle)k->a, k->b);
      break;
  }
}

static napi_value run(addon_call k) {
  napi_host_run_on_native_stack(run_addon_call, &k);
  return k.result;
}

napi_value napi_host_call_callback(napi_callback cb, napi_env env, napi_callback_info info) {
  return run((addon_call){.kind = CALL_CALLBACK, .fn = (void*)cb, .env = env, .a = info});
}

napi_value napi_host_call_init(napi_addon_register_func init, napi_env env, napi_value exports) {
  return run((addon_call){.kind = CALL_INIT, .fn = (void*)init, .env = env, .a = exports});
}

void napi_host_call_finalize(napi_finalize cb, napi_env env, void* data, void* hint) {
  run((addon_call){.kind = CALL_FINALIZE, .fn = (void*)cb, .env = env, .a = data, .b = hint});
}

void napi_host_call_complete(napi_async_complete_callback cb, napi_env env, napi_status status, void* data) {
  run((addon_call){.kind = CALL_COMPLETE, .fn = (void*)cb, .env = env, .status = status, .a = data});
}

void napi_host_call_tsfn_js(napi_threadsafe_function_call_js cb, napi_env env, napi_value js_cb, void* context,
                            void* data) {
  run((addon_call){.kind = CALL_TSFN_JS, .fn = (void*)cb, .env = env, .a = js_cb, .b = context, .c = data});
}

void napi_host_call_hook(void (*hook)(void*), void* arg) {
  run((addon_call){.kind = CALL_HOOK, .fn = (void*)hook, .a = arg});
}

void napi_host_call_async_hook(napi_async_cleanup_hook hook, napi_async_cleanup_hook_handle handle, void* arg) {
  run((addon_call){.kind = CALL_ASYNC_HOOK, .fn = (void*)hook, .a = handle, .b = arg});
}
