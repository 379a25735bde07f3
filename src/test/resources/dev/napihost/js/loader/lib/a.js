exports.name = 'a'; exports.fn = __filename; exports.dn = __dirname; exports.thisIs = this === module.exports;
