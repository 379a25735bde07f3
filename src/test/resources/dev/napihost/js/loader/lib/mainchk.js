module.exports = { main: require.main === module, id: module.id, loaded: module.loaded }
