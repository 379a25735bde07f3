const out = []; const util = require('util');
const p = (...a) => out.push(a.map((x) => typeof x === 'string' ? x : util.inspect(x)).join(' '));
const te = new TextEncoder(); p(te.encode('h€𝄞\ud800'), te.encoding, te.encodeInto('h€llo', new Uint8Array(4)));
const td = new TextDecoder(); p(td.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3])), td.encoding, td.fatal, new TextDecoder('utf-16le').decode(new Uint8Array([0x68, 0, 0x69, 0])));
p(new TextDecoder('utf8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length);
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xc3])); } catch (e) { p(e.name, e.code); }
try { new TextDecoder('nope'); } catch (e) { p(e.name, e.code, e.message); }
const sd = new TextDecoder(); p(sd.decode(new Uint8Array([0xe2, 0x82]), { stream: true }) + '|' + sd.decode(new Uint8Array([0xac, 0x41]), { stream: true }) + '|' + sd.decode());
const sc = structuredClone({ a: [1, { b: new Date(0) }], m: new Map([[1, new Set([2])]]), u: new Uint8Array([1, 2]) }); p(sc);
const cyc = { x: 1 }; cyc.self = cyc; const cc = structuredClone(cyc); p(cc.self === cc, cc !== cyc);
try { structuredClone(() => {}); } catch (e) { p(e.name, e instanceof DOMException, e.code); }
p(atob('aGVsbG8='), btoa('hello'));
const u = new URL('https://user:pw@Example.COM:443/a/./b/../c%20d?x=1&y=two#frag');
p(u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash);
p(u.searchParams.get('y'), [...u.searchParams.keys()]); u.searchParams.append('z', 'a b&c'); p(u.href); u.hash = ''; u.port = '8080'; u.pathname = '/new path'; p(u.href, String(u), JSON.stringify({ u }));
p(new URL('../x?q#h', 'http://h.com/a/b/c').href, new URL('//other.org/p', 'https://h.com').href, new URL('?q=2', 'http://h.com/p?q=1').href, new URL('#f', 'http://h.com/p?q').href);
p(new URL('file:///tmp/a b/ü.txt').href, new URL('file:///tmp/x').pathname, new URL('mailto:someone@example.com').pathname, new URL('http://127.1/').host, new URL('HTTP://H.COM').href, new URL('http://h.com:80/').href);
p(new URL('data:text/plain,hello world').href, new URL('blob:https://a.com/uuid').origin, new URL('http://[::1]:3000/x').host, new URL('ws://a.com/').origin);
try { new URL('not a url'); } catch (e) { p(e.name, e.code, e.message, e.input); }
try { new URL('/rel', 'also bad'); } catch (e) { p(e.code); }
p(URL.canParse('http://x'), URL.canParse('x'), new URL('http://a.com/?a=1&b=%20x+y').searchParams.get('b'));
const sp = new URLSearchParams('?b=2&a=1&b=3&c=%E2%82%AC'); p(sp.getAll('b'), sp.get('c'), sp.has('a'), sp.size, sp.toString()); sp.sort(); p(sp.toString()); sp.delete('b'); sp.set('a', 'x y'); p(sp.toString(), [...sp]);
p(new URLSearchParams({ q: 'é', n: 1 }).toString(), new URLSearchParams([['k', 'v']]).toString(), util.inspect(new URLSearchParams('a=1&b=2')));
const url = require('url'); p(url.fileURLToPath('file:///tmp/a%20b'), url.pathToFileURL('/tmp/a b#c').href);
p(typeof performance.now(), performance.now() >= 0, performance.now() < 60000, typeof performance.timeOrigin);
const ac = new AbortController(); const events = []; ac.signal.addEventListener('abort', (e) => events.push(e.type + ':' + (e.target === ac.signal))); ac.signal.onabort = () => events.push('onabort');
p(ac.signal.aborted); ac.abort(); ac.abort(); p(ac.signal.aborted, ac.signal.reason.name, ac.signal.reason.message, ac.signal.reason.code, events);
try { ac.signal.throwIfAborted(); } catch (e) { p('thrown', e.name); }
p(AbortSignal.abort('why').reason, AbortSignal.abort().aborted);
try { new AbortSignal(); } catch (e) { p(e.name, e.code); }
const et = new EventTarget(); const seen = []; const h = (e) => seen.push('h:' + e.type); et.addEventListener('x', h); et.addEventListener('x', h); et.addEventListener('x', { handleEvent: (e) => seen.push('obj') }, { once: true });
et.dispatchEvent(new Event('x')); et.dispatchEvent(new Event('x')); et.removeEventListener('x', h); et.dispatchEvent(new Event('x')); p(seen);
const ev = new Event('c', { cancelable: true }); et.addEventListener('c', (e) => e.preventDefault()); p(et.dispatchEvent(ev), ev.defaultPrevented, ev.cancelable, ev.bubbles, ev.eventPhase);
p(new DOMException('m', 'NotFoundError').code, new DOMException('m').name, DOMException.ABORT_ERR, new DOMException('x', 'AbortError') instanceof Error);
p(['TextEncoder', 'URL', 'AbortController', 'EventTarget', 'performance', 'structuredClone', 'atob', 'DOMException', 'Buffer', 'process'].filter((k) => Object.keys(globalThis).includes(k)));
p(Object.getOwnPropertyDescriptor(globalThis, 'URL').enumerable, typeof Error.captureStackTrace);
const o = {}; Error.captureStackTrace(o); p(typeof o.stack, o.stack.split('\n')[0]);
function MyErr(m) { this.message = m; this.name = 'MyErr'; Error.captureStackTrace(this, MyErr); } const me = new MyErr('boom'); p(me.stack.split('\n')[0], me.stack.includes('at MyErr'));
console.log(out.join('\n'));
