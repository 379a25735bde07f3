exports = {lost: true}; module.exports.kept = 1;
