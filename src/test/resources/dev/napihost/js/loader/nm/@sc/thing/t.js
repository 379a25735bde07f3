module.exports="scoped"
