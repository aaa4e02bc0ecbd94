import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {generateExport} from '../../scripts/generate-export.js';
import {openExport} from '../../source/load/open-export.js';
import {SITTING_GAP_MINUTES, statsOf, type StatsReport} from '../../source/query/stats.js';
import {olderCsv, tempDir, type Row} from '../helpers/exports.js';

const {dir, cleanup} = tempDir();
afterAll(cleanup);
afterEach(() => {
	process.env['TZ'] = 'UTC';
});

let files = 0;
/** Reads ViewingActivity.csv text made of these rows, as the app does. */
async function statsFor(rows: readonly Row[], filter: Parameters<typeof statsOf>[1] = {}): Promise<StatsReport> {
	const file = path.join(dir, `ViewingActivity-${files++}.csv`);
	writeFileSync(file, olderCsv(rows));
	const view = await openExport(file);
	return statsOf(view.library, filter);
}

const HOUR = 3600;
const ep = (n: number) => `Dark: Season 1: Episode ${n} (Episode ${n})`;
const at = (profile: string, start: string, duration: string, title: string, more: Partial<Row> = {}): Row => ({profile, start, duration, title, ...more});

describe('watch time is the union of a profile’s viewings', () => {
	it('counts a session nested inside another once', async () => {
		const s = await statsFor([at('Alex', '2024-03-01 20:00:00', '2:00:00', ep(1)), at('Alex', '2024-03-01 20:30:00', '0:30:00', ep(2), {device: 'Apple iPhone 13'})]);
		expect(s.watchSeconds).toBe(2 * HOUR);
		expect(s.overlapSeconds).toBe(HOUR / 2);
		expect(s.viewings).toBe(2);
	});

	it('joins chained overlaps into one piece', async () => {
		const s = await statsFor([
			at('Alex', '2024-03-01 20:00:00', '1:00:00', ep(1)),
			at('Alex', '2024-03-01 20:45:00', '0:45:00', ep(2)),
			at('Alex', '2024-03-01 21:15:00', '0:45:00', ep(3)),
			at('Alex', '2024-03-01 23:00:00', '0:10:00', ep(4)),
		]);
		expect(s.watchSeconds).toBe(2 * HOUR + 10 * 60);
	});

	it('counts duplicate sessions (same time on two devices) once, but other profiles apart', async () => {
		const rows = [
			at('Alex', '2024-03-01 20:00:00', '0:50:00', ep(1)),
			at('Alex', '2024-03-01 20:00:00', '0:50:00', 'The Hangover: Part II', {device: 'Sony PS5'}),
			at('Kids', '2024-03-01 20:00:00', '0:50:00', ep(1)),
		];
		const s = await statsFor(rows);
		expect(s.watchSeconds).toBe(100 * 60);
		expect(s.profiles.map(p => [p.name, p.watchSeconds])).toEqual([
			['Alex', 50 * 60],
			['Kids', 50 * 60],
		]);
		const alex = await statsFor(rows, {profile: 'Alex'});
		expect(alex.watchSeconds).toBe(50 * 60);
		expect(alex.viewings).toBe(2);
	});

	it('keeps extras and autoplayed previews out of the total, each summed by the same rule', async () => {
		const s = await statsFor([
			at('Alex', '2024-03-01 20:00:00', '0:40:00', ep(1)),
			at('Alex', '2024-03-01 19:58:00', '0:02:00', 'Dark: Season 2', {type: 'TRAILER'}),
			at('Alex', '2024-03-01 19:58:30', '0:01:00', 'Dark: Season 3', {type: 'TRAILER'}),
			at('Alex', '2024-03-01 19:50:00', '0:00:30', 'Dark', {type: 'HOOK', attributes: 'Autoplayed: user action: None; '}),
		]);
		expect(s.watchSeconds).toBe(40 * 60);
		expect(s.extras).toEqual({viewings: 2, watchSeconds: 120});
		expect(s.previews).toEqual({viewings: 1, watchSeconds: 30});
	});

	it('counts hidden views', async () => {
		const s = await statsFor([at('Alex', '2024-03-01 20:00:00', '1:00:00', `HIDDEN TITLE(user hid title at this time): ${ep(1)}`)]);
		expect(s.watchSeconds).toBe(HOUR);
	});

	it('agrees with a plain computation from the viewing objects on a generated export', async () => {
		const csv = [...generateExport({rows: 4_000, seed: 7})].find(([name]) => name.endsWith('ViewingActivity.csv'))![1];
		const file = path.join(dir, 'generated.csv');
		writeFileSync(file, csv);
		const view = await openExport(file);
		const s = statsOf(view.library);
		// The oracle: per profile, merge sorted intervals, cut at UTC midnights (TZ is UTC here), sum per month.
		const months = new Map<string, number>();
		let total = 0;
		for (const name of view.library.profiles) {
			const intervals = view.library.viewings
				.filter(v => v.profile === name && v.kind !== 'extra')
				.map(v => [v.start, v.start + Math.min(v.durationSeconds ?? 0, 48 * HOUR) * 1000] as const)
				.sort((a, b) => a[0] - b[0]);
			const merged: Array<[number, number]> = [];
			for (const [a, b] of intervals) {
				const lastPiece = merged.at(-1);
				if (lastPiece && a <= lastPiece[1]) lastPiece[1] = Math.max(lastPiece[1], b);
				else merged.push([a, b]);
			}
			for (let [a, b] of merged) {
				while (a < b) {
					const midnight = (Math.floor(a / 86_400_000) + 1) * 86_400_000;
					const to = Math.min(b, midnight);
					const month = new Date(a).toISOString().slice(0, 7);
					months.set(month, (months.get(month) ?? 0) + (to - a) / 1000);
					total += (to - a) / 1000;
					a = to;
				}
			}
		}
		expect(s.watchSeconds).toBe(Math.round(total));
		for (const m of s.months) expect(m.watchSeconds).toBeCloseTo(months.get(m.period) ?? 0, -1);
		expect(s.months.reduce((n, m) => n + m.watchSeconds!, 0)).toBeCloseTo(total, -2);
		expect(s.heatmap.flat().reduce((a, b) => a + b, 0)).toBeCloseTo(total, -2);
	});
});

describe('a day never exceeds 24 hours', () => {
	it('splits a 29-hour session at local midnights', async () => {
		const s = await statsFor([at('Alex', '2024-03-01 20:00:00', '29:17:06', 'Bandersnatch')]);
		expect(s.watchSeconds).toBe(29 * HOUR + 17 * 60 + 6);
		expect(s.biggestDay).toEqual({date: '2024-03-02', watchSeconds: 24 * HOUR, viewings: 0});
		// The day it started keeps its 4 hours, the next day 24 hours, the third the rest.
		expect(s.heatmap[4]!.slice(20).every(v => v === HOUR)).toBe(true);
		expect(s.heatmap[5]!.every(v => v === HOUR)).toBe(true);
	});

	it('keeps two long overlapping sessions of one profile on one day at 24 hours', async () => {
		const s = await statsFor([at('Alex', '2024-03-02 00:00:00', '20:00:00', ep(1)), at('Alex', '2024-03-02 04:00:00', '22:00:00', ep(2), {device: 'Sony PS5'})]);
		expect(s.biggestDay!.watchSeconds).toBe(24 * HOUR);
		expect(s.months[0]!.watchSeconds).toBe(26 * HOUR);
	});
});

describe('hostile dates and durations', () => {
	it('sums days two centuries apart (a broken date) without an array of every day between', async () => {
		// The reader takes years from 1970 (source/export/time.ts MIN_YEAR) to 9999.
		const s = await statsFor([at('Alex', '1971-01-01 20:00:00', '1:00:00', ep(1)), at('Alex', '2199-12-31 20:00:00', '1:00:00', ep(2))]);
		expect(s.watchSeconds).toBe(2 * HOUR);
		expect(s.years).toHaveLength(229);
		expect(s.years[0]).toEqual({period: '1971', watchSeconds: HOUR, viewings: 1});
		expect(s.years.at(-1)).toEqual({period: '2199', watchSeconds: HOUR, viewings: 1});
	});

	it('counts a viewing that claims 99,999 hours as 48', async () => {
		const s = await statsFor([at('Alex', '2024-03-01 00:00:00', '99999:00:00', ep(1))]);
		expect(s.watchSeconds).toBe(48 * HOUR);
		expect(s.biggestDay!.watchSeconds).toBe(24 * HOUR);
	});
});

describe('binges', () => {
	const sitting = (start: number, count: number, gapMinutes: number, from = 1): Row[] =>
		Array.from({length: count}, (_, i) => {
			const t = new Date(Date.UTC(2024, 2, 1, 18, 0) + start * 60_000 + i * (45 + gapMinutes) * 60_000);
			return at('Alex', t.toISOString().replace('T', ' ').slice(0, 19), '0:45:00', ep(from + i));
		});

	it('finds the most episodes of one show in one sitting', async () => {
		const s = await statsFor([...sitting(0, 3, 2), ...sitting(3 * 47 + SITTING_GAP_MINUTES + 1, 4, 1, 4)]);
		expect(s.longestBinge).toMatchObject({profile: 'Alex', show: 'Dark', episodes: 4});
	});

	it('keeps a sitting going across a gap of exactly the limit', async () => {
		const s = await statsFor([...sitting(0, 3, 2), ...sitting(3 * 47 - 2 + SITTING_GAP_MINUTES, 4, 1, 4)]);
		expect(s.longestBinge!.episodes).toBe(7);
	});

	it('counts an episode watched twice in one sitting once', async () => {
		const rows = sitting(0, 3, 2);
		rows.push(at('Alex', '2024-03-01 20:25:00', '0:45:00', ep(3)));
		const s = await statsFor(rows);
		expect(s.longestBinge!.episodes).toBe(3);
	});
});

describe('local time', () => {
	// 2024-12-31 23:30 UTC for an hour: New Year's Eve in UTC, already 2025 in Tokyo, afternoon in Los Angeles.
	const rows = [at('Alex', '2024-12-31 23:30:00', '1:00:00', ep(1))];

	it.each([
		['UTC', {2024: 1800, 2025: 1800}, 1, 23],
		['Asia/Tokyo', {2025: 3600}, 2, 8],
		['America/Los_Angeles', {2024: 3600}, 1, 15],
	])('counts each part in its local period under %s', async (zone, years, weekday, hour) => {
		process.env['TZ'] = zone;
		const s = await statsFor(rows);
		expect(s.watchSeconds).toBe(3600);
		expect(Object.fromEntries(s.years.map(y => [y.period, y.watchSeconds]))).toEqual(years);
		expect(s.heatmap[weekday]![hour]).toBeGreaterThan(0);
		expect(s.hours[hour]!.viewings).toBe(1);
	});
});

describe('filters', () => {
	it('takes viewings that start within since and until, and narrows tops to a focus year', async () => {
		const rows = [at('Alex', '2023-05-01 20:00:00', '1:00:00', ep(1)), at('Alex', '2024-05-01 20:00:00', '0:30:00', 'The Hangover: Part II')];
		const since = await statsFor(rows, {since: Date.UTC(2024, 0, 1)});
		expect(since.watchSeconds).toBe(1800);
		const until = await statsFor(rows, {until: Date.UTC(2024, 0, 1)});
		expect(until.watchSeconds).toBe(3600);
		const focused = await statsFor(rows, {year: 2024});
		expect(focused.watchSeconds).toBe(5400);
		expect(focused.shows.map(x => x.name)).toEqual(['The Hangover: Part II']);
		expect(focused.years.map(y => y.period)).toEqual(['2023', '2024']);
	});
});
