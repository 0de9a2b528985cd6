// Runs wink-nlp (default pipeline: sentences, POS, entities, negation, sentiment) over every file in a folder
// and prints the CPU seconds it used, model loading included, as "<cpu-seconds> <files> <words>".
'use strict';
const fs = require('fs');
const path = require('path');
const start = process.cpuUsage();
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const its = nlp.its;
const dir = process.argv[2];
let files = 0;
let words = 0;
for (const name of fs.readdirSync(dir).sort()) {
  const text = fs.readFileSync(path.join(dir, name), 'utf8');
  const doc = nlp.readDoc(text);
  // Read the annotations back so lazy work is done.
  doc.tokens().out(its.pos);
  doc.entities().out(its.detail);
  doc.sentences().out();
  words += text.split(/\s+/).filter(Boolean).length;
  files++;
}
const used = process.cpuUsage(start);
console.log(((used.user + used.system) / 1e6).toFixed(2), files, words);
