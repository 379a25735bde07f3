require("./nope")
