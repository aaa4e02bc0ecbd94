import {beforeAll, describe, expect, it} from 'vitest';
import type {KeyEvent} from '../../source/ui/key-reader.js';
import type {ScreenData} from '../../source/ui/screen-data.js';
import {uiReducer} from '../../source/ui/ui-reducer.js';
import type {UiState} from '../../source/ui/ui-state.js';
import {ready, renderApp, sampleData} from '../helpers/render.js';

let data: ScreenData;
beforeAll(async () => {
	data = await sampleData();
});

/** Sends raw terminal input, one chunk per action, as the terminal would deliver it. */
function chunks(state: UiState, ...inputs: string[]): UiState {
	return inputs.reduce<UiState>((s, input) => uiReducer(s, {type: 'key', input, key: {}}), state);
}

/** The query with `|` where its cursor is. */
const line = (s: UiState) => {
	const chars = [...s.query];
	chars.splice(s.queryCursor, 0, '|');
	return chars.join('');
};

describe('keys that arrive together are each applied', () => {
	it('types a pasted title and opens it on the Enter in the same chunk', () => {
		const state = chunks(ready(data), '/', 'lupin\r');
		expect(state.screen).toBe('show');
		expect(state.showKey).toBe('lupin');
	});

	it('applies Backspace and the letter after it in one chunk', () => {
		const state = chunks(ready(data), '/dakr', '\u007F\u007Frk');
		expect(state.query).toBe('dark');
		expect(state.hits[0]!.show.name).toBe('Dark');
	});

	it('leaves search and moves on the Stopped list in one chunk', () => {
		const state = chunks(ready(data), '/x', '\u001Bjj');
		expect(state.screen).toBe('stopped');
		expect(state.lists.stopped.cursor).toBe(3);
	});

	it('types a bracketed paste as text, never as commands, and only into the query', () => {
		const typed = chunks(ready(data), '/', '\u001B[200~q\u001B[A lupin\n\u001B[201~');
		expect(typed.quit).toBe(false);
		expect(typed.query).toBe('q lupin ');
		const onStopped = chunks(ready(data), '\u001B[200~qjj\u001B[201~');
		expect(onStopped.quit).toBe(false);
		expect(onStopped.lists.stopped.cursor).toBe(ready(data).lists.stopped.cursor);
	});
});

describe('the query edits like a shell line', () => {
	it.each([
		['Left twice, then text goes in at the cursor', ['/drk', '\u001B[D\u001B[D', 'a'], 'da|rk'],
		['Right stops at the end', ['/ab', '\u001B[D\u001B[C\u001B[C\u001B[C'], 'ab|'],
		['Home / Ctrl+A to the start, End / Ctrl+E to the end', ['/ark', '\u001B[H', 'd', '\u001B[F', '!'], 'dark!|'],
		['Ctrl+A and Ctrl+E', ['/ark', '\u0001d\u0005s'], 'darks|'],
		['Backspace deletes before the cursor', ['/dark', '\u001B[D\u007F'], 'da|k'],
		['Delete deletes under the cursor', ['/dxarky', '\u007F', '\u0001\u001B[C\u001B[3~'], 'd|ark'],
		['Ctrl+W deletes the word before the cursor and the spaces after it', ['/stranger things  ', '\u0017'], 'stranger |'],
		['Ctrl+W twice clears two words', ['/la casa de', '\u0017\u0017'], 'la |'],
		['Ctrl+U deletes from the start to the cursor', ['/the dark', '\u001B[D\u001B[D\u001B[D\u001B[D', '\u0015'], '|dark'],
		['Ctrl+K deletes from the cursor to the end', ['/dark matter', '\u0001\u001B[C\u001B[C\u001B[C\u001B[C\u000B'], 'dark|'],
		['the cursor counts characters, not UTF-16 units', ['/🎈é', '\u001B[D', 'x'], '🎈x|é'],
	])('%s', (_, inputs, expected) => {
		expect(line(chunks(ready(data), ...inputs))).toBe(expected);
	});

	it('searches again when the text changes, not when only the cursor moves', () => {
		const typed = chunks(ready(data), '/dark');
		const moved = chunks(typed, '\u0001');
		expect(moved.hits).toBe(typed.hits);
		// An empty query lists every title, newest first (explorer-lists), so clearing it searches again.
		const cleared = chunks(moved, '\u000B');
		expect(cleared.hits).not.toBe(moved.hits);
		expect(cleared.hits).toEqual(data.index.all());
	});

	it('keeps Home and End for the list when not typing', () => {
		const state = chunks(ready(data), '3', '\u001B[F');
		expect(state.lists.history.cursor).toBe(data.historyLines(null).length - 1);
	});
});

describe('the mouse', () => {
	const mouse = (state: UiState, kind: 'wheelUp' | 'wheelDown' | 'press', y: number): UiState =>
		uiReducer(state, {type: 'keys', keys: [{input: '', key: {}, mouse: {kind, x: 5, y}} satisfies KeyEvent]});

	it('scrolls the list with the wheel, three rows a step', () => {
		const history = chunks(ready(data), '3');
		const down = mouse(mouse(history, 'wheelDown', 10), 'wheelDown', 10);
		expect(down.lists.history.cursor).toBe(6);
		expect(mouse(down, 'wheelUp', 10).lists.history.cursor).toBe(3);
	});

	it('puts the cursor on the row clicked (below the header and the two top lines), not on a heading or past the end', () => {
		const history = chunks(ready(data), '3');
		// Line 4 is the first row, line 9 the sixth.
		expect(mouse(history, 'press', 9).lists.history.cursor).toBe(5);
		expect(mouse(history, 'press', 2)).toBe(history);
		const stopped = ready(data);
		// The Stopped list starts with its "Series" heading (line 4): a click there changes nothing.
		expect(mouse(stopped, 'press', 4)).toBe(stopped);
		expect(mouse(stopped, 'press', 6).lists.stopped.cursor).toBe(2);
		const search = chunks(ready(data), '/dark');
		expect(mouse(search, 'press', 12)).toBe(search);
	});

	it('selects the row clicked in the real app, from raw SGR reports', async () => {
		const app = renderApp(ready(data), {width: 100, height: 24});
		await app.press('3');
		const frame = await app.press('\u001B[<0;10;8M', f => /^› /m.test(f.split('\n')[7] ?? ''));
		expect(frame.split('\n')[7]).toMatch(/^› /);
		app.unmount();
	});
});
