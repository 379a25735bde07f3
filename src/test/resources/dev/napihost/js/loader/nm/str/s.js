module.exports="str"
