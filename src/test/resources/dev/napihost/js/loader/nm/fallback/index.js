module.exports="fallback-index"
