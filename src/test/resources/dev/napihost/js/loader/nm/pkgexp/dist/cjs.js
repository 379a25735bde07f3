module.exports = "pkgexp-cjs"
