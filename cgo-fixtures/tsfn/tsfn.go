// Package main is the Go half of the threadsafe-function fixture (issue 5, scenarios 5, 6 and 8):
// goroutines that feed a Node-API threadsafe function through the C glue, which hands Go plain C
// function pointers (send one call, release), so the Go package itself links no napi_* symbol.
package main

/*
#include <stdint.h>
// Sends (g, i) through the threadsafe function; returns the napi_status of
// napi_call_threadsafe_function (0 ok, 15 napi_queue_full, 16 napi_closing).
typedef int (*tsfn_send)(void* ctx, int64_t g, int64_t i, int blocking);
// napi_release_threadsafe_function for one goroutine's share.
typedef void (*tsfn_release)(void* ctx);

static inline int tsfn_do_send(tsfn_send f, void* ctx, int64_t g, int64_t i, int blocking) {
  return f(ctx, g, i, blocking);
}
static inline void tsfn_do_release(tsfn_release f, void* ctx) { f(ctx); }
*/
import "C"

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
)

const (
	statusOK        = 0
	statusQueueFull = 15
	statusClosing   = 16
)

var queueFull int64 // napi_queue_full answers seen by non-blocking senders, in all

// Serializes blocking sends in mode 2: Node 20 wakes one blocked sender only when the JS thread
// takes an item from a full queue, so with many senders blocked at once some can sleep forever once
// the queue stops filling up (seen with Node 20.20.2: 100 goroutines, queue 4 or 64). One blocked
// sender at a time never misses its wake-up.
var sendLock sync.Mutex

// GoFeed starts `goroutines` goroutines, each sending (g, 0) .. (g, calls-1) in order and then
// releasing its share of the threadsafe function; returns at once. mode: 0 non-blocking, 1
// blocking, 2 blocking with one sender at a time (sendLock). Non-blocking senders retry on
// napi_queue_full after a short sleep. With lockThread each goroutine keeps its own OS thread
// (runtime.LockOSThread) for the whole run. A goroutine told napi_closing stops without releasing.
//
//export GoFeed
func GoFeed(send C.tsfn_send, release C.tsfn_release, ctx unsafe.Pointer, goroutines, calls, mode, lockThread C.int) {
	blocking := C.int(0)
	if mode != 0 {
		blocking = 1
	}
	for g := 0; g < int(goroutines); g++ {
		go func(g int) {
			if lockThread != 0 {
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
			}
			for i := 0; i < int(calls); i++ {
				for {
					if mode == 2 {
						sendLock.Lock()
					}
					status := C.tsfn_do_send(send, ctx, C.int64_t(g), C.int64_t(i), blocking)
					if mode == 2 {
						sendLock.Unlock()
					}
					if status == statusOK {
						break
					}
					if status == statusClosing {
						return
					}
					if status == statusQueueFull {
						atomic.AddInt64(&queueFull, 1)
						time.Sleep(20 * time.Microsecond)
						continue
					}
					panic("napi_call_threadsafe_function failed")
				}
			}
			C.tsfn_do_release(release, ctx)
		}(g)
	}
}

// GoQueueFull says how many napi_queue_full answers the non-blocking senders got.
//
//export GoQueueFull
func GoQueueFull() C.longlong { return C.longlong(atomic.LoadInt64(&queueFull)) }

// GoForever starts goroutines that never end: each burns CPU and sends a non-blocking call every
// millisecond until told napi_closing, then goes on burning CPU (the process must exit anyway).
//
//export GoForever
func GoForever(send C.tsfn_send, ctx unsafe.Pointer, goroutines C.int) {
	for g := 0; g < int(goroutines); g++ {
		go func(g int) {
			closing := false
			x := 0
			for i := 0; ; i++ {
				for k := 0; k < 100000; k++ {
					x += k ^ i
				}
				if !closing && C.tsfn_do_send(send, ctx, C.int64_t(g), C.int64_t(i), 0) == statusClosing {
					closing = true
				}
				time.Sleep(time.Millisecond)
			}
		}(g)
	}
}

func main() {}
