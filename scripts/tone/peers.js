#!/usr/bin/env node
// Scores labelled mentions with the peer sentiment libraries, for `make eval`.
//
//   NODE_PATH=DIR/node_modules node scripts/tone/peers.js IN.ndjson OUT.ndjson
//
// IN lines carry "text" and "lang" (fr or en); each OUT line holds one score
// per peer: vader (compound), afinn (npm sentiment, score), wink
// (normalizedScore), nlpjs (@nlpjs/sentiment, score, locale from lang),
// natural (SentimentAnalyzer: Pattern for French, AFINN for English).
// Missing peers are left out of the lines.
'use strict';
process.env.DOTENV_CONFIG_QUIET = 'true';
const fs = require('fs');

function tryRequire(name) {
  try { return require(name); } catch (e) { return null; }
}

async function main() {
  const [input, output] = process.argv.slice(2);
  const lines = fs.readFileSync(input, 'utf8').split('\n').filter((l) => l.length);
  const vader = tryRequire('vader-sentiment');
  const Sentiment = tryRequire('sentiment');
  const wink = tryRequire('wink-sentiment');
  const nlpSent = tryRequire('@nlpjs/sentiment');
  const nlpCore = tryRequire('@nlpjs/core');
  const nlpFr = tryRequire('@nlpjs/lang-fr');
  const nlpEn = tryRequire('@nlpjs/lang-en');
  const natural = tryRequire('natural');
  const afinn = Sentiment ? new Sentiment() : null;
  let nlp = null;
  if (nlpSent && nlpCore && nlpFr && nlpEn) {
    const c = new nlpCore.Container();
    c.use(nlpFr.LangFr);
    c.use(nlpEn.LangEn);
    nlp = new nlpSent.SentimentAnalyzer({ container: c });
  }
  let natFr = null, natEn = null, natTok = null;
  if (natural) {
    natFr = new natural.SentimentAnalyzer('French', natural.PorterStemmerFr, 'pattern');
    natEn = new natural.SentimentAnalyzer('English', natural.PorterStemmer, 'afinn');
    natTok = new natural.WordTokenizer();
  }
  const out = [];
  for (const line of lines) {
    const r = JSON.parse(line);
    const text = r.text, fr = r.lang === 'fr';
    const s = {};
    if (vader) s.vader = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
    if (afinn) s.afinn = afinn.analyze(text).score;
    if (wink) s.wink = wink(text).normalizedScore;
    if (nlp) s.nlpjs = (await nlp.process({ locale: fr ? 'fr' : 'en', text })).sentiment.score;
    if (natural) {
      // natural's French analyser expects lower-case words with their accents.
      const toks = fr ? text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean) : natTok.tokenize(text);
      const v = (fr ? natFr : natEn).getSentiment(toks);
      s.natural = Number.isFinite(v) ? v : 0;
    }
    out.push(JSON.stringify(s));
  }
  fs.writeFileSync(output, out.join('\n') + '\n');
}

main().catch((e) => { console.error(`peers.js: ${e.message}`); process.exit(1); });
