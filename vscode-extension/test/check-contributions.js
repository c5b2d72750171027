// Static checks of the files package.json contributes, run by `npm test`
// next to the grammar tests:
//   - every contributed path exists and parses as JSON;
//   - every regular expression in language-configuration.json compiles;
//   - snippet bodies never contain an unescaped `$` before a letter or `_`
//     (VS Code would read `$name` as a snippet variable, not an HSL variable),
//     and every snippet has a prefix, a body and a description.
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const failures = [];

function fail(file, message) {
  failures.push(`${file}: ${message}`);
}

function readJSON(rel) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8'));
  } catch (err) {
    fail(rel, `cannot read JSON: ${err.message}`);
    return undefined;
  }
}

const pkg = readJSON('package.json');
const contributes = (pkg && pkg.contributes) || {};
const files = [
  ...(contributes.languages || []).map((l) => l.configuration).filter(Boolean),
  ...(contributes.grammars || []).map((g) => g.path),
  ...(contributes.snippets || []).map((s) => s.path),
];
for (const rel of files) {
  readJSON(rel);
}

const config = readJSON('language-configuration.json');
if (config) {
  const patterns = [
    ['wordPattern', config.wordPattern],
    ['indentationRules.increaseIndentPattern', config.indentationRules && config.indentationRules.increaseIndentPattern],
    ['indentationRules.decreaseIndentPattern', config.indentationRules && config.indentationRules.decreaseIndentPattern],
    ['folding.markers.start', config.folding && config.folding.markers.start],
    ['folding.markers.end', config.folding && config.folding.markers.end],
  ];
  (config.onEnterRules || []).forEach((rule, i) => {
    patterns.push([`onEnterRules[${i}].beforeText`, rule.beforeText]);
    if (rule.afterText !== undefined) {
      patterns.push([`onEnterRules[${i}].afterText`, rule.afterText]);
    }
  });
  for (const [name, source] of patterns) {
    if (typeof source !== 'string') {
      fail('language-configuration.json', `${name} is missing`);
      continue;
    }
    try {
      new RegExp(source);
    } catch (err) {
      fail('language-configuration.json', `${name} does not compile: ${err.message}`);
    }
  }
}

for (const rel of (contributes.snippets || []).map((s) => s.path)) {
  const snippets = readJSON(rel) || {};
  for (const [name, snippet] of Object.entries(snippets)) {
    if (!snippet.prefix || !snippet.body || !snippet.description) {
      fail(rel, `snippet "${name}" needs a prefix, a body and a description`);
      continue;
    }
    const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
    // Skip escaped characters, then look for `$` followed by a name start.
    const unescaped = body.replace(/\\./g, '').match(/\$[A-Za-z_]/);
    if (unescaped) {
      fail(rel, `snippet "${name}" has an unescaped "${unescaped[0]}"; write "\\\\$" for an HSL variable`);
    }
  }
}

if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(`✓ ${files.length} contributed files are valid`);
