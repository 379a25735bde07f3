// Package main is the Go half of the re-entrancy fixture (issue 5, scenario 3): a synchronous Go
// function that calls back into JS through the addon's C glue while Go is on the stack, so that
// JS -> Go -> JS -> Go ... nests on the JS thread.
package main

/*
// The glue hands Go a C function that calls a JS function (napi_call_function on the JS thread).
// It returns what the JS function returned as an int32, or -1 when the JS function threw: the
// exception then stays pending in the napi_env for the glue to hand back to JS.
typedef int (*reentry_callback)(void* ctx, int index);

// cgo cannot call a C function pointer directly; this static helper does.
static inline int reentry_invoke(reentry_callback f, void* ctx, int index) { return f(ctx, index); }
*/
import "C"

import (
	"runtime"
	"unsafe"
)

// Go state touched only on the JS thread (the callbacks run there), so no locking.
var (
	depth   int // GoCallBack frames now on the stack
	aborted int // calls GoCallBack stopped because a callback's JS threw
)

// GoCallBack calls callback(ctx, i) for i = 0 .. times-1 and returns the sum of what it returned.
// It stops at the first callback whose JS threw and returns -1; Go unwinds normally (no longjmp
// crosses Go frames), the glue then lets the pending JS exception propagate.
//
//export GoCallBack
func GoCallBack(callback C.reentry_callback, ctx unsafe.Pointer, times C.int) C.longlong {
	depth++
	defer func() { depth-- }()
	var sum int64
	for i := 0; i < int(times); i++ {
		r := C.reentry_invoke(callback, ctx, C.int(i))
		if r < 0 {
			aborted++
			return -1
		}
		sum += int64(r)
	}
	return C.longlong(sum)
}

// GoDepth says how many GoCallBack calls are on the stack (a Go call made while Go is on the stack).
//
//export GoDepth
func GoDepth() C.int { return C.int(depth) }

// GoAborted counts the GoCallBack calls that ended because JS threw.
//
//export GoAborted
func GoAborted() C.int { return C.int(aborted) }

// GoVersion is runtime.Version(): the script nests Go frames deeply only where Go allows it.
//
//export GoVersion
func GoVersion() *C.char { return C.CString(runtime.Version()) }

func main() {}
