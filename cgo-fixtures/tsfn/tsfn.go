// Package main is the Go half of the threadsafe-function cgo fixture: goroutines (on threads Go
// made, which neither the JVM nor Node has seen) feed a threadsafe function.
package main

/*
#include <stdint.h>
// The C glue passes its caller: Go does not see the Node-API headers.
typedef int (*tsfn_call)(void* tsfn, uintptr_t data);
static inline int call_tsfn(void* f, void* tsfn, uintptr_t data) { return ((tsfn_call)f)(tsfn, data); }
typedef void (*tsfn_release)(void* tsfn);
static inline void release_tsfn(void* f, void* tsfn) { ((tsfn_release)f)(tsfn); }
*/
import "C"

import (
	"runtime"
	"unsafe"
)

// GoFeed starts n goroutines; goroutine g makes `calls` calls with data (g+1)<<32 | seq,
// yielding between them, then releases its hold. It returns at once: the JS thread must stay free.
//
//export GoFeed
func GoFeed(call, release unsafe.Pointer, tsfn unsafe.Pointer, n, calls C.int) {
	for g := 0; g < int(n); g++ {
		go func(g int) {
			for seq := 0; seq < int(calls); seq++ {
				if C.call_tsfn(call, tsfn, C.uintptr_t(uint64(g+1)<<32|uint64(seq))) != 0 {
					return // napi_closing: the hold is gone
				}
				if seq%16 == 0 {
					runtime.Gosched()
				}
			}
			C.release_tsfn(release, tsfn)
		}(g)
	}
}

func main() {}
