// napi-rs style loader: the native binding's functions re-exported one by one.
const binding = require(process.argv[2]);
module.exports.hello = binding.hello;
module.exports.add = binding.add;
