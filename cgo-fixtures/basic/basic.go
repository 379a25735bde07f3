// Package main is the Go half of the basic cgo fixture: plain functions the C glue calls
// synchronously from the JS thread.
package main

import "C"

import (
	"runtime"
	"sync"
)

//export GoAdd
func GoAdd(a, b C.int) C.int {
	return a + b
}

// GoFanOut starts n goroutines, each adding its index to a total, and waits for all of them.
//
//export GoFanOut
func GoFanOut(n C.int) C.longlong {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var total int64
	for i := 0; i < int(n); i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			runtime.Gosched()
			mu.Lock()
			total += int64(i)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	return C.longlong(total)
}

func main() {}
