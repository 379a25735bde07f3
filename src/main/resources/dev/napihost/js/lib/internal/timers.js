'use strict';
// Timers, immediates, process.nextTick and queueMicrotask. Scheduling (deadlines, refs) is the
// Java event loop's; the callbacks and their Timeout/Immediate objects live here.
const { host, loopState } = internalBinding;
const LS_TICKS = 0, LS_IMMEDIATES = 1, LS_IMMEDIATES_REFED = 2;
const TIMEOUT_MAX = 2 ** 31 - 1;

const kId = Symbol('timerId');
const kRefed = Symbol('refed');
const active = new Map();   // id -> Timeout waiting in the Java loop
let nextId = 1;

function invalidCallback(callback) {
  const err = new TypeError('The "callback" argument must be of type function. Received ' + describe(callback));
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function describe(v) {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'function') return 'function ' + v.name;
  if (typeof v === 'object') return 'an instance of ' + ((v.constructor && v.constructor.name) || 'Object');
  let s = String(v);
  if (s.length > 28) s = s.slice(0, 25) + '...';
  return 'type ' + typeof v + ' (' + (typeof v === 'string' ? "'" + s + "'" : s) + ')';
}

class Timeout {
  constructor(callback, after, args, repeat) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        internalBinding.process.emitWarning(after + ' does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = repeat ? after : null;
    this._destroyed = false;
    this[kRefed] = true;
    this[kId] = nextId++;
    start(this);
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (active.has(this[kId])) host.timerRef(this[kId], true);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (active.has(this[kId])) host.timerRef(this[kId], false);
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  refresh() {
    if (!this._destroyed) start(this);
    return this;
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    return this[kId];
  }
}

function start(timer) {
  active.set(timer[kId], timer);
  host.timerSchedule(timer[kId], timer._idleTimeout, timer[kRefed]);
}

function setTimeout(callback, after, ...args) {
  if (typeof callback !== 'function') throw invalidCallback(callback);
  return new Timeout(callback, after, args, false);
}

function setInterval(callback, repeat, ...args) {
  if (typeof callback !== 'function') throw invalidCallback(callback);
  return new Timeout(callback, repeat, args, true);
}

function clearTimeout(timer) {
  if (timer === null || timer === undefined) return;
  const id = typeof timer === 'object' ? timer[kId] : typeof timer === 'number' || typeof timer === 'string' ? +timer : undefined;
  const t = active.get(id);
  if (t !== undefined) {
    active.delete(id);
    t._destroyed = true;
    host.timerCancel(id);
  } else if (timer instanceof Timeout) {
    timer._destroyed = true;
  }
}

// Runs a loop callback as Node does: an exception goes to 'uncaughtException' (or ends the process),
// then the ticks it queued run before the engine drains its microtasks (when this call returns).
function invoke(fn, thisArg, args) {
  try {
    if (args.length === 0) fn.call(thisArg);
    else fn.apply(thisArg, args);
  } catch (e) {
    internalBinding.process._fatalException(e);
  }
  processTicks();
}

function runTimer(id) {
  const timer = active.get(id);
  if (timer === undefined) return;
  active.delete(id);
  timer._rearmed = false;
  try {
    invoke(timer._onTimeout, timer, timer._timerArgs);
  } finally {
    if (timer._repeat !== null && !timer._destroyed) {
      if (!active.has(id)) start(timer);
    } else if (!active.has(id)) {
      // Not re-armed by refresh() inside its own callback: the timer is done.
      timer._destroyed = true;
    }
  }
}

// ---- immediates ----

class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    loopState[LS_IMMEDIATES]++;
    loopState[LS_IMMEDIATES_REFED]++;
  }

  ref() {
    if (!this[kRefed] && !this._destroyed) {
      this[kRefed] = true;
      loopState[LS_IMMEDIATES_REFED]++;
    }
    return this;
  }

  unref() {
    if (this[kRefed] && !this._destroyed) {
      this[kRefed] = false;
      loopState[LS_IMMEDIATES_REFED]--;
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }
}

let immediateQueue = [];
let running = [];
let runningIndex = 0;

function settle(imm) {
  imm._destroyed = true;
  loopState[LS_IMMEDIATES]--;
  if (imm[kRefed]) loopState[LS_IMMEDIATES_REFED]--;
}

function setImmediate(callback, ...args) {
  if (typeof callback !== 'function') throw invalidCallback(callback);
  const imm = new Immediate(callback, args);
  immediateQueue.push(imm);
  return imm;
}

function clearImmediate(imm) {
  if (!(imm instanceof Immediate) || imm._destroyed) return;
  settle(imm);
}

// Immediates queued while the check phase runs wait for the next loop iteration, as in Node.
function startImmediates() {
  running = immediateQueue;
  runningIndex = 0;
  immediateQueue = [];
}

function runImmediate() {
  while (runningIndex < running.length) {
    const imm = running[runningIndex++];
    if (imm._destroyed) continue;
    settle(imm);
    invoke(imm._onImmediate, imm, imm._argv);
    return true;
  }
  running = [];
  runningIndex = 0;
  return false;
}

// ---- process.nextTick and queueMicrotask ----

let ticks = [];
let tickHead = 0;

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') throw invalidCallback(callback);
  if (internalBinding.exiting) return;
  ticks.push(callback, args);
  loopState[LS_TICKS]++;
}

// Runs every queued tick; the caller (Java) lets microtasks drain after, then calls again if
// microtasks queued more ticks: Node's order.
function processTicks() {
  while (tickHead < ticks.length) {
    if (internalBinding.exiting) break;
    const callback = ticks[tickHead];
    const args = ticks[tickHead + 1];
    ticks[tickHead] = ticks[tickHead + 1] = undefined;
    tickHead += 2;
    loopState[LS_TICKS]--;
    if (tickHead > 1024 && tickHead * 2 > ticks.length) {
      ticks = ticks.slice(tickHead);
      tickHead = 0;
    }
    try {
      if (args.length === 0) callback();
      else callback(...args);
    } catch (e) {
      internalBinding.process._fatalException(e);
    }
  }
  if (tickHead >= ticks.length) {
    ticks.length = 0;
    tickHead = 0;
  }
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') throw invalidCallback(callback);
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (e) {
      internalBinding.process._fatalException(e);
    }
  });
}

module.exports = {
  TIMEOUT_MAX, invoke, Timeout, Immediate, setTimeout, setInterval, clearTimeout, clearInterval: clearTimeout,
  setImmediate, clearImmediate, runTimer, startImmediates, runImmediate, nextTick, processTicks,
  queueMicrotask, describe,
};
