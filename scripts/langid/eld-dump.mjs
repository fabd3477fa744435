// eld-dump.mjs - writes an ELD n-gram database (npm package `eld`, Apache-2.0) as text:
// a "#langs code,code,..." line, then one line per n-gram: its bytes in hex, a tab, and
// "language-index:weight" pairs. ELD keeps bytes as characters of its own dictionary
// (src/dictionary.js); this undoes that so the n-grams are plain UTF-8 bytes again.
// Usage: node eld-dump.mjs ELD_PACKAGE_DIR SIZE > dump.txt   (SIZE: extrasmall small medium large)
import { pathToFileURL } from 'node:url'
const [dir, size] = process.argv.slice(2)
const { dictionary } = await import(pathToFileURL(`${dir}/src/dictionary.js`).href)
const { ngramsData } = await import(pathToFileURL(`${dir}/src/ngrams/${size}.js`).href)
const inv = new Map()
for (let b = 0; b < 256; b++) { const c = dictionary[b]; if (c !== ' ') { if (inv.has(c)) throw new Error('dup '+c); inv.set(c, b) } }
inv.set(' ', 32)
const langs = ngramsData.languages
let out = ['#langs ' + Object.keys(langs).map(k => langs[k]).join(',')]
for (const [k, v] of Object.entries(ngramsData.ngrams)) {
  let hex = ''
  for (const ch of k) { if (!inv.has(ch)) throw new Error('unk ' + ch); hex += inv.get(ch).toString(16).padStart(2, '0') }
  out.push(hex + '\t' + Object.entries(v).map(([l, s]) => l + ':' + s).join(','))
}
process.stdout.write(out.join('\n') + '\n')
