import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {COMMANDS} from '../source/commands/args.js';
import {keyTableMarkdown} from '../source/ui/key-help.js';
import {readme, readmeKeysTable} from './helpers/readme.js';

describe('README tells the truth', () => {
	it('opens with the install-and-run command and the test command', () => {
		const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme())![1]!;
		expect(firstBlock).toMatch(/^npm ci && npm start\b/m);
		expect(firstBlock).toMatch(/^npm test\b/m);
		const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
		expect(pkg.scripts.start).toContain('--demo');
	});

	it('CI runs the same test command', () => {
		expect(readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')).toMatch(/^npm test$/m);
	});

	it('has the keys table of the keymap (npm run readme rewrites it)', () => {
		expect(readmeKeysTable()).toBe(keyTableMarkdown().trim());
	});

	it('documents every command', () => {
		for (const command of COMMANDS) expect(readme()).toContain(`| \`${command}\` |`);
	});
});
