module.exports = "main entry";
