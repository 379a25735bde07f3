module.exports="dep-a"
