'use strict';
// util: format and inspect (placeholder; replaced by the full version).
function inspect(v, opts) {
  if (typeof v === 'string') return "'" + v + "'";
  if (typeof v === 'function') return '[Function: ' + (v.name || '(anonymous)') + ']';
  if (typeof v === 'bigint') return v + 'n';
  if (typeof v === 'symbol') return v.toString();
  if (v === null || typeof v !== 'object') return String(v);
  if (v instanceof Error) return v.stack || String(v);
  if (Array.isArray(v)) return '[ ' + v.map((x) => inspect(x)).join(', ') + ' ]';
  const keys = Object.keys(v);
  if (keys.length === 0) return '{}';
  return '{ ' + keys.map((k) => k + ': ' + inspect(v[k])).join(', ') + ' }';
}

function format(...args) {
  if (args.length === 0) return '';
  const first = args[0];
  let i = 1;
  let out = '';
  if (typeof first === 'string') {
    out = first.replace(/%[sdifjoOc%]/g, (m) => {
      if (m === '%%') return '%';
      if (i >= args.length) return m;
      const a = args[i++];
      switch (m) {
        case '%s': return typeof a === 'string' ? a : typeof a === 'bigint' ? a + 'n' : (typeof a === 'object' && a !== null) ? inspect(a) : String(a);
        case '%d': return typeof a === 'bigint' ? a + 'n' : typeof a === 'symbol' ? 'NaN' : String(Number(a));
        case '%i': return typeof a === 'bigint' ? a + 'n' : typeof a === 'symbol' ? 'NaN' : String(parseInt(a));
        case '%f': return typeof a === 'symbol' ? 'NaN' : String(parseFloat(a));
        case '%j': try { return JSON.stringify(a); } catch (e) { return '[Circular]'; }
        case '%o': case '%O': return inspect(a);
        case '%c': return '';
      }
      return m;
    });
  } else {
    out = inspect(first);
  }
  for (; i < args.length; i++) {
    const a = args[i];
    out += ' ' + (typeof a === 'string' ? a : inspect(a));
  }
  return out;
}

module.exports = { format, inspect };
