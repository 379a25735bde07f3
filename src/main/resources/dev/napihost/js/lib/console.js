'use strict';
// The `console` core module: the global console (writing to process.stdout / process.stderr at
// call time, so programs that replace process.stdout.write still capture it) and the Console
// class for consoles over other streams.
const { formatWithOptions, inspect } = require('util');
const errors = require('internal/errors');

const kState = Symbol('console state');
const noOptions = {};

function formatDuration(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms -= hours * 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms -= minutes * 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [s, frac] = seconds.toFixed(3).split('.');
    const clock = (hours !== 0 ? hours + ':' + String(minutes).padStart(2, '0') : String(minutes)) + ':' + s.padStart(2, '0');
    return clock + '.' + frac + ' (' + (hours !== 0 ? 'h:m' : '') + 'm:ss.mmm)';
  }
  if (seconds !== 0) return seconds.toFixed(3) + 's';
  return Number(ms.toFixed(3)) + 'ms';
}

function nowMs() {
  return internalBinding.host.hrtimeNanos() / 1e6;
}

class Console {
  constructor(options, stderr, ignoreErrors) {
    if (!new.target) return new Console(options, stderr, ignoreErrors);
    if (!options || typeof options.write === 'function') {
      options = { stdout: options, stderr, ignoreErrors };
    }
    const stdout = options.stdout;
    if (!stdout || typeof stdout.write !== 'function') throw errors.invalidArgType('stdout', 'object', stdout);
    const err = options.stderr || stdout;
    if (typeof err.write !== 'function') throw errors.invalidArgType('stderr', 'object', err);
    const groupIndentation = options.groupIndentation === undefined ? 2 : options.groupIndentation;
    makeConsole(this, {
      stdout: () => stdout,
      stderr: () => err,
      ignoreErrors: options.ignoreErrors !== false,
      inspectOptions: options.inspectOptions || noOptions,
      groupIndentation,
    });
  }

  static [Symbol.hasInstance](instance) {
    return instance !== null && typeof instance === 'object' && kState in instance;
  }
}

// Every method is bound to its console so `const { log } = console` works, as in Node.
function makeConsole(target, config) {
  const state = {
    config,
    indent: '',
    counts: new Map(),
    timers: new Map(),
  };
  Object.defineProperty(target, kState, { value: state, enumerable: false });
  for (const name of Object.keys(methods)) {
    const fn = methods[name];
    Object.defineProperty(target, name, {
      value: { [name]: (...args) => fn.apply(target, args) }[name],
      writable: true, enumerable: true, configurable: true,
    });
  }
  return target;
}

function write(consoleObj, useStderr, text) {
  const state = consoleObj[kState];
  if (state.indent.length !== 0) {
    if (text.includes('\n')) text = text.replace(/\n/g, '\n' + state.indent);
    text = state.indent + text;
  }
  text += '\n';
  const stream = useStderr ? state.config.stderr() : state.config.stdout();
  if (state.config.ignoreErrors) {
    try {
      stream.write(text);
    } catch (e) {
      // Node ignores errors of the underlying stream (EPIPE and friends) by default.
    }
  } else {
    stream.write(text);
  }
}

function fmt(consoleObj, args) {
  return formatWithOptions(consoleObj[kState].config.inspectOptions, ...args);
}

function warnProcess(message) {
  process.emitWarning(message, 'Warning');
}

const methods = {
  log(...args) {
    write(this, false, fmt(this, args));
  },
  info(...args) {
    write(this, false, fmt(this, args));
  },
  debug(...args) {
    write(this, false, fmt(this, args));
  },
  dirxml(...args) {
    write(this, false, fmt(this, args));
  },
  warn(...args) {
    write(this, true, fmt(this, args));
  },
  error(...args) {
    write(this, true, fmt(this, args));
  },
  trace(...args) {
    const err = { name: 'Trace', message: fmt(this, args) };
    const stack = new Error().stack || '';
    // Drop the "Error" header and this frame, keep the caller's frames.
    const frames = stack.split('\n').slice(3).join('\n');
    err.stack = 'Trace' + (err.message ? ': ' + err.message : '') + (frames ? '\n' + frames : '');
    write(this, true, err.stack);
  },
  dir(object, options) {
    write(this, false, inspect(object, Object.assign({ customInspect: false }, this[kState].config.inspectOptions, options)));
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = 'Assertion failed' + (args.length === 0 ? '' : ': ' + args[0]);
      methods.warn.apply(this, args);
    }
  },
  count(label = 'default') {
    label = String(label);
    const counts = this[kState].counts;
    const n = (counts.get(label) || 0) + 1;
    counts.set(label, n);
    write(this, false, label + ': ' + n);
  },
  countReset(label = 'default') {
    label = String(label);
    const counts = this[kState].counts;
    if (!counts.has(label)) {
      warnProcess("Count for '" + label + "' does not exist");
      return;
    }
    counts.delete(label);
  },
  group(...data) {
    if (data.length > 0) methods.log.apply(this, data);
    const state = this[kState];
    state.indent += ' '.repeat(state.config.groupIndentation);
  },
  groupCollapsed(...data) {
    methods.group.apply(this, data);
  },
  groupEnd() {
    const state = this[kState];
    state.indent = state.indent.slice(0, Math.max(0, state.indent.length - state.config.groupIndentation));
  },
  time(label = 'default') {
    label = String(label);
    const timers = this[kState].timers;
    if (timers.has(label)) {
      warnProcess("Label '" + label + "' already exists for console.time()");
      return;
    }
    timers.set(label, nowMs());
  },
  timeEnd(label = 'default') {
    label = String(label);
    const timers = this[kState].timers;
    if (!timers.has(label)) {
      warnProcess("No such label '" + label + "' for console.timeEnd()");
      return;
    }
    const elapsed = nowMs() - timers.get(label);
    timers.delete(label);
    write(this, false, label + ': ' + formatDuration(elapsed));
  },
  timeLog(label = 'default', ...data) {
    label = String(label);
    const timers = this[kState].timers;
    if (!timers.has(label)) {
      warnProcess("No such label '" + label + "' for console.timeLog()");
      return;
    }
    const elapsed = nowMs() - timers.get(label);
    const extra = data.length > 0 ? ' ' + fmt(this, data) : '';
    write(this, false, label + ': ' + formatDuration(elapsed) + extra);
  },
  table(data, properties) {
    if (properties !== undefined && !Array.isArray(properties)) throw errors.invalidArgType('properties', 'Array', properties);
    if (data === null || typeof data !== 'object') {
      methods.log.call(this, data);
      return;
    }
    write(this, false, renderTable(data, properties));
  },
  clear() {},
  profile() {},
  profileEnd() {},
  timeStamp() {},
  context() {
    return makeConsole({}, this[kState].config);
  },
};

// ---- console.table ----

function cell(v) {
  return inspect(v, { depth: 1, maxArrayLength: 3, breakLength: Infinity, compact: true, colors: false });
}

function renderTable(data, properties) {
  const types = require('util/types');
  const isMap = types.isMap(data);
  const isSet = types.isSet(data);
  const indexHeader = isMap || isSet ? '(iteration index)' : '(index)';
  const rows = [];
  if (isMap) {
    let i = 0;
    for (const [k, v] of data) rows.push([String(i++), v, k]);
  } else if (isSet) {
    let i = 0;
    for (const v of data) rows.push([String(i++), v]);
  } else {
    for (const k of Object.keys(data)) rows.push([k, data[k]]);
  }
  const columns = [];
  const columnIndex = new Map();
  let hasValues = false;
  const cells = rows.map(([index, value]) => {
    const rowCells = new Map();
    if (value !== null && typeof value === 'object' && !isSet && !isMap) {
      const keys = properties || Object.keys(value);
      for (const key of keys) {
        if (!columnIndex.has(key)) {
          columnIndex.set(key, columns.length);
          columns.push(key);
        }
        if (Object.prototype.hasOwnProperty.call(value, key) || properties) rowCells.set(key, cell(value[key]));
      }
    } else if (!properties) {
      hasValues = true;
      rowCells.set(kValues, cell(value));
    }
    return { index, rowCells };
  });
  const header = [indexHeader];
  if (isMap) header.push('Key');
  for (const c of columns) header.push(String(c));
  if (hasValues) header.push('Values');
  const table = cells.map(({ index, rowCells }, r) => {
    const line = [index];
    if (isMap) line.push(cell(rows[r][2]));
    for (const c of columns) line.push(rowCells.has(c) ? rowCells.get(c) : '');
    if (hasValues) line.push(rowCells.has(kValues) ? rowCells.get(kValues) : '');
    return line;
  });
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...table.map((row) => displayWidth(row[i]))) + 2);
  const rule = (l, m, r) => l + widths.map((w) => '─'.repeat(w)).join(m) + r;
  const renderRow = (row) => '│' + row.map((text, i) => ' ' + text + ' '.repeat(widths[i] - displayWidth(text) - 1)).join('│') + '│';
  const out = [rule('┌', '┬', '┐'), renderRow(header), rule('├', '┼', '┤')];
  for (const row of table) out.push(renderRow(row));
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

const kValues = Symbol('values column');

function displayWidth(text) {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    // East Asian wide characters take two columns in a terminal.
    n += (cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd))) ? 2 : 1;
  }
  return n;
}

// ---- the global console ----

const globalConsole = Object.create({});
makeConsole(globalConsole, {
  stdout: () => process.stdout,
  stderr: () => process.stderr,
  ignoreErrors: true,
  inspectOptions: noOptions,
  groupIndentation: 2,
});
Object.defineProperty(globalConsole, Symbol.toStringTag, { value: 'console', writable: false, enumerable: false, configurable: true });
Object.defineProperty(globalConsole, 'Console', { value: Console, writable: true, enumerable: false, configurable: true });

module.exports = globalConsole;
