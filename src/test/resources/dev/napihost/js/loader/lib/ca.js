exports.a1 = 1; const b = require("./cb"); exports.bSeen = b.done; exports.a2 = 2;
