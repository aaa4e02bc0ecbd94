import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {keyHelpLines, keyHints, keyTableMarkdown} from '../../source/ui/key-help.js';
import {BINDINGS, commandFor} from '../../source/ui/keymap.js';

describe('keymap', () => {
	it('gives only the asked-for hints, help and quit last', () => {
		expect(keyHints(['list'], false, ['back', 'help', 'quit'])).toEqual(['Esc back', '? help', 'q quit']);
		expect(keyHints(['list', 'stopped']).slice(-2)).toEqual(['? help', 'q quit']);
	});

	it('maps arrows and vi keys to the same commands', () => {
		expect(commandFor('j', {}, ['list'])).toBe('down');
		expect(commandFor('', {downArrow: true}, ['list'])).toBe('down');
		expect(commandFor('k', {}, ['list'])).toBe('up');
		expect(commandFor('G', {shift: true}, ['list'])).toBe('bottom');
		expect(commandFor('', {pageDown: true}, ['list'])).toBe('pageDown');
		expect(commandFor('', {tab: true, shift: true}, [])).toBe('prevScreen');
		expect(commandFor('', {tab: true}, [])).toBe('nextScreen');
	});

	it('keeps screen-specific keys to their screen', () => {
		expect(commandFor('a', {}, ['list', 'stopped'])).toBe('toggleAbandoned');
		expect(commandFor('a', {}, ['list'])).toBeNull();
		expect(commandFor('d', {}, ['welcome'])).toBe('demo');
		expect(commandFor('d', {}, ['list'])).toBeNull();
	});

	it('lets letters through while typing, but not Ctrl+C, arrows or Enter', () => {
		expect(commandFor('q', {}, ['list'])).toBe('quit');
		expect(commandFor('q', {}, ['list'], true)).toBeNull();
		expect(commandFor('j', {}, ['list'], true)).toBeNull();
		expect(commandFor('3', {}, ['list'], true)).toBeNull();
		expect(commandFor('c', {ctrl: true}, ['list'], true)).toBe('quit');
		expect(commandFor('', {downArrow: true}, ['list'], true)).toBe('down');
		expect(commandFor('', {return: true}, ['list'], true)).toBe('open');
		expect(commandFor('', {escape: true}, ['list'], true)).toBe('back');
	});

	it('writes help lines and the README table for every binding', () => {
		const help = keyHelpLines().join('\n');
		const table = keyTableMarkdown();
		for (const b of BINDINGS) {
			expect(help).toContain(b.help);
			expect(table).toContain(b.help);
		}
		expect(table.split('\n')[0]).toBe('| Key | Does | Where |');
		expect(table).toContain('| `q` / `Ctrl+C` | Quit |');
	});

	it('offers status-bar hints for the context only', () => {
		expect(keyHints(['list', 'stopped']).slice(0, 2)).toEqual(['a abandoned', 'f finished']);
		expect(keyHints(['list'])).not.toContain('a abandoned');
		expect(keyHints(['list'], true)).toContain('Ctrl+C quit');
		expect(keyHints(['list'], true)).not.toContain('/ search');
	});

	it('does not import Ink or React (the CLI loads it and key-help.ts for --help)', () => {
		const imports = (file: string) => [...readFileSync(new URL(file, import.meta.url), 'utf8').matchAll(/^import (type )?.* from '([^']+)'/gm)].map(m => `${m[1] ?? ''}${m[2]}`);
		expect(imports('../../source/ui/key-help.ts')).toEqual(['./keymap.js']);
		expect(imports('../../source/ui/keymap.ts')).toEqual(['../model/stopped.js']);
		// The stopped rules bring no code of their own imports along (types only).
		expect(imports('../../source/model/stopped.ts').every(spec => spec.startsWith('type '))).toBe(true);
	});
});
