// Property names that addons pass as C strings (napi_get/set/has_named_property), decoded once per
// runtime. Addons pass the same literals ("length", "x") call after call, and decoding a C string
// in Java and handing the new string to JS cost more than the property access itself: a known name
// goes up as a small integer, the index of its decoded string in napi.js's key table, which mirrors
// this cache entry for entry.
//
// An entry is found by the name's address and then checked against a copy of its bytes, so a
// buffer whose contents changed since (a name formatted into a stack buffer) is a miss, never a
// stale name. A miss sends the name as before and asks napi.js to keep the decoded string at the
// entry's index; the entry is committed only after that upcall succeeded and made no other entry
// change meanwhile (a setter running native code that names other properties), so C never points
// at a slot of the table that holds another name.
#include "napi_host.h"

#include <stdlib.h>
#include <string.h>

enum {
  KEY_CACHE_SIZE = 256,  // entries (a power of two); the key table in napi.js has as many slots
  KEY_MAX_BYTES = 47,    // longer names are not cached
};

typedef struct property_key {
  const char* address;  // NULL: empty
  char bytes[KEY_MAX_BYTES + 1];
} property_key;

struct napi_host_key_cache {
  uint32_t changes;  // entry changes so far: a miss commits only if none happened during its upcall
  property_key entries[KEY_CACHE_SIZE];
};

// Fibonacci hashing of the address: literals sit next to each other in .rodata ("a", "b", "c" two
// bytes apart), so low bits alone would put them in one entry, each evicting the others.
static uint32_t entry_of(const char* name) {
  return (uint32_t)(((uint64_t)(uintptr_t)name * 0x9E3779B97F4A7C15ull) >> 56) & (KEY_CACHE_SIZE - 1);
}

// Copies name into e->bytes if it fits; false if it does not.
static bool copy_name(property_key* e, const char* name) {
  for (size_t i = 0; i <= KEY_MAX_BYTES; i++) {
    e->bytes[i] = name[i];
    if (name[i] == '\0') return true;
  }
  return false;
}

int32_t napi_host_key_lookup(napi_host_runtime* rt, const char* name, napi_host_key_miss* miss) {
  struct napi_host_key_cache* cache = rt->keys;
  if (cache == NULL) {
    cache = rt->keys = calloc(1, sizeof(*cache));
    if (cache == NULL) {
      miss->index = -1;
      return -1;
    }
  }
  uint32_t i = entry_of(name);
  property_key* e = &cache->entries[i];
  if (e->address == name && strcmp(e->bytes, name) == 0) return (int32_t)i;
  // A miss: the entry is emptied now (a nested call must not use it while napi.js's slot changes).
  e->address = NULL;
  cache->changes++;
  miss->index = copy_name(e, name) ? (int32_t)i : -1;
  miss->changes = cache->changes;
  miss->name = name;
  return -1;
}

void napi_host_key_commit(napi_host_runtime* rt, const napi_host_key_miss* miss) {
  struct napi_host_key_cache* cache = rt->keys;
  if (miss->index < 0 || cache->changes != miss->changes) return;
  cache->entries[miss->index].address = miss->name;
}

void napi_host_key_cache_free(napi_host_runtime* rt) {
  free(rt->keys);
  rt->keys = NULL;
}
