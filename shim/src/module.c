// Addon loading and registration: dlopen with RTLD_NOW, napi_register_module_v1 and the legacy
// napi_module_register constructor path.
#include "napi_host.h"
#include "native_stack.h"

#include <dlfcn.h>
#include <string.h>

// A legacy addon calls napi_module_register from its constructor, i.e. inside our dlopen call on
// the loading thread; several runtimes may load at once, hence thread-local.
static __thread napi_module* registered_module;

void NAPI_CDECL napi_module_register(napi_module* mod) { registered_module = mod; }

// Opens an addon. Returns the dlopen handle, or NULL with dlerror()'s text in errbuf.
NAPI_HOST_EXPORT void* napi_host_addon_open(const char* path, char* errbuf, int32_t errlen) {
  registered_module = NULL;
  dlerror();
  void* handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (handle == NULL) {
    const char* err = dlerror();
    snprintf(errbuf, (size_t)errlen, "%s", err ? err : "unknown dlopen failure");
  }
  return handle;
}

// The module a legacy addon registered during the last napi_host_addon_open on this thread.
NAPI_HOST_EXPORT napi_module* napi_host_addon_take_registered(void) {
  napi_module* m = registered_module;
  registered_module = NULL;
  return m;
}

NAPI_HOST_EXPORT napi_addon_register_func napi_host_module_init(napi_module* m) {
  return m == NULL ? NULL : m->nm_register_func;
}

NAPI_HOST_EXPORT void* napi_host_addon_symbol(void* handle, const char* name) {
  return dlsym(handle, name);
}

// Opens the shim itself with RTLD_GLOBAL so that addons (and dlsym(RTLD_DEFAULT, "napi_...")
// lookups made by napi-rs addons) resolve their napi_* symbols against it.
NAPI_HOST_EXPORT int32_t napi_host_make_global(const char* self_path, char* errbuf, int32_t errlen) {
  void* h = dlopen(self_path, RTLD_NOW | RTLD_GLOBAL | RTLD_NOLOAD);
  if (h == NULL) h = dlopen(self_path, RTLD_NOW | RTLD_GLOBAL);
  if (h == NULL) {
    snprintf(errbuf, (size_t)errlen, "%s", dlerror());
    return 0;
  }
  return 1;
}

// Runs an addon's init function on the JS thread with `exports` in the handle stack. Returns the
// slot of the value init returned (0 if NULL), or -1 if it left an exception pending.
NAPI_HOST_EXPORT int32_t napi_host_addon_init(napi_env env, napi_addon_register_func init,
                                              int32_t exports_slot) {
  napi_host_runtime* rt = env->rt;
  int32_t depth = rt->scope_depth;
  napi_clear_last_error(env);
  napi_value result = napi_host_call_init(init, env, value_of(exports_slot));
  rt->scope_depth = depth;
  if (rt->state[ST_PENDING] != 0) return -1;
  if (result == NULL || !slot_valid(rt, result)) return 0;
  return slot_of(result);
}
