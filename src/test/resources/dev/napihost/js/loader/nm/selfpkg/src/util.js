module.exports = "util"
