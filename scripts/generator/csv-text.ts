/** The export generator: CSV text as Netflix writes it (quoting per layout, H:MM:SS, UTC times). */
import type {ExportLayout, ViewingRow} from './types.js';
import {DAY} from './viewing.js';

/** Time as `H:MM:SS`; hours are not capped at 24. */
export function formatDuration(seconds: number): string {
	const s = Math.max(0, Math.round(seconds));
	const h = Math.floor(s / 3600);
	const m = Math.floor((s % 3600) / 60);
	return `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** `YYYY-MM-DD HH:MM:SS` in UTC, the ViewingActivity Start Time format. */
export function formatStart(ms: number): string {
	const dayIndex = Math.floor(ms / DAY);
	let date = DATE_CACHE.get(dayIndex);
	if (date === undefined) DATE_CACHE.set(dayIndex, (date = new Date(dayIndex * DAY).toISOString().slice(0, 10)));
	const s = Math.floor((ms - dayIndex * DAY) / 1000);
	const h = Math.floor(s / 3600);
	const m = Math.floor((s % 3600) / 60);
	return `${date} ${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}:${s % 60 < 10 ? '0' : ''}${s % 60}`;
}

export const DATE_CACHE = new Map<number, string>();

export function quoteAll(field: string): string {
	return field.includes('"') ? `"${field.replaceAll('"', '""')}"` : `"${field}"`;
}

export function quoteMinimal(field: string): string {
	return /[",\r\n]/.test(field) ? quoteAll(field) : field;
}

/** One CSV table: every field quoted (2025) or only where needed (legacy). */
export function csvTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, layout: ExportLayout, eol = '\n'): string {
	const quote = layout === '2025' ? quoteAll : quoteMinimal;
	const lines = new Array<string>(rows.length + 1);
	lines[0] = header.map(quote).join(',');
	for (let i = 0; i < rows.length; i++) lines[i + 1] = rows[i]!.map(quote).join(',');
	return lines.join(eol) + eol;
}

export const VIEWING_HEADER: Record<ExportLayout, readonly string[]> = {
	'2025': ['Duration', 'Start Time', 'Profile Name', 'Country', 'Bookmark', 'Latest Bookmark', 'Supplemental Video Type', 'Attributes', 'Device Type', 'Title'],
	legacy: ['Profile Name', 'Start Time', 'Duration', 'Attributes', 'Title', 'Supplemental Video Type', 'Device Type', 'Bookmark', 'Latest Bookmark', 'Country'],
};

export function sameShape(r: ViewingRow): ViewingRow {
	return {
		profile: r.profile,
		start: Math.floor(r.start / 1000) * 1000,
		durationSeconds: r.durationSeconds,
		bookmarkSeconds: r.bookmarkSeconds,
		title: r.title,
		supplementalType: r.supplementalType,
		attributes: r.attributes,
		device: r.device,
		country: r.country,
		hidden: r.hidden,
	};
}

export const HIDDEN_PREFIX = 'HIDDEN TITLE(user hid title at this time): ';

/**
 * ViewingActivity.csv text for rows in any order. Orders them the way the layout does, and gives the newest
 * session of each (profile, title) its Latest Bookmark (every row at that newest start, so near-duplicates agree).
 */
export function viewingActivityCsv(input: readonly ViewingRow[], layout: ExportLayout, profiles?: readonly string[]): string {
	// One object shape for every row keeps the sort and the loop below monomorphic (3x faster at 250k rows).
	const rows = input.map(sameShape);
	if (layout === '2025') rows.sort((a, b) => b.start - a.start || (a.profile < b.profile ? -1 : a.profile > b.profile ? 1 : 0));
	else {
		const order = new Map((profiles ?? [...new Set(rows.map(r => r.profile))]).map((p, i) => [p, i]));
		rows.sort((a, b) => (order.get(a.profile) ?? 0) - (order.get(b.profile) ?? 0) || b.start - a.start);
	}
	// Both orders put a profile's newer rows first, so the first row seen for a (profile, title) is its newest.
	const newest = new Map<string, Map<string, number>>();
	for (const row of rows) {
		let titles = newest.get(row.profile);
		if (!titles) newest.set(row.profile, (titles = new Map()));
		if (!titles.has(row.title)) titles.set(row.title, row.start);
	}
	const header = VIEWING_HEADER[layout];
	const quote = layout === '2025' ? quoteAll : quoteMinimal;
	const lines = new Array<string>(rows.length + 1);
	lines[0] = header.map(quote).join(',');
	const values = new Array<string>(header.length);
	const column = Object.fromEntries(header.map((h, i) => [h, i])) as Record<string, number>;
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i]!;
		const latest = newest.get(row.profile)!.get(row.title) === row.start;
		const legacyHidden = layout === 'legacy' && row.hidden;
		const bookmark = legacyHidden ? '00:00:00' : formatDuration(row.bookmarkSeconds);
		values[column['Profile Name']!] = quote(row.profile);
		values[column['Start Time']!] = quote(formatStart(row.start));
		values[column['Duration']!] = quote(formatDuration(row.durationSeconds));
		values[column['Attributes']!] = quote(row.attributes + (row.hidden && layout === '2025' ? 'View was hidden; ' : ''));
		values[column['Title']!] = quote(legacyHidden ? HIDDEN_PREFIX + row.title : row.title);
		values[column['Supplemental Video Type']!] = quote(row.supplementalType);
		values[column['Device Type']!] = quote(row.device);
		values[column['Bookmark']!] = quote(bookmark);
		values[column['Latest Bookmark']!] = quote(latest ? bookmark : 'Not latest view');
		values[column['Country']!] = quote(row.country);
		lines[i + 1] = values.join(',');
	}
	return lines.join('\n') + '\n';
}
