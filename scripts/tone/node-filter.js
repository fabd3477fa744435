#!/usr/bin/env node
// The Node.js baseline of bench/tone.sh: the same job as scrm-tone done with
// npm `sentiment` (AFINN-165): read NDJSON, add a tone object, write NDJSON.
//   NODE_PATH=DIR/node_modules node scripts/tone/node-filter.js < IN > OUT
'use strict';
const readline = require('readline');
const Sentiment = require('sentiment');
const sentiment = new Sentiment();
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const out = [];
let pending = 0;
function flush(force) {
  if (out.length && (force || out.length >= 4096)) {
    process.stdout.write(out.join(''));
    out.length = 0;
  }
}
rl.on('line', (line) => {
  if (!line) return;
  let r;
  try { r = JSON.parse(line); } catch (e) { return; }
  if (typeof r.text === 'string') {
    const a = sentiment.analyze(r.text);
    const score = Math.max(-1, Math.min(1, a.comparative));
    r.tone = { score, label: score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral' };
  }
  out.push(JSON.stringify(r) + '\n');
  flush(false);
});
rl.on('close', () => flush(true));
