module.exports="cond-default:"+require("#int")
