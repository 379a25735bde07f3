exports.name = 'cjspkg';
exports.add = (a, b) => a + b;
