'use strict';
// util.inspect: renders any value the way Node's util.inspect does by default, because programs,
// test snapshots and logs depend on the exact text (depth 2, breakLength 80, compact 3, single
// quotes, `<ref *1>` for cycles, grouped numeric arrays, ...).
const { host } = internalBinding;

const customSymbol = Symbol.for('nodejs.util.inspect.custom');
const objectToString = Object.prototype.toString;
const hasOwn = Object.prototype.hasOwnProperty;
const isEnumerable = Object.prototype.propertyIsEnumerable;
const fnToString = Function.prototype.toString;
const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;

const defaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

const colors = {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25],
  inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29], doubleunderline: [21, 24],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39],
  cyan: [36, 39], white: [37, 39], bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49],
  bgYellow: [43, 49], bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
  framed: [51, 54], overlined: [53, 55], gray: [90, 39], redBright: [91, 39], greenBright: [92, 39],
  yellowBright: [93, 39], blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39],
  whiteBright: [97, 39], bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
  bgYellowBright: [103, 49], bgBlueBright: [104, 49], bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
};
colors.grey = colors.gray;

const styles = {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
};

function stylizeWithColor(text, styleType) {
  const style = styles[styleType];
  if (style !== undefined) {
    const code = colors[style];
    if (code !== undefined) return '\u001b[' + code[0] + 'm' + text + '\u001b[' + code[1] + 'm';
  }
  return text;
}

function stylizeNoColor(text) {
  return text;
}

// eslint-disable-next-line no-control-regex
const ansiPattern = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

function stripVTControlCharacters(text) {
  return String(text).replace(ansiPattern, '');
}

function visibleLength(ctx, text) {
  return ctx.colors ? stripVTControlCharacters(text).length : text.length;
}

// ---- strings and keys ----

const identifierKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
// eslint-disable-next-line no-control-regex
const needsEscape = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function hex(code, width) {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

function escapeChar(code, quote) {
  switch (code) {
    case 8: return '\\b';
    case 9: return '\\t';
    case 10: return '\\n';
    case 12: return '\\f';
    case 13: return '\\r';
    case 92: return '\\\\';
  }
  if (code === quote) return '\\' + String.fromCharCode(quote);
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return '\\x' + hex(code, 2);
  return '\\u' + code.toString(16).padStart(4, '0');
}

// Node picks the quote that needs no escaping: ' then " then `.
function quoteString(text) {
  let quote = 39;
  if (text.includes("'")) {
    if (!text.includes('"')) quote = 34;
    else if (!text.includes('`') && !text.includes('${')) quote = 96;
  }
  const q = String.fromCharCode(quote);
  if (quote !== 39 ? !needsEscapeFor(text, quote) : !needsEscape.test(text)) return q + text + q;
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let escaped = null;
    if (code === quote || code === 92 || code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      escaped = escapeChar(code, quote);
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      escaped = escapeChar(code, quote);
    }
    if (escaped !== null) {
      out += text.slice(last, i) + escaped;
      last = i + 1;
    }
  }
  return q + out + text.slice(last) + q;
}

function needsEscapeFor(text, quote) {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === quote || code === 92 || code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff)) return true;
  }
  return false;
}

function formatNumber(stylize, n, separators) {
  if (Object.is(n, -0)) return stylize('-0', 'number');
  let text = String(n);
  if (separators && Number.isFinite(n)) {
    const [int, frac] = text.split('.');
    text = require('internal/errors').withSeparators(int) + (frac !== undefined ? '.' + frac.replace(/(\d{3})(?=\d)/g, '$1_') : '');
  }
  return stylize(text, 'number');
}

function formatBigInt(stylize, n, separators) {
  const text = String(n);
  return stylize((separators ? require('internal/errors').withSeparators(text) : text) + 'n', 'bigint');
}

function formatPrimitive(stylize, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
      }
      // Long strings inside a structure are split after each newline, like Node.
      if (ctx.compact !== true && value.length > 16 && value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        return value.split(/(?<=\n)/).map((line) => stylize(quoteString(line), 'string'))
          .join(' +\n' + ' '.repeat(ctx.indentationLvl + 2)) + trailer;
      }
      return stylize(quoteString(value), 'string') + trailer;
    }
    case 'number': return formatNumber(stylize, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(stylize, value, ctx.numericSeparator);
    case 'boolean': return stylize(String(value), 'boolean');
    case 'undefined': return stylize('undefined', 'undefined');
    default: return stylize(value.toString(), 'symbol');
  }
}

function formatKey(ctx, key, enumerable) {
  if (typeof key === 'symbol') return ctx.stylize('[' + quoteSymbol(key) + ']', 'symbol');
  if (key === '__proto__') return "['__proto__']";
  if (enumerable === false) return '[' + (identifierKey.test(key) ? key : quoteString(key)) + ']';
  if (identifierKey.test(key)) return ctx.stylize(key, 'name');
  return ctx.stylize(quoteString(key), 'string');
}

function quoteSymbol(sym) {
  const desc = sym.description;
  if (desc === undefined || !needsEscapeFor(desc, 39)) return sym.toString();
  return 'Symbol(' + quoteString(desc).slice(1, -1) + ')';
}

// ---- classification ----

function tagOf(value) {
  return objectToString.call(value).slice(8, -1);
}

function isError(value) {
  return value instanceof Error || tagOf(value) === 'Error';
}

function typedArrayName(value) {
  return ArrayBuffer.isView(value) ? typedArrayTag.call(value) : undefined;
}

function isArrayBuffer(value) {
  try {
    Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call(value);
    return true;
  } catch (e) {
    return false;
  }
}

function isSharedArrayBuffer(value) {
  if (typeof SharedArrayBuffer === 'undefined') return false;
  try {
    Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get.call(value);
    return true;
  } catch (e) {
    return false;
  }
}

function brandCheck(proto, name, value) {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  try {
    if (d.get) d.get.call(value);
    else d.value.call(value);
    return true;
  } catch (e) {
    return false;
  }
}

const isMap = (v) => brandCheck(Map.prototype, 'size', v);
const isSet = (v) => brandCheck(Set.prototype, 'size', v);
const isDate = (v) => brandCheck(Date.prototype, 'getTime', v);
const isWeakMap = (v) => { try { WeakMap.prototype.has.call(v, {}); return true; } catch (e) { return false; } };
const isWeakSet = (v) => { try { WeakSet.prototype.has.call(v, {}); return true; } catch (e) { return false; } };
const isRegExp = (v) => { try { Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get.call(v); return v !== RegExp.prototype; } catch (e) { return false; } };
const isDataView = (v) => brandCheck(DataView.prototype, 'byteLength', v);
const isPromise = (v) => { try { Promise.prototype.then.call(v, undefined); return tagOf(v) === 'Promise' || v instanceof Promise; } catch (e) { return false; } };

function boxedKind(value) {
  try { Number.prototype.valueOf.call(value); return 'Number'; } catch (e) { /* not this kind */ }
  try { String.prototype.valueOf.call(value); return 'String'; } catch (e) { /* not this kind */ }
  try { Boolean.prototype.valueOf.call(value); return 'Boolean'; } catch (e) { /* not this kind */ }
  try { BigInt.prototype.valueOf.call(value); return 'BigInt'; } catch (e) { /* not this kind */ }
  try { Symbol.prototype.valueOf.call(value); return 'Symbol'; } catch (e) { /* not this kind */ }
  return undefined;
}

// The name of the nearest constructor on the prototype chain whose prototype the value inherits;
// null for a chain without one (null-prototype objects).
function constructorName(value) {
  let obj = value;
  while (obj !== null && obj !== undefined) {
    const d = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') {
      try {
        if (value instanceof d.value) return String(d.value.name);
      } catch (e) {
        return String(d.value.name);
      }
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

function prefixOf(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return '[' + fallback + size + ': null prototype] [' + tag + '] ';
    return '[' + fallback + size + ': null prototype] ';
  }
  if (tag !== '' && constructor !== tag) return constructor + size + ' [' + tag + '] ';
  return constructor + size + ' ';
}

function ownKeys(ctx, value, nonIndex) {
  let keys;
  if (ctx.showHidden) {
    keys = Object.getOwnPropertyNames(value);
    const symbols = Object.getOwnPropertySymbols(value);
    if (symbols.length > 0) keys = keys.concat(symbols);
  } else {
    keys = Object.keys(value);
    const symbols = Object.getOwnPropertySymbols(value);
    for (const s of symbols) if (isEnumerable.call(value, s)) keys.push(s);
  }
  if (nonIndex) keys = keys.filter((k) => typeof k === 'symbol' || !isIndex(k));
  return keys;
}

function isIndex(key) {
  if (key.length === 0 || key.length > 10) return false;
  const n = Number(key);
  return n >>> 0 === n && String(n) === key && n !== 4294967295;
}

// ---- the formatter ----

const kObject = 0;
const kArrayExtras = 1;

function formatValue(ctx, value, depth, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(ctx.stylize, value, ctx);
  if (value === null) return ctx.stylize('null', 'null');
  if (ctx.customInspect) {
    let custom;
    try {
      custom = value[customSymbol];
    } catch (e) {
      custom = undefined;
    }
    if (typeof custom === 'function' && custom !== inspect && !(value.constructor && value.constructor.prototype === value)) {
      const remaining = ctx.depth === null ? null : ctx.depth - depth;
      const result = custom.call(value, remaining, userOptions(ctx), inspect);
      if (result !== value) {
        if (typeof result !== 'string') return formatValue(ctx, result, depth);
        return result.replaceAll('\n', '\n' + ' '.repeat(ctx.indentationLvl));
      }
    }
  }
  if (ctx.seen.includes(value)) {
    if (ctx.circular === undefined) ctx.circular = new Map();
    let index = ctx.circular.get(value);
    if (index === undefined) {
      index = ctx.circular.size + 1;
      ctx.circular.set(value, index);
    }
    return ctx.stylize('[Circular *' + index + ']', 'special');
  }
  return formatRaw(ctx, value, depth, typedArray);
}

function userOptions(ctx) {
  const opts = {};
  for (const key of Object.keys(defaultOptions)) opts[key] = ctx[key];
  for (const key of Object.keys(ctx.userOptions)) if (!(key in opts)) opts[key] = ctx.userOptions[key];
  opts.stylize = ctx.stylize;
  return opts;
}

function formatRaw(ctx, value, depth, typedArray) {
  let keys;
  const constructor = constructorName(value);
  let tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' || (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable).call(value, Symbol.toStringTag))) tag = '';
  let base = '';
  let formatter = formatNothing;
  let braces;
  let noIterator = true;
  let extrasType = kObject;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ? prefixOf(constructor, tag, 'Array', '(' + value.length + ')') : '';
      keys = ownKeys(ctx, value, true);
      braces = [prefix + '[', ']'];
      if (value.length === 0 && keys.length === 0) return braces[0] + ']';
      extrasType = kArrayExtras;
      formatter = formatArray;
    } else if (isSet(value)) {
      const size = Set.prototype.has.call(value) !== undefined ? Object.getOwnPropertyDescriptor(Set.prototype, 'size').get.call(value) : 0;
      const prefix = prefixOf(constructor, tag, 'Set', '(' + size + ')');
      keys = ownKeys(ctx, value, false);
      formatter = formatSet;
      if (size === 0 && keys.length === 0) return prefix + '{}';
      braces = [prefix + '{', '}'];
    } else if (isMap(value)) {
      const size = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call(value);
      const prefix = prefixOf(constructor, tag, 'Map', '(' + size + ')');
      keys = ownKeys(ctx, value, false);
      formatter = formatMap;
      if (size === 0 && keys.length === 0) return prefix + '{}';
      braces = [prefix + '{', '}'];
    } else if (typedArrayName(value) !== undefined) {
      const name = typedArrayName(value);
      keys = ownKeys(ctx, value, true);
      const size = value.length;
      braces = [prefixOf(constructor, tag === name ? '' : tag, name, '(' + size + ')') + '[', ']'];
      if (constructor === name) braces[0] = name + '(' + size + ') [';
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + ']';
      formatter = formatTypedArray;
      extrasType = kArrayExtras;
    } else {
      const t = tagOf(value);
      if (t === 'Map Iterator' || t === 'Set Iterator') {
        keys = ownKeys(ctx, value, false);
        braces = ['[' + (tag || t) + '] {', '}'];
        formatter = formatIteratorUnknown;
      } else {
        noIterator = true;
      }
    }
  }
  if (noIterator) {
    keys = ownKeys(ctx, value, false);
    braces = ['{', '}'];
    if (constructor === 'Object') {
      if (tagOf(value) === 'Arguments') {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = prefixOf(constructor, tag, 'Object') + '{';
      }
      if (keys.length === 0 && formatter === formatNothing) return braces[0] + '}';
    } else if (typeof value === 'function') {
      base = functionBase(value, constructor, tag);
      if (keys.length === 0) return ctx.stylize(base, 'special');
    } else if (isRegExp(value)) {
      base = RegExp.prototype.toString.call(value);
      const prefix = prefixOf(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = prefix + base;
      base = ctx.stylize(base, 'regexp');
      if (keys.length === 0) return base;
    } else if (isDate(value)) {
      const time = Date.prototype.getTime.call(value);
      base = Number.isNaN(time) ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
      const prefix = prefixOf(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = prefix + base;
      base = ctx.stylize(base, 'date');
      if (keys.length === 0) return base;
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0) return base;
    } else if (isArrayBuffer(value) || isSharedArrayBuffer(value)) {
      const name = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = prefixOf(constructor, tag, name);
      if (typedArray === undefined) formatter = formatArrayBuffer;
      else if (keys.length === 0) return prefix + '{ byteLength: ' + formatNumber(ctx.stylize, value.byteLength, false) + ' }';
      braces[0] = prefix + '{';
      keys.unshift('byteLength');
    } else if (isDataView(value)) {
      braces[0] = prefixOf(constructor, tag, 'DataView') + '{';
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (isPromise(value)) {
      braces[0] = prefixOf(constructor, tag, 'Promise') + '{';
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = prefixOf(constructor, tag, 'WeakSet') + '{';
      formatter = ctx.showHidden ? formatNothing : formatWeakUnknown;
    } else if (isWeakMap(value)) {
      braces[0] = prefixOf(constructor, tag, 'WeakMap') + '{';
      formatter = ctx.showHidden ? formatNothing : formatWeakUnknown;
    } else {
      const boxed = boxedKind(value);
      if (boxed !== undefined) {
        const primitive = globalThis[boxed].prototype.valueOf.call(value);
        if (boxed === 'String') keys = keys.filter((k) => typeof k === 'symbol' || (!isIndex(k) && k !== 'length'));
        base = '[' + boxed + (constructor !== boxed ? ' (' + (constructor === null ? 'null prototype' : constructor) + ')' : '') + ': ' +
          formatPrimitive(stylizeNoColor, primitive, Object.assign({}, ctx, { compact: true })) + ']';
        if (tag !== '' && tag !== constructor) base += ' [' + tag + ']';
        base = ctx.stylize(base, boxed.toLowerCase());
        if (keys.length === 0) return base;
      } else {
        braces[0] = prefixOf(constructor, tag, 'Object') + '{';
        if (keys.length === 0) return braces[0] + '}';
      }
    }
  }

  if (ctx.depth !== null && depth > ctx.depth) {
    let name = prefixOf(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) name = '[' + name + ']';
    return ctx.stylize(name, 'special');
  }
  depth += 1;
  ctx.seen.push(value);
  ctx.currentDepth = depth;
  let output;
  try {
    output = formatter(ctx, value, depth);
    for (let i = 0; i < keys.length; i++) output.push(formatProperty(ctx, value, depth, keys[i], extrasType));
  } finally {
    ctx.seen.pop();
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize('<ref *' + index + '>', 'special');
      if (ctx.compact !== true) base = base === '' ? reference : reference + ' ' + base;
      else braces[0] = reference + ' ' + braces[0];
    }
  }
  if (ctx.sorted) {
    const compare = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObject) output.sort(compare);
    else if (keys.length > 1) {
      const sortedTail = output.slice(output.length - keys.length).sort(compare);
      output.splice(output.length - keys.length, keys.length, ...sortedTail);
    }
  }
  return reduceToSingleString(ctx, output, base, braces, extrasType, depth, value);
}

function functionBase(fn, constructor, tag) {
  let source = '';
  try {
    source = fnToString.call(fn);
  } catch (e) {
    source = '';
  }
  if (source.startsWith('class') && /^class(\s|\{|$)/.test(source)) {
    let base = '[class ' + (fn.name ? fn.name : '(anonymous)');
    if (constructor !== 'Function' && constructor !== null) base += ' [' + constructor + ']';
    if (constructor === null) base += ' (null prototype)';
    const superClass = Object.getPrototypeOf(fn);
    if (/^class[^{]*\sextends\s/.test(source.slice(0, source.indexOf('{') + 1)) && superClass && superClass.name) {
      base += ' extends ' + superClass.name;
    }
    return base + ']';
  }
  const t = tagOf(fn);
  let type = 'Function';
  if (t === 'GeneratorFunction') type = 'GeneratorFunction';
  else if (t === 'AsyncFunction') type = 'AsyncFunction';
  else if (t === 'AsyncGeneratorFunction') type = 'AsyncGeneratorFunction';
  let base = '[' + type;
  if (constructor === null) base += ' (null prototype)';
  base += fn.name === '' || typeof fn.name !== 'string' ? ' (anonymous)' : ': ' + fn.name;
  base += ']';
  if (constructor !== type && constructor !== null) base += ' ' + constructor;
  if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
  return base;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack;
  try {
    stack = typeof err.stack === 'string' && err.stack !== '' ? err.stack : Error.prototype.toString.call(err);
  } catch (e) {
    stack = '[' + name + ']';
  }
  // Keys already visible in the stack text are not repeated.
  if (!ctx.showHidden && keys.length !== 0) {
    for (const k of ['name', 'message', 'stack']) {
      const i = keys.indexOf(k);
      if (i !== -1 && (typeof err[k] !== 'string' || stack.includes(err[k]))) keys.splice(i, 1);
    }
  }
  if ('cause' in err && hasOwn.call(err, 'cause') && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (Array.isArray(err.errors) && hasOwn.call(err, 'errors') && !keys.includes('errors')) keys.push('errors');
  stack = improveErrorHeader(stack, constructor, name, tag);
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  let frames = stack.indexOf('\n    at', pos);
  if (frames === -1) stack = '[' + stack + ']';
  if (ctx.indentationLvl !== 0) stack = stack.replaceAll('\n', '\n' + ' '.repeat(ctx.indentationLvl));
  return stack;
}

function improveErrorHeader(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null || (name.endsWith('Error') && stack.startsWith(name) &&
      (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const m = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (m && m[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = prefixOf(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) stack = len === 0 ? prefix + ': ' + stack : prefix + stack.slice(len);
      else stack = prefix + ' [' + name + ']' + stack.slice(len);
    }
  }
  return stack;
}

function formatNothing() {
  return [];
}

function formatWeakUnknown(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatIteratorUnknown(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatArray(ctx, value, depth) {
  const length = value.length;
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  let holes = 0;
  for (let i = 0; i < shown; i++) {
    if (!hasOwn.call(value, i)) {
      holes++;
      continue;
    }
    if (holes > 0) {
      output.push(ctx.stylize('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>', 'undefined'));
      holes = 0;
    }
    output.push(formatProperty(ctx, value, depth, i, kArrayExtras));
  }
  if (holes > 0) output.push(ctx.stylize('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>', 'undefined'));
  const remaining = length - shown;
  if (remaining > 0) output.push('... ' + remaining + ' more item' + (remaining > 1 ? 's' : ''));
  return output;
}

function formatTypedArray(ctx, value, depth) {
  const length = value.length;
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = new Array(shown);
  const isBig = typeof value[0] === 'bigint' || /^Big/.test(typedArrayName(value));
  for (let i = 0; i < shown; i++) {
    output[i] = isBig ? formatBigInt(ctx.stylize, value[i], ctx.numericSeparator) : formatNumber(ctx.stylize, value[i], ctx.numericSeparator);
  }
  const remaining = length - shown;
  if (remaining > 0) output.push('... ' + remaining + ' more item' + (remaining > 1 ? 's' : ''));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push('[' + key + ']: ' + formatValue(ctx, value[key], depth, true));
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch (e) {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  let text = '';
  for (let i = 0; i < shown; i++) text += (i === 0 ? '' : ' ') + (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) text += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  return [ctx.stylize('[Uint8Contents]', 'special') + ': <' + text + '>'];
}

function formatSet(ctx, value, depth) {
  const output = [];
  const limit = Math.max(0, ctx.maxArrayLength);
  let i = 0;
  ctx.indentationLvl += 2;
  for (const v of Set.prototype.values.call(value)) {
    if (i++ >= limit) break;
    output.push(formatValue(ctx, v, depth));
  }
  ctx.indentationLvl -= 2;
  const size = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get.call(value);
  if (size > limit) output.push('... ' + (size - limit) + ' more item' + (size - limit > 1 ? 's' : ''));
  return output;
}

function formatMap(ctx, value, depth) {
  const output = [];
  const limit = Math.max(0, ctx.maxArrayLength);
  let i = 0;
  ctx.indentationLvl += 2;
  for (const [k, v] of Map.prototype.entries.call(value)) {
    if (i++ >= limit) break;
    output.push(formatValue(ctx, k, depth) + ' => ' + formatValue(ctx, v, depth));
  }
  ctx.indentationLvl -= 2;
  const size = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call(value);
  if (size > limit) output.push('... ' + (size - limit) + ' more item' + (size - limit > 1 ? 's' : ''));
  return output;
}

// GraalJS gives JS no view of a promise's state; the host reads it (see HostBindings.promiseState).
// A settled value is shown when it was observed before (see watchPromise) or is a primitive the
// host can describe; otherwise only the state is shown.
const settledValues = new WeakMap();

function formatPromise(ctx, value, depth) {
  let state = 'pending';
  let display;
  try {
    const info = host.promiseState(value);
    state = info.slice(0, info.indexOf(':'));
    display = info.slice(info.indexOf(':') + 1);
  } catch (e) {
    return [ctx.stylize('<unknown>', 'special')];
  }
  if (state === 'pending') return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  let shown;
  if (settledValues.has(value)) {
    shown = formatValue(ctx, settledValues.get(value), depth);
  } else {
    shown = primitiveFromDisplay(ctx, display);
    if (shown === undefined) shown = ctx.stylize('<' + (state === 'rejected' ? 'rejected' : 'fulfilled') + ' value not visible>', 'special');
    else if (state === 'rejected') shown = ctx.stylize('<rejected>', 'special') + ' ' + shown;
    ctx.indentationLvl -= 2;
    return [shown];
  }
  ctx.indentationLvl -= 2;
  return [state === 'rejected' ? ctx.stylize('<rejected>', 'special') + ' ' + shown : shown];
}

function primitiveFromDisplay(ctx, display) {
  if (display === 'undefined' || display === 'null' || display === 'true' || display === 'false') {
    return formatPrimitive(ctx.stylize, display === 'undefined' ? undefined : JSON.parse(display), ctx);
  }
  if (/^-?(\d+(\.\d+)?(e[+-]?\d+)?|Infinity|NaN)$/.test(display)) return formatNumber(ctx.stylize, Number(display), false);
  if (/^-?\d+n$/.test(display)) return formatBigInt(ctx.stylize, BigInt(display.slice(0, -1)), false);
  if (/^"([^"\\]|\\.)*"$/.test(display)) {
    try {
      return formatPrimitive(ctx.stylize, JSON.parse(display), ctx);
    } catch (e) {
      return undefined;
    }
  }
  return undefined;
}

function formatProperty(ctx, value, depth, key, type) {
  let str;
  let separator = ' ';
  const desc = Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObject) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, depth);
    if (diff === 3 && ctx.breakLength < visibleLength(ctx, str)) separator = '\n' + ' '.repeat(ctx.indentationLvl);
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const g = ctx.getters;
    if (g && (g === true || (g === 'get' && desc.set === undefined) || (g === 'set' && desc.set !== undefined))) {
      try {
        const got = desc.get.call(value);
        ctx.indentationLvl += 2;
        if (got === null) str = ctx.stylize('[' + label + ':', 'special') + ' ' + ctx.stylize('null', 'null') + ctx.stylize(']', 'special');
        else if (typeof got === 'object') str = ctx.stylize('[' + label + ']', 'special') + ' ' + formatValue(ctx, got, depth);
        else str = ctx.stylize('[' + label + ':', 'special') + ' ' + formatPrimitive(ctx.stylize, got, ctx) + ctx.stylize(']', 'special');
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = ctx.stylize('[' + label + ': <Inspection threw (' + err.message + ')>]', 'special');
      }
    } else {
      str = ctx.stylize('[' + label + ']', 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayExtras && typeof key === 'number') return str;
  return formatKey(ctx, typeof key === 'number' ? String(key) : key, desc.enumerable) + ':' + separator + str;
}

// Arrays of many short items are laid out in aligned columns, like Node.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let count = output.length;
  if (ctx.maxArrayLength < output.length) count--; // the "... more items" line is not grouped
  const separatorSpace = 2;
  const lengths = new Array(count);
  for (let i = 0; i < count; i++) {
    const len = visibleLength(ctx, output[i]);
    lengths[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const widest = maxLength + separatorSpace;
  if (widest * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / widest > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(widest - totalLength / output.length);
    const biasedMax = Math.max(widest - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * count) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / widest),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const columnWidths = [];
    for (let c = 0; c < columns; c++) {
      let width = 0;
      for (let j = c; j < output.length; j += columns) if (lengths[j] > width) width = lengths[j];
      columnWidths.push(width + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    const rows = [];
    for (let i = 0; i < count; i += columns) {
      const end = Math.min(i + columns, count);
      let line = '';
      let j = i;
      for (; j < end - 1; j++) {
        const width = columnWidths[j - i] + output[j].length - lengths[j];
        line += padStart ? (output[j] + ', ').padStart(width, ' ') : (output[j] + ', ').padEnd(width, ' ');
      }
      if (padStart) {
        const width = columnWidths[j - i] + output[j].length - lengths[j] - separatorSpace;
        line += output[j].padStart(width, ' ');
      } else {
        line += output[j];
      }
      rows.push(line);
    }
    if (ctx.maxArrayLength < output.length) rows.push(output[count]);
    return rows;
  }
  return output;
}

function fitsOnOneLine(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += visibleLength(ctx, output[i]);
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, depth, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtras && entries > 6) output = groupArrayElements(ctx, output, value);
      // An object nesting at most `compact` levels whose entries fit is printed on one line.
      if (ctx.currentDepth - depth < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (fitsOnOneLine(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
        }
      }
    }
    const indentation = '\n' + ' '.repeat(ctx.indentationLvl);
    return (base ? base + ' ' : '') + braces[0] + indentation + '  ' + output.join(',' + indentation + '  ') + indentation + braces[1];
  }
  if (fitsOnOneLine(ctx, output, 0, base)) {
    return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const lead = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + '\n' + indentation + '  ';
  return braces[0] + lead + output.join(',\n' + indentation + '  ') + ' ' + braces[1];
}

// ---- public entry ----

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspect.defaultOptions.showHidden,
    depth: inspect.defaultOptions.depth,
    colors: inspect.defaultOptions.colors,
    customInspect: inspect.defaultOptions.customInspect,
    showProxy: inspect.defaultOptions.showProxy,
    maxArrayLength: inspect.defaultOptions.maxArrayLength,
    maxStringLength: inspect.defaultOptions.maxStringLength,
    breakLength: inspect.defaultOptions.breakLength,
    compact: inspect.defaultOptions.compact,
    sorted: inspect.defaultOptions.sorted,
    getters: inspect.defaultOptions.getters,
    numericSeparator: inspect.defaultOptions.numericSeparator,
    userOptions: {},
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2 && arguments[2] !== undefined) ctx.depth = arguments[2];
    if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    if (typeof opts === 'boolean') ctx.showHidden = opts;
    else if (opts !== null && typeof opts === 'object') {
      ctx.userOptions = opts;
      for (const key of Object.keys(opts)) {
        if (hasOwn.call(defaultOptions, key) || key === 'stylize') ctx[key] = opts[key];
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  if (ctx.depth === Infinity) ctx.depth = null;
  return formatValue(ctx, value, 0);
}

inspect.custom = customSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return defaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw require('internal/errors').invalidArgType('options', 'object', options);
    }
    Object.assign(defaultOptions, options);
  },
  enumerable: true,
  configurable: true,
});
inspect.colors = colors;
inspect.styles = styles;

module.exports = {
  inspect, formatNumber, formatBigInt, stripVTControlCharacters, stylizeNoColor, settledValues,
  isMap, isSet, isDate, isRegExp, isWeakMap, isWeakSet, isDataView, isPromise, isArrayBuffer,
  isSharedArrayBuffer, isError, boxedKind, typedArrayName, tagOf,
};
