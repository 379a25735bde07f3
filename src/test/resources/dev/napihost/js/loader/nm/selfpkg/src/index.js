module.exports = "self:" + require("selfpkg/util")
