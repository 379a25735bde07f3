console.log("b (cjs)");
