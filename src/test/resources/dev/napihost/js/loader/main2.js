// fallback to index.js with a DEP0128 warning; require of a directory with trailing slash; process.mainModule
console.log(require('fallback'), process.mainModule === module, require.main.filename === __filename);
