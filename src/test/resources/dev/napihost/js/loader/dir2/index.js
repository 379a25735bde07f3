module.exports = "dir2-index"
