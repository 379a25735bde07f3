// Package main is the Go half of the errors fixture (issue 5, scenario 9): Go functions that
// return an error, which the C glue turns into a JS exception carrying the error's message.
package main

/*
#include <stdlib.h>
*/
import "C"

import (
	"errors"
	"fmt"
	"strconv"
	"unsafe"
)

var errEmpty = errors.New("empty input")

// fail hands an error to C: a malloc'd copy of its message (the glue frees it).
func fail(errOut **C.char, err error) {
	*errOut = C.CString(err.Error())
}

// GoParsePort parses a TCP port: "8080" -> 8080; otherwise *errOut gets the error's message.
//
//export GoParsePort
func GoParsePort(text *C.char, errOut **C.char) C.int {
	s := C.GoString(text)
	if s == "" {
		fail(errOut, errEmpty)
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		fail(errOut, fmt.Errorf("parse port: %w", err))
		return 0
	}
	if n < 1 || n > 65535 {
		fail(errOut, fmt.Errorf("parse port: %d is out of range 1-65535", n))
		return 0
	}
	return C.int(n)
}

// GoDivide divides; a Go runtime panic (division by zero) is recovered and returned as an error.
//
//export GoDivide
func GoDivide(a, b C.int, errOut **C.char) (result C.int) {
	defer func() {
		if r := recover(); r != nil {
			fail(errOut, fmt.Errorf("divide %d by %d: %v", int(a), int(b), r))
			result = 0
		}
	}()
	return C.int(int(a) / int(b))
}

// GoFree frees what fail allocated, for glue that prefers Go's allocator pairing.
//
//export GoFree
func GoFree(p *C.char) { C.free(unsafe.Pointer(p)) }

func main() {}
