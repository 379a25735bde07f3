module.exports = "pkgmain"
