'use strict';
// The named exports an ES module may import from a CommonJS file, found without running it, as
// Node does (it uses cjs-module-lexer; this is our own, smaller scanner for the same forms):
//   exports.a = / module.exports.a = / exports['a'] =
//   Object.defineProperty(exports, 'a', ...)
//   module.exports = { a, b: ..., 'c': ..., ...require('./d') }
//   module.exports = require('./e')            (re-export: e's names too)
//   __exportStar(require('./f'), exports) / __export(require('./f'))   (TypeScript output)
// Comments are skipped; text inside string and template literals can produce a false name (its
// value is then undefined), which is harmless.

// The code with comments removed and regular expression literals blanked; strings kept.
function stripComments(code) {
  let out = '';
  let i = 0;
  const n = code.length;
  let last = ''; // the previous significant character, to tell a regex from a division
  while (i < n) {
    const c = code[i];
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && code[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      out += ' ';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < n && code[j] !== c) {
        if (code[j] === '\\') j++;
        else if (c !== '`' && code[j] === '\n') break;
        j++;
      }
      out += code.slice(i, j + 1);
      i = j + 1;
      last = c;
      continue;
    }
    if (c === '/' && (last === '' || '(,=:[!&|?{};+-*%<>~^'.includes(last))) {
      let j = i + 1;
      let inClass = false;
      while (j < n && code[j] !== '\n' && (inClass || code[j] !== '/')) {
        if (code[j] === '\\') j++;
        else if (code[j] === '[') inClass = true;
        else if (code[j] === ']') inClass = false;
        j++;
      }
      // A regular expression's text can name nothing: blank it.
      out += '/' + ' '.repeat(Math.max(0, j - i - 1)) + '/';
      i = j + 1;
      last = '/';
      continue;
    }
    out += c;
    if (!/\s/.test(c)) last = c;
    i++;
  }
  return out;
}

const ident = '[A-Za-z_$][\\w$]*';
const str = '(?:\'([^\'\\\\\\n]*)\'|"([^"\\\\\\n]*)")';
const exportsRef = '(?:(?<![\\w$.])module\\s*\\.\\s*exports|(?<![\\w$.])exports)';
const dotAssign = new RegExp(exportsRef + '\\s*\\.\\s*(' + ident + ')\\s*=(?!=)', 'g');
const bracketAssign = new RegExp(exportsRef + '\\s*\\[\\s*' + str + '\\s*\\]\\s*=(?!=)', 'g');
const defineProp = new RegExp('Object\\s*\\.\\s*defineProperty\\s*\\(\\s*' + exportsRef + '\\s*,\\s*' + str, 'g');
const requireCall = new RegExp('^require\\s*\\(\\s*' + str + '\\s*\\)$');
const moduleExportsRequire = new RegExp('(?<![\\w$.])module\\s*\\.\\s*exports\\s*=\\s*require\\s*\\(\\s*' + str + '\\s*\\)(?!\\s*[.(\\[])', 'g');
const exportStar = new RegExp('(?<![\\w$.])(?:__exportStar|__export|tslib\\.__exportStar|tslib_\\d*\\.__exportStar)\\s*\\(\\s*require\\s*\\(\\s*' + str + '\\s*\\)', 'g');
const objectAssign = new RegExp('(?<![\\w$.])module\\s*\\.\\s*exports\\s*=\\s*\\{', 'g');

// The top-level entries of the object literal that starts at code[open] === '{'.
function objectEntries(code, open) {
  const entries = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) {
        if (code[j] === '\\') j++;
        j++;
      }
      i = j;
      continue;
    }
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') {
      depth--;
      if (depth === 0) {
        entries.push(code.slice(start, i));
        break;
      }
    } else if (c === ',' && depth === 1) {
      entries.push(code.slice(start, i));
      start = i + 1;
    }
  }
  return entries.map((e) => e.trim()).filter(Boolean);
}

/** {names: [...], reexports: ['./x', ...]} of a CommonJS source text. */
function scan(source) {
  const code = stripComments(source);
  const names = new Set();
  const reexports = [];
  let m;
  for (const re of [dotAssign]) {
    re.lastIndex = 0;
    while ((m = re.exec(code)) !== null) names.add(m[1]);
  }
  for (const re of [bracketAssign, defineProp]) {
    re.lastIndex = 0;
    while ((m = re.exec(code)) !== null) names.add(m[1] !== undefined ? m[1] : m[2]);
  }
  for (const re of [moduleExportsRequire, exportStar]) {
    re.lastIndex = 0;
    while ((m = re.exec(code)) !== null) reexports.push(m[1] !== undefined ? m[1] : m[2]);
  }
  objectAssign.lastIndex = 0;
  while ((m = objectAssign.exec(code)) !== null) {
    // Like Node's lexer: shorthand names, `key: identifier` and `...require('x')`, up to the
    // first entry of any other form.
    for (const entry of objectEntries(code, m.index + m[0].length - 1)) {
      let e;
      if (entry.startsWith('...')) {
        if ((e = requireCall.exec(entry.slice(3).trim())) === null) break;
        reexports.push(e[1] !== undefined ? e[1] : e[2]);
      } else if ((e = new RegExp('^(' + ident + ')(?:\\s*:\\s*' + ident + ')?$').exec(entry)) !== null) {
        names.add(e[1]);
      } else if ((e = new RegExp('^' + str + '\\s*:\\s*' + ident + '$').exec(entry)) !== null) {
        names.add(e[1] !== undefined ? e[1] : e[2]);
      } else {
        break;
      }
    }
  }
  return { names: [...names], reexports };
}

module.exports = { scan, stripComments };
