'use strict';
// Node's coded errors (err.code + the message shapes Node prints), shared by the core modules.
// Messages follow Node's wording because programs and tests match on them.

function describeReceived(value) {
  if (value === undefined || value === null) return ' Received ' + value;
  if (typeof value === 'function') return ' Received function ' + (value.name || '<anonymous>');
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return ' Received an instance of ' + value.constructor.name;
    return ' Received ' + require('internal/inspect').inspect(value, { depth: -1 });
  }
  let shown = require('internal/inspect').inspect(value, { colors: false });
  if (shown.length > 28) shown = shown.slice(0, 25) + '...';
  return ' Received type ' + typeof value + ' (' + shown + ')';
}

function makeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  // Node's stack header reads "TypeError [CODE]: message"; the name stays the plain class name.
  if (typeof err.stack === 'string') {
    const header = Base.name + ': ';
    if (err.stack.startsWith(header)) {
      Object.defineProperty(err, 'stack', {
        value: Base.name + ' [' + code + ']: ' + err.stack.slice(header.length),
        writable: true, enumerable: false, configurable: true,
      });
    }
  }
  return err;
}

const classNames = ['string', 'number', 'bigint', 'boolean', 'symbol', 'function', 'object', 'undefined'];

function joinList(items, last) {
  if (items.length === 1) return items[0];
  if (items.length === 2) return items[0] + ' ' + last + ' ' + items[1];
  return items.slice(0, -1).join(', ') + ', ' + last + ' ' + items[items.length - 1];
}

// expected: a type name ('string'), a class name ('Buffer'), or a list of both.
function invalidArgType(name, expected, actual) {
  const list = Array.isArray(expected) ? expected : [expected];
  const types = [];
  const instances = [];
  const other = [];
  for (const e of list) {
    if (classNames.includes(e)) types.push(e);
    else if (/^[A-Z][A-Za-z0-9]*$/.test(e)) instances.push(e);
    else other.push(e);
  }
  let msg = name.endsWith(' argument') ? 'The ' + name + ' ' : 'The "' + name + '" ' + (name.includes('.') ? 'property' : 'argument') + ' ';
  msg += 'must be ';
  const parts = [];
  if (types.length > 0) parts.push((types.length > 1 ? 'one of type ' : 'of type ') + joinList(types, 'or'));
  if (instances.length > 0) parts.push('an instance of ' + joinList(instances, 'or'));
  if (other.length > 0) parts.push((other.length === 1 && other[0].toLowerCase() !== other[0] ? 'an ' : '') + joinList(other, 'or'));
  msg += parts.join(' or ') + '.' + describeReceived(actual);
  return makeError(TypeError, 'ERR_INVALID_ARG_TYPE', msg);
}

function withSeparators(text) {
  let sign = '';
  if (text[0] === '-') {
    sign = '-';
    text = text.slice(1);
  }
  let out = '';
  let i = text.length;
  for (; i >= 4; i -= 3) out = '_' + text.slice(i - 3, i) + out;
  return sign + text.slice(0, i) + out;
}

function outOfRange(name, range, received) {
  let shown;
  if (typeof received === 'number' && Number.isInteger(received) && Math.abs(received) > 2 ** 32) shown = withSeparators(String(received));
  else if (typeof received === 'bigint') {
    shown = String(received);
    if (received > 2n ** 32n || received < -(2n ** 32n)) shown = withSeparators(shown);
    shown += 'n';
  } else shown = require('internal/inspect').inspect(received);
  return makeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + shown);
}

function invalidArgValue(name, value, reason = 'is invalid') {
  let shown = require('internal/inspect').inspect(value);
  if (shown.length > 128) shown = shown.slice(0, 128) + '...';
  const kind = name.includes('.') ? 'property' : 'argument';
  return makeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The " + kind + " '" + name + "' " + reason + '. Received ' + shown);
}

function codedError(Base, code, message) {
  return makeError(Base, code, message);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'function', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') throw invalidArgType(name, 'object', value);
}

module.exports = {
  invalidArgType, outOfRange, invalidArgValue, codedError, withSeparators,
  validateFunction, validateString, validateObject,
};
