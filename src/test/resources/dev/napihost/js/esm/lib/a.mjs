console.log("a (esm)");
