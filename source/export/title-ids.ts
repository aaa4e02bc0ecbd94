import type {ViewingRow} from './viewing-activity.js';

/**
 * Numbers the distinct titles of rows in first-seen order and sets each row's `titleId`; returns the
 * titles. The ViewingActivity reader does this while reading (by bytes); the simple download and
 * rows built by hand (tests, tools) use this.
 */
export function assignTitleIds(rows: ViewingRow[]): string[] {
	const ids = new Map<string, number>();
	const titles: string[] = [];
	for (const row of rows) {
		let id = ids.get(row.title);
		if (id === undefined) ids.set(row.title, (id = titles.push(row.title) - 1));
		row.titleId = id;
	}
	return titles;
}
