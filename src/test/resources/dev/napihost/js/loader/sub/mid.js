module.exports = require("./deep/req")
