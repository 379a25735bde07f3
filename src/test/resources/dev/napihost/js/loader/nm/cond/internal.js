module.exports="internal"
