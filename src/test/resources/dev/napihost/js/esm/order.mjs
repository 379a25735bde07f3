// CommonJS modules run in their place in evaluation order, after the ES modules before them.
import './lib/a.mjs';
import './lib/b.cjs';
import { c } from './lib/c.cjs';
console.log('main', c);
