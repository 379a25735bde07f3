// Names Node's static analysis cannot see are only reachable through the default export.
Object.assign(module.exports, { hidden: 1 });
exports.visible = 2;
