'use strict';
// `assert`: Node's assertion functions with its AssertionError (code ERR_ASSERTION, actual,
// expected, operator, generatedMessage) and its message shapes, which test runners print and some
// tests match: "Expected values to be strictly equal:\n\n1 !== 2\n", the "+ actual - expected"
// line diff of two inspected values, "Missing expected exception.", ...
// Written for napi-host rather than bundled: the npm `assert` package pulls in a dozen polyfill
// packages (see docs/architecture.md).
const { inspect, isDeepStrictEqual, types } = require('util');
const { invalidArgType, codedError } = require('internal/errors');

// What a diff shows: every property on its own line, sorted keys, no custom inspectors.
function inspectValue(value) {
  return inspect(value, {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity, showHidden: false,
    showProxy: false, sorted: true, getters: true, breakLength: Infinity,
  });
}

const headers = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected values not to be loosely deep-equal:',
  notIdentical: 'Values identical but not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Identical lines between differences: up to two are shown around a change, longer runs collapse
// to "..." (as Node prints them).
function lineDiff(header, actualLines, expectedLines) {
  let skipped = false;
  // The identical lines both end with: the last three are shown, then "..." and the first of a
  // longer run.
  let tail = '';
  let kept = 0;
  let firstOfRun = null;
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (kept < 3) tail = '\n  ' + line + tail;
    else firstOfRun = line;
    kept++;
  }
  if (kept >= 5) {
    tail = '\n...' + tail;
    skipped = true;
  }
  if (firstOfRun !== null) tail = '\n  ' + firstOfRun + tail;
  let out = '';
  let pendingMinus = '';
  let same = 0;
  const flushSame = (lines, i) => {
    // The first two of a run were printed as they came; the last two (three for a run of five)
    // are printed before the change, "..." stands for the rest.
    if (same > 2) {
      if (same > 4) {
        if (same === 5) out += '\n  ' + lines[i - 3];
        else {
          out += '\n...';
          skipped = true;
        }
      }
      if (same > 3) out += '\n  ' + lines[i - 2];
      out += '\n  ' + lines[i - 1];
    }
    same = 0;
  };
  const count = Math.max(actualLines.length, expectedLines.length);
  const shorter = Math.min(actualLines.length, expectedLines.length);
  const longerIsActual = actualLines.length >= expectedLines.length;
  const longer = longerIsActual ? actualLines : expectedLines;
  for (let i = 0; i < count; i++) {
    if (i >= shorter) {
      flushSame(longer, i);
      if (longerIsActual) out += '\n+ ' + longer[i];
      else pendingMinus += '\n- ' + longer[i];
      continue;
    }
    let a = actualLines[i];
    const e = expectedLines[i];
    // "1," and "1" differ only by the comma a following element adds: the same line.
    let differs = a !== e && !(a.endsWith(',') && a.slice(0, -1) === e);
    if (differs && e.endsWith(',') && e.slice(0, -1) === a) {
      differs = false;
      a += ',';
    }
    if (differs) {
      flushSame(actualLines, i);
      out += '\n+ ' + a;
      pendingMinus += '\n- ' + e;
    } else {
      out += pendingMinus;
      pendingMinus = '';
      same++;
      if (same <= 2) out += '\n  ' + a;
    }
  }
  return header + '\n+ actual - expected' + (skipped ? ' ... Lines skipped' : '') + '\n' + out + pendingMinus + tail;
}

// header: the caller's message, which Node puts in place of its own heading.
function diffMessage(actual, expected, operator, header) {
  const actualText = inspectValue(actual);
  const expectedText = inspectValue(expected);
  const actualLines = actualText.split('\n');
  const expectedLines = expectedText.split('\n');
  if (operator === 'strictEqual' && ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
      (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const length = actualLines[0].length + expectedLines[0].length;
    if (length <= 12) {
      if ((typeof actual !== 'object' || actual === null) && (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return (header || headers[operator]) + '\n\n' + actualLines[0] + ' !== ' + expectedLines[0] + '\n';
      }
    } else if (operator !== 'strictEqualObject' && length < 80) {
      // A caret under the first differing character of two short lines.
      let i = 0;
      while (actualLines[0][i] === expectedLines[0][i]) i++;
      if (i > 2) indicator = '\n  ' + ' '.repeat(i) + '^';
    }
  }
  if (actualText === expectedText) {
    return (operator === 'strictEqualObject' ? 'Values have same structure but are not reference-equal:' : headers.notIdentical) +
      '\n\n' + actualText + '\n';
  }
  return lineDiff(header || headers[operator], actualLines, expectedLines) + indicator;
}

function notMessage(actual, operator) {
  let op = operator;
  if (operator === 'notStrictEqual' && ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
    op = 'notStrictEqualObject';
  }
  const text = inspectValue(actual);
  const lines = text.split('\n');
  if (lines.length > 50) {
    lines.length = 47;
    lines[46] = '...';
  }
  if (lines.length === 1) return headers[op] + (lines[0].length > 5 ? '\n\n' : ' ') + lines[0];
  return headers[op] + '\n\n' + lines.join('\n') + '\n';
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;
    if (message != null && typeof message === 'string' && (operator === 'deepStrictEqual' || operator === 'strictEqual') && !options.plainMessage) {
      super(diffMessage(actual, expected, operator, message));
    } else if (message != null) {
      super(String(message));
    } else if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      super(diffMessage(actual, expected, operator));
    } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      super(notMessage(actual, operator));
    } else {
      let a = inspectValue(actual);
      let e = inspectValue(expected);
      const header = headers[operator];
      if (operator === 'deepEqual' || operator === 'notDeepEqual') {
        const between = operator === 'deepEqual' ? 'should loosely deep-equal' : 'should not loosely deep-equal';
        if (a.length > 512) a = a.slice(0, 509) + '...';
        if (e.length > 512) e = e.slice(0, 509) + '...';
        super(header + '\n\n' + a + '\n\n' + between + '\n\n' + e);
      } else {
        if (a.length > 512) a = a.slice(0, 509) + '...';
        if (e.length > 512) e = e.slice(0, 509) + '...';
        super(a + ' ' + operator + ' ' + e);
      }
    }
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', { value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    if (Error.captureStackTrace) Error.captureStackTrace(this, stackStartFn);
    // The stack header carries the code; the name alone is 'AssertionError'.
    void this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return this.name + ' [' + this.code + ']: ' + this.message;
  }
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

// ---- ok: the message quotes the failing expression from the caller's source ----

function callSiteExpression(fnName) {
  const stack = new Error().stack.split('\n');
  for (const frame of stack.slice(1)) {
    const m = /\(?([^()\s]+):(\d+):(\d+)\)?$/.exec(frame.trim());
    if (!m || m[1].startsWith('node:')) continue;
    let text;
    try {
      text = require('fs').readFileSync(m[1], 'utf8');
    } catch {
      return null;
    }
    const line = text.split('\n')[Number(m[2]) - 1];
    if (line === undefined) return null;
    // The call starts at the reported column; find its matching parenthesis on that line.
    const names = [fnName === 'ok' ? /assert(?:\.ok)?\s*\(/g : /assert\s*\(/g];
    for (const re of names) {
      let best = null;
      let found;
      while ((found = re.exec(line)) !== null) {
        if (best === null || Math.abs(found.index - (Number(m[3]) - 1)) < Math.abs(best - (Number(m[3]) - 1))) best = found.index;
      }
      if (best === null) continue;
      let depth = 0;
      for (let i = line.indexOf('(', best); i < line.length; i++) {
        if (line[i] === '(') depth++;
        else if (line[i] === ')' && --depth === 0) return line.slice(best, i + 1);
      }
    }
    return null;
  }
  return null;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    const expr = callSiteExpression(fn === assert ? 'assert' : 'ok');
    message = 'The expression evaluated to a falsy value:\n\n  ' + (expr || 'assert.ok(' + inspect(value) + ')') + '\n';
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

function assert(...args) {
  innerOk(assert, args.length, ...args);
}
function ok(...args) {
  innerOk(ok, args.length, ...args);
}
assert.ok = ok;

function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({ actual, expected, operator: operator === undefined ? 'fail' : operator, stackStartFn: stackStartFn || fail, message });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}
assert.fail = fail;
assert.AssertionError = AssertionError;

function requireTwo(args) {
  if (args < 2) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "actual" and "expected" arguments must be specified');
}

assert.equal = function equal(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};
assert.notEqual = function notEqual(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};
assert.strictEqual = function strictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
};
assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
};
assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
};
assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
};
assert.deepEqual = function deepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepLooseEqual(actual, expected, new Map())) innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
};
assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepLooseEqual(actual, expected, new Map())) innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
};

// Loose deep equality (assert.deepEqual): primitives by ==, prototypes ignored.
function isDeepLooseEqual(a, b, memo) {
  if (a === b) return true;
  if (a === null || typeof a !== 'object') {
    if (b === null || typeof b !== 'object') {
      // eslint-disable-next-line eqeqeq
      return a == b || (Number.isNaN(a) && Number.isNaN(b));
    }
    return false;
  }
  if (b === null || typeof b !== 'object') return false;
  if (types.isDate(a) && types.isDate(b)) return a.getTime() === b.getTime();
  if (types.isRegExp(a) && types.isRegExp(b)) return a.source === b.source && a.flags === b.flags;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!isDeepLooseEqual(a[i], b[i], memo)) return false;
  }
  const seen = memo.get(a);
  if (seen !== undefined && seen.has(b)) return true;
  if (seen === undefined) memo.set(a, new Set([b]));
  else seen.add(b);
  if (types.isSet(a) || types.isSet(b)) {
    if (!types.isSet(a) || !types.isSet(b) || a.size !== b.size) return false;
    for (const x of a) {
      if (b.has(x)) continue;
      let found = false;
      for (const y of b) if (isDeepLooseEqual(x, y, memo)) { found = true; break; }
      if (!found) return false;
    }
  }
  if (types.isMap(a) || types.isMap(b)) {
    if (!types.isMap(a) || !types.isMap(b) || a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !isDeepLooseEqual(v, b.get(k), memo)) return false;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k) || !isDeepLooseEqual(a[k], b[k], memo)) return false;
  }
  return true;
}

// ---- throws / rejects ----

const NO_EXCEPTION = {};

function getActual(fn) {
  if (typeof fn !== 'function') throw invalidArgType('fn', 'function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!resultPromise || typeof resultPromise.then !== 'function') {
      throw codedError(TypeError, 'ERR_INVALID_RETURN_VALUE', 'Expected instance of Promise to be returned from the "promiseFn" function but got ' +
        (resultPromise === undefined ? 'undefined' : 'type ' + typeof resultPromise) + '.');
    }
  } else if (promiseFn && typeof promiseFn.then === 'function') {
    resultPromise = promiseFn;
  } else {
    throw invalidArgType('promiseFn', ['function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// Compares one property of a validation object; a failure shows the compared keys as a diff.
function compareProperties(actual, expected, keys, message, fn) {
  for (const key of keys) {
    const ok = typeof actual[key] === 'string' && types.isRegExp(expected[key])
      ? expected[key].test(actual[key])
      : key in actual && isDeepStrictEqual(actual[key], expected[key]);
    if (ok) continue;
    if (message) innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    const a = new Comparison(actual, keys);
    const e = new Comparison(expected, keys, actual);
    const err = new AssertionError({ actual: a, expected: e, operator: 'deepStrictEqual', stackStartFn: fn });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
}

class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && types.isRegExp(obj[key]) && obj[key].test(actual[key])) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function expectedException(actual, expected, message, fn) {
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      const str = String(actual);
      if (expected.test(str)) return;
      if (!message) {
        message = 'The input did not match the regular expression ' + inspect(expected) + '. Input:\n\n' + inspect(str) + '\n';
      }
      const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
      err.generatedMessage = !arguments[2];
      throw err;
    }
    if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    }
    const keys = Object.keys(expected);
    if (expected instanceof Error) keys.push('name', 'message');
    else if (keys.length === 0) throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'error' may not be an empty object. Received {}");
    compareProperties(actual, expected, keys, message, fn);
    return;
  }
  if (expected.prototype !== undefined && actual instanceof expected) return;
  if (Error.isPrototypeOf(expected) || expected === Error) {
    if (!message) {
      message = 'The error is expected to be an instance of "' + expected.name + '". Received "' +
        (actual && actual.constructor && actual.constructor.name) + '"';
      if (actual && typeof actual.message === 'string') message += '\n\nError message:\n\n' + actual.message;
    }
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = !arguments[2];
    throw err;
  }
  const res = expected.call({}, actual);
  if (res !== true) {
    if (!message) {
      message = 'The ' + (expected.name ? '"' + expected.name + '" ' : '') + 'validation function is expected to return "true". Received ' +
        inspect(res);
      if (actual instanceof Error) message += '\n\nCaught error:\n\n' + actual;
    }
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = !arguments[2];
    throw err;
  }
}

function expectsError(fn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw invalidArgType('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw invalidArgType('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ' (' + error.name + ')';
    details += message ? ': ' + message : '.';
    const fnType = fn === assert.rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fn.name, message: 'Missing expected ' + fnType + details, stackStartFn: fn });
  }
  if (error !== undefined && !(error && error === NO_EXCEPTION)) expectedException(actual, error, message, fn);
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || (typeof error === 'function' && actual instanceof error)) {
    const details = message ? ': ' + message : '.';
    const fnType = fn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual, expected: error, operator: fn.name,
      message: 'Got unwanted ' + fnType + details + '\nActual message: "' + (actual && actual.message) + '"', stackStartFn: fn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};
assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};
assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};
assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  const e = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
  e.generatedMessage = false;
  throw e;
};

function matches(string, regexp, message, fn, shouldMatch) {
  if (!types.isRegExp(regexp)) throw invalidArgType('regexp', 'RegExp', regexp);
  if (typeof string !== 'string' || regexp.test(string) !== shouldMatch) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message = message || (typeof string !== 'string'
      ? 'The "string" argument must be of type string. Received type ' + typeof string + ' (' + inspect(string) + ')'
      : (shouldMatch ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression ') +
        inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n');
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}
assert.match = function match(string, regexp, message) {
  matches(string, regexp, message, match, true);
};
assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  matches(string, regexp, message, doesNotMatch, false);
};

// assert.strict: the same functions with the strict comparisons under the loose names.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}
Object.assign(strict, assert, {
  equal: assert.strictEqual, deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual, notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict = strict;
assert.strict.strict = assert.strict;

module.exports = assert;
