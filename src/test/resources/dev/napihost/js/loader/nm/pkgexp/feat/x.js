module.exports = "feat-x"
