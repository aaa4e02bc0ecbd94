import {describe, expect, it} from 'vitest';
import {firstSelectable, LIST_START, moveCursor, reveal} from '../../source/ui/list-window.js';

describe('list window', () => {
	it('scrolls only when the cursor leaves the window', () => {
		let list = LIST_START;
		for (let i = 0; i < 9; i++) list = moveCursor(list, {by: 1}, 100, 10);
		expect(list).toEqual({cursor: 9, offset: 0});
		list = moveCursor(list, {by: 1}, 100, 10);
		expect(list).toEqual({cursor: 10, offset: 1});
		list = moveCursor(list, {by: -1}, 100, 10);
		expect(list).toEqual({cursor: 9, offset: 1});
	});

	it('pages by the window height less one and stops at the ends', () => {
		expect(moveCursor(LIST_START, {pages: 1}, 100, 10)).toEqual({cursor: 9, offset: 0});
		expect(moveCursor({cursor: 9, offset: 0}, {pages: 1}, 100, 10)).toEqual({cursor: 18, offset: 9});
		expect(moveCursor(LIST_START, {to: 'bottom'}, 250_000, 19)).toEqual({cursor: 249_999, offset: 249_981});
		expect(moveCursor({cursor: 5, offset: 0}, {pages: -3}, 100, 10)).toEqual({cursor: 0, offset: 0});
		expect(moveCursor({cursor: 3, offset: 0}, {by: 1}, 0, 10)).toEqual(LIST_START);
	});

	it('skips headings in the direction of travel', () => {
		const heading = (i: number) => i === 0 || i === 3;
		expect(firstSelectable(6, heading)).toBe(1);
		expect(moveCursor({cursor: 2, offset: 0}, {by: 1}, 6, 10, heading).cursor).toBe(4);
		expect(moveCursor({cursor: 4, offset: 0}, {by: -1}, 6, 10, heading).cursor).toBe(2);
		expect(moveCursor({cursor: 1, offset: 0}, {to: 'top'}, 6, 10, heading).cursor).toBe(1);
	});

	it('keeps the cursor visible after the window shrinks', () => {
		expect(reveal({cursor: 30, offset: 10}, 100, 10)).toEqual({cursor: 30, offset: 21});
		expect(reveal({cursor: 50, offset: 45}, 20, 10)).toEqual({cursor: 19, offset: 10});
	});
});
