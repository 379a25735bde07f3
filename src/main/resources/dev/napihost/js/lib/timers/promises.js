'use strict';
// `timers/promises`: promise versions of setTimeout/setImmediate, an async-iterator setInterval and
// `scheduler`, built on the callback timers. An AbortSignal cancels them with an AbortError.
const timers = require('internal/timers');

function typeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// Returns { signal, ref } after Node's checks on the options argument.
function readOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw typeError('ERR_INVALID_ARG_TYPE', 'The "options" argument must be of type object. Received ' + timers.describe(options));
  }
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw typeError('ERR_INVALID_ARG_TYPE', 'The "options.signal" property must be an instance of AbortSignal. Received ' + timers.describe(signal));
  }
  if (typeof ref !== 'boolean') {
    throw typeError('ERR_INVALID_ARG_TYPE', 'The "options.ref" property must be of type boolean. Received ' + timers.describe(ref));
  }
  return { signal, ref };
}

// Settles when the timer fires or the signal aborts, whichever is first.
function cancellable(schedule, cancel, value, options) {
  let opts;
  try {
    opts = readOptions(options);
  } catch (e) {
    return Promise.reject(e);
  }
  const { signal, ref } = opts;
  if (signal && signal.aborted) return Promise.reject(abortErrorFor(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = schedule(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => {
        cancel(handle);
        reject(abortErrorFor(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(delay, value, options = {}) {
  return cancellable((cb) => timers.setTimeout(cb, delay), timers.clearTimeout, value, options);
}

function setImmediate(value, options = {}) {
  return cancellable((cb) => timers.setImmediate(cb), timers.clearImmediate, value, options);
}

// Yields `value` once per interval; ticks that fire while the consumer is busy are not lost.
async function* setInterval(delay, value, options = {}) {
  const { signal, ref } = readOptions(options);
  if (signal && signal.aborted) throw abortErrorFor(signal);
  let pending = 0;
  let wake = null;
  let aborted = false;
  const interval = timers.setInterval(() => {
    pending++;
    if (wake) {
      wake();
      wake = null;
    }
  }, delay);
  if (!ref) interval.unref();
  const onAbort = () => {
    aborted = true;
    timers.clearInterval(interval);
    if (wake) {
      wake();
      wake = null;
    }
  };
  if (signal) signal.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (pending === 0 && !aborted) await new Promise((resolve) => { wake = resolve; });
      if (aborted) throw abortErrorFor(signal);
      for (; pending > 0; pending--) {
        yield value;
        if (aborted) throw abortErrorFor(signal);
      }
    }
  } finally {
    timers.clearInterval(interval);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  },
  yield() {
    return setImmediate();
  },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
