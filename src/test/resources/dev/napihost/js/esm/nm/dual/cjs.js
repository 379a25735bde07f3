exports.which = "cjs";
