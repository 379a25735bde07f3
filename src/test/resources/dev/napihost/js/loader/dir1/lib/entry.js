module.exports = "dir1-entry"
