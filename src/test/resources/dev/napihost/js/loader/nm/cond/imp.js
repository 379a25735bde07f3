module.exports = [require("#dep/a"), (() => { try { require("#missing") } catch (e) { return e.code } })()]
