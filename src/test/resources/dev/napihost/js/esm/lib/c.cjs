console.log("c (cjs)"); exports.c = "c";
