'use strict';
// `worker_threads` for code that only asks where it runs: this is the main thread, and there is
// no parent port. napi-host runs one JS thread per runtime; `new Worker()` throws, naming itself.
const { codedError } = require('internal/errors');
const EventEmitter = require('events');

class Worker extends EventEmitter {
  constructor() {
    super();
    throw codedError(Error, 'ERR_NAPI_HOST_UNSUPPORTED', 'napi-host does not implement worker_threads.Worker yet ' +
      '(each runtime has one JS thread; create another NodeRuntime instead)');
  }
}

const environmentData = new Map();

module.exports = {
  isMainThread: true,
  parentPort: null,
  resourceLimits: {},
  threadId: 0,
  workerData: null,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  MessageChannel: globalThis.MessageChannel,
  MessagePort: globalThis.MessagePort,
  BroadcastChannel: globalThis.BroadcastChannel,
  getEnvironmentData: (key) => environmentData.get(key),
  setEnvironmentData: (key, value) => {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
  markAsUntransferable: () => {},
  isMarkedAsUntransferable: () => false,
  moveMessagePortToContext: () => {
    throw codedError(Error, 'ERR_NAPI_HOST_UNSUPPORTED', 'napi-host does not implement worker_threads.moveMessagePortToContext yet');
  },
  receiveMessageOnPort: () => undefined,
};
