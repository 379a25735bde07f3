// Addon code on a JS thread runs on a native stack of its own; engine work goes back to the thread's
// own stack. See native_stack.c for why.
#ifndef NAPI_HOST_NATIVE_STACK_H_
#define NAPI_HOST_NATIVE_STACK_H_

#include <node_api.h>
#include <stdbool.h>

// Exported to Java: runs body (a JS thread's whole life) on the lower half of the thread's stack
// and keeps the upper half for addon code. A thread without room runs body in place.
// void napi_host_thread_run(void (*body)(void));

// True when the calling JS thread's own stack has too little room left to enter addon code and
// make upcalls from it; napi_host_invoke then throws RangeError as V8 does at its stack limit.
bool napi_host_thread_stack_exhausted(void);

// True while addon code (or the shim on its behalf) runs on this thread's native stack.
bool napi_host_native_stack_active(void);

// Runs fn(arg) on the native stack, or in place on threads without one, when already on it, or
// when it has too little room left.
void napi_host_run_on_native_stack(void (*fn)(void*), void* arg);

// Runs fn(arg) on the thread's own stack, below the frames of the call that switched to the native
// stack; in place when not on the native stack. Every upcall into Java goes through this.
void napi_host_run_on_thread_stack(void (*fn)(void*), void* arg);

// The addon callbacks the shim calls on the JS thread, each run on the native stack.
napi_value napi_host_call_callback(napi_callback cb, napi_env env, napi_callback_info info);
napi_value napi_host_call_init(napi_addon_register_func init, napi_env env, napi_value exports);
void napi_host_call_finalize(napi_finalize cb, napi_env env, void* data, void* hint);
void napi_host_call_complete(napi_async_complete_callback cb, napi_env env, napi_status status, void* data);
void napi_host_call_tsfn_js(napi_threadsafe_function_call_js cb, napi_env env, napi_value js_cb, void* context,
                            void* data);
void napi_host_call_hook(void (*hook)(void*), void* arg);
void napi_host_call_async_hook(napi_async_cleanup_hook hook, napi_async_cleanup_hook_handle handle, void* arg);

#endif  // NAPI_HOST_NATIVE_STACK_H_
