module.exports = require('./literal');
