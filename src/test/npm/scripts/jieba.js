// @node-rs/jieba: segmentation, tagging and keyword extraction of Chinese text.
const { Jieba, TfIdf } = require('@node-rs/jieba');
const { dict, idf } = require('@node-rs/jieba/dict');
const jieba = Jieba.withDict(dict);
const text = '我们中出了一个叛徒，南京市长江大桥欢迎你。今天天气不错，我们去公园散步吧';
console.log(JSON.stringify(jieba.cut(text, false)));
console.log(JSON.stringify(jieba.cut(text, true)));
console.log(JSON.stringify(jieba.cutAll('南京市长江大桥')));
console.log(JSON.stringify(jieba.cutForSearch('南京市长江大桥', true)));
console.log(JSON.stringify(jieba.tag('我是拖拉机学院手扶拖拉机专业的')));
const tfidf = TfIdf.withDict(idf);
console.log(JSON.stringify(tfidf.extractKeywords(jieba, text, 5).map((k) => [k.keyword, k.weight.toFixed(4)])));
