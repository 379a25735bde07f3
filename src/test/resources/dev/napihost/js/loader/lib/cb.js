const a = require("./ca"); exports.partial = JSON.stringify(Object.keys(a)); exports.done = true;
