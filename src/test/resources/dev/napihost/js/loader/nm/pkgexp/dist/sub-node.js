module.exports = "sub-node"
