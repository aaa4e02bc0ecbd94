/** Rewrites the keys table in README.md from source/ui/keymap.ts, so the two cannot disagree. */
import {readFileSync, writeFileSync} from 'node:fs';
import {keyTableMarkdown} from '../source/ui/key-help.js';
import {KEYS_END, KEYS_START} from '../test/helpers/readme.js';

const file = new URL('../README.md', import.meta.url);
const readme = readFileSync(file, 'utf8');
const start = readme.indexOf(KEYS_START);
const end = readme.indexOf(KEYS_END);
if (start === -1 || end === -1) throw new Error(`README.md has no ${KEYS_START} … ${KEYS_END} block`);
writeFileSync(file, `${readme.slice(0, start + KEYS_START.length)}\n${keyTableMarkdown().trimEnd()}\n${readme.slice(end)}`);
console.log('README.md keys table updated');
