// Package main is the Go half of the work fixture: Go called from async work's execute on pool
// threads (issue 5, scenario 4) and a long CPU-bound synchronous call (scenario 7).
package main

import "C"

import (
	"sync"
	"time"
)

// GoWork sums index+k for k = 0..999 in four goroutines: 1000*index + 499500.
//
//export GoWork
func GoWork(index C.int) C.longlong {
	const n, parts = 1000, 4
	var wg sync.WaitGroup
	sums := make([]int64, parts)
	for p := 0; p < parts; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for k := p; k < n; k += parts {
				sums[p] += int64(index) + int64(k)
			}
		}(p)
	}
	wg.Wait()
	var total int64
	for _, s := range sums {
		total += s
	}
	return C.longlong(total)
}

// GoSpin keeps the caller and `goroutines` more goroutines busy on the CPU for ms milliseconds
// (long enough for Go's scheduler to preempt them with signals) and returns how many loop turns
// they made in all.
//
//export GoSpin
func GoSpin(ms C.int, goroutines C.int) C.longlong {
	deadline := time.Now().Add(time.Duration(ms) * time.Millisecond)
	spin := func() int64 {
		var turns int64
		for time.Now().Before(deadline) {
			for i := 0; i < 1000; i++ {
				turns++
			}
		}
		return turns
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var total int64
	for g := 0; g < int(goroutines); g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := spin()
			mu.Lock()
			total += t
			mu.Unlock()
		}()
	}
	mine := spin()
	wg.Wait()
	return C.longlong(total + mine)
}

func main() {}
