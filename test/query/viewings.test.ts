import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {generateExport} from '../../scripts/generate-export.js';
import {buildLibrary, showKey, type Library} from '../../source/model/library.js';
import type {ViewingEvent} from '../../source/model/types.js';
import {openExport} from '../../source/load/open-export.js';
import {civilFromDays, LocalCalendar} from '../../source/query/local-time.js';
import {foldName} from '../../source/query/names.js';
import {FoldedTitles, groupTotals, Viewings} from '../../source/query/viewings.js';
import {tempDir} from '../helpers/exports.js';
import {row} from '../helpers/rows.js';

const {dir, cleanup} = tempDir();
afterAll(cleanup);

let library: Library;
let all: ViewingEvent[];

beforeAll(async () => {
	const entries = generateExport({rows: 5_000, seed: 23});
	const csv = [...entries].find(([name]) => name.endsWith('ViewingActivity.csv'))![1];
	const file = path.join(dir, 'ViewingActivity.csv');
	writeFileSync(file, csv);
	library = (await openExport(file)).library;
	all = library.viewings;
});

/** The plain way, from the viewing objects: the oracle for the column passes. */
function counted<K>(viewings: readonly ViewingEvent[], keyOf: (v: ViewingEvent) => K): Map<K, number> {
	const out = new Map<K, number>();
	for (const v of viewings) out.set(keyOf(v), (out.get(keyOf(v)) ?? 0) + 1);
	return out;
}

describe('Viewings: the one query API over the columns', () => {
	it('selects every viewing, oldest first, and reads windows as the same objects the library makes', () => {
		const v = Viewings.of(library);
		expect(v.length).toBe(all.length);
		expect(v.slice(10, 13)).toEqual(all.slice(10, 13));
		expect(v.at(v.length - 1)).toBe(all[all.length - 1]);
		expect(() => v.at(v.length)).toThrow(RangeError);
	});

	it('filters by profile, kinds, dates, show, hidden and autoplay as a filter over the objects would', () => {
		const profile = library.profiles[1]!;
		const since = all[Math.floor(all.length / 3)]!.start;
		const until = all[Math.floor((2 * all.length) / 3)]!.start;
		const show = all.find(v => v.kind === 'episode')!.parsed.show;
		const cases: Array<[Parameters<Viewings['where']>[0], (v: ViewingEvent) => boolean]> = [
			[{profile}, v => v.profile === profile],
			[{kinds: ['episode', 'movie']}, v => v.kind !== 'extra'],
			[{kinds: ['extra']}, v => v.kind === 'extra'],
			[{since, until}, v => v.start >= since && v.start < until],
			[{show: show.toUpperCase()}, v => showKey(v.parsed.show) === showKey(show)],
			[{hidden: true}, v => v.hidden],
			[{text: ` ${show.toUpperCase()} `}, v => foldName(v.title).includes(foldName(show)) || foldName(v.profile).includes(foldName(show))],
			[{text: profile}, v => foldName(v.title).includes(foldName(profile)) || foldName(v.profile).includes(foldName(profile))],
			[{autoplayed: true}, v => v.autoplay !== null],
			[{profile, kinds: ['episode'], since}, v => v.profile === profile && v.kind === 'episode' && v.start >= since],
		];
		for (const [filter, keep] of cases) {
			const expected = all.filter(keep);
			expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
			expect(Viewings.of(library).where(filter).toArray(), JSON.stringify(filter)).toEqual(expected);
		}
		expect(Viewings.of(library).where({profile: 'nobody'}).length).toBe(0);
		expect(Viewings.of(library).where({show: 'no such show at all'}).length).toBe(0);
	});

	it('folds the titles for the text filter in steps; a filter asked for half way folds the rest and keeps what the objects say', async () => {
		const fresh = (await openExport(path.join(dir, 'ViewingActivity.csv'))).library;
		const titles = fresh.table.titles.length;
		let yields = 0;
		for (const _ of new FoldedTitles(fresh).steps(100)) yields++;
		expect(titles).toBeGreaterThan(300);
		expect(yields).toBe(Math.ceil(titles / 100) - 1);

		const half = (await openExport(path.join(dir, 'ViewingActivity.csv'))).library;
		const folded = new FoldedTitles(half);
		const steps = folded.steps(100);
		steps.next();
		steps.next();
		const word = foldName(all.find(v => v.kind === 'episode')!.parsed.show).split(' ')[0]!;
		const expected = half.viewings.filter(v => foldName(v.title).includes(word) || foldName(v.profile).includes(word));
		expect(expected.length).toBeGreaterThan(0);
		expect(Viewings.of(half).where({text: word, foldedTitles: folded}).toArray()).toEqual(expected);
		// Without titles folded ahead, the filter folds them for itself and keeps the same viewings.
		expect(Viewings.of(half).where({text: word}).toArray()).toEqual(expected);
		// The rest was folded by the filter: the steps left have nothing to do.
		expect(steps.next().done).toBe(true);
	});

	it('groups by profile, device, country, kind and local time as counting the objects would', () => {
		const calendar = new LocalCalendar();
		const pad = (n: number) => String(n).padStart(2, '0');
		const cases: Array<[Parameters<Viewings['groupBy']>[0], (v: ViewingEvent) => string]> = [
			['profile', v => v.profile],
			['device', v => v.device ?? 'unknown device'],
			['country', v => v.country ?? 'unknown country'],
			['kind', v => v.kind],
			['year', v => String(new Date(v.start).getFullYear())],
			['month', v => `${new Date(v.start).getFullYear()}-${pad(new Date(v.start).getMonth() + 1)}`],
			['day', v => `${new Date(v.start).getFullYear()}-${pad(new Date(v.start).getMonth() + 1)}-${pad(new Date(v.start).getDate())}`],
			['hour', v => `${pad(new Date(v.start).getHours())}h`],
			['weekday', v => ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(v.start).getDay()]!],
		];
		for (const [field, keyOf] of cases) {
			const groups = Viewings.of(library).groupBy(field);
			expect(new Map(groups.map(g => [g.key, g.viewings.length])), field).toEqual(counted(all, keyOf));
		}
		// Each group's viewings are exactly the objects with that key, in order.
		const byMonth = Viewings.of(library).groupBy('month');
		const first = byMonth[0]!;
		expect(first.viewings.toArray()).toEqual(all.filter(v => `${new Date(v.start).getFullYear()}-${pad(new Date(v.start).getMonth() + 1)}` === first.key));
		expect(calendar.parts(all[0]!.start).year).toBe(new Date(all[0]!.start).getFullYear());
	});

	it('groups shows with a film and a series of the same name apart', () => {
		const lib = buildLibrary([
			row({start: '2024-01-01 10:00', title: 'Dark'}),
			row({start: '2024-01-02 10:00', title: 'Dark: Season 1: Secrets (Episode 1)'}),
			row({start: '2024-01-03 10:00', title: 'Dark: Season 1: Lies (Episode 2)'}),
			row({start: '2024-01-04 10:00', title: 'Ozark: Season 1: Sugarwood (Episode 1)'}),
		]);
		const groups = Viewings.of(lib).groupBy('show');
		expect(groups.map(g => [g.key, g.viewings.length])).toEqual([
			['Dark', 1],
			['Dark', 2],
			['Ozark', 1],
		]);
		expect(Viewings.of(lib).distinct('show')).toBe(3);
		expect(Viewings.of(lib).distinct('episode')).toBe(4);
	});

	it('sums, finds the first and last, sorts stably and totals groups', () => {
		const profile = library.profiles[0]!;
		const mine = all.filter(v => v.profile === profile);
		const q = Viewings.of(library).where({profile});
		expect(q.seconds()).toBe(mine.reduce((n, v) => n + (v.durationSeconds ?? 0), 0));
		expect(q.first()).toBe(Math.min(...mine.map(v => v.start)));
		expect(q.last()).toBe(Math.max(...mine.map(v => v.start)));
		const byDuration = q.sortBy('duration', 'desc').toArray();
		expect(byDuration).toEqual([...mine].sort((a, b) => (b.durationSeconds ?? -1) - (a.durationSeconds ?? -1)));
		const byDevice = q
			.sortBy('device')
			.toArray()
			.map(v => v.device ?? '');
		const collator = new Intl.Collator(undefined, {sensitivity: 'base', numeric: true});
		expect(byDevice).toEqual(mine.map(v => v.device ?? '').sort(collator.compare));
		expect(q.reverse().at(0)).toBe(mine[mine.length - 1]);
		const top = groupTotals(q.groupBy('device'), 'count', 2);
		const devices = [...counted(mine, v => v.device ?? 'unknown device')].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
		expect(top.map(t => [t.key, t.count])).toEqual(devices.slice(0, 2));
	});

	it('counts distinct values, lists them in order of first appearance, and totals in one pass, as the objects would', () => {
		const profile = library.profiles[1]!;
		const mine = all.filter(v => v.profile === profile);
		const q = Viewings.of(library).where({profile});
		const facts = (v: ViewingEvent) => library.titles[v.titleId]!;
		const real = mine.filter(v => v.kind !== 'extra');
		const episodes = real.filter(v => v.kind === 'episode');
		const distinct = (vs: readonly ViewingEvent[], keyOf: (v: ViewingEvent) => string | null) => new Set(vs.map(keyOf).filter(k => k !== null)).size;
		expect(q.where({kinds: ['episode']}).distinct('show')).toBe(distinct(episodes, v => facts(v).showKey));
		expect(q.where({kinds: ['episode']}).distinct('episode')).toBe(distinct(episodes, v => `${facts(v).showKey}|${facts(v).episodeKey}`));
		expect(q.distinct('title')).toBe(distinct(mine, v => v.title));
		expect(q.distinct('profile')).toBe(1);
		// An unknown device or country is no value.
		expect(q.distinct('device')).toBe(distinct(mine, v => v.device));
		expect(q.distinct('country')).toBe(distinct(mine, v => v.country));
		expect(q.distinct('month')).toBe(q.groupBy('month').length);
		// Values come in the order the file first shows them: the table's rows are in file order.
		const {table} = library;
		const viewingRows = new Set(library.order);
		const inFile = Array.from({length: table.count}, (_, i) => i).filter(i => viewingRows.has(i) && table.profiles[table.profile[i]!] === profile);
		expect(q.values('title')).toEqual([...new Set(inFile.map(i => table.titles[table.title[i]!]!))]);
		expect(q.values('device')).toEqual([...new Set(inFile.flatMap(i => (table.device[i] === -1 ? [] : [table.devices[table.device[i]!]!])))]);
		expect(
			Viewings.of(library)
				.groupBy('title')
				.map(g => [g.key, g.viewings.length]),
		).toEqual([...counted(all, v => v.title)]);
		const timed = real.filter(v => v.durationSeconds !== null);
		expect(q.where({kinds: ['episode', 'movie']}).totals()).toEqual({
			count: real.length,
			hidden: real.filter(v => v.hidden).length,
			seconds: timed.reduce((n, v) => n + v.durationSeconds!, 0),
			first: Math.min(...real.map(v => v.start)),
			last: Math.max(...real.map(v => v.start)),
		});
		expect(q.where({kinds: []}).totals()).toEqual({count: 0, hidden: 0, seconds: null, first: null, last: null});
	});

	it('reads fields through a cursor without making objects', () => {
		const seen: Array<[number, string, string, number | null]> = [];
		Viewings.of(library)
			.where({kinds: ['episode']})
			.forEach(v => seen.push([v.start, v.profile, v.show, v.seconds]));
		expect(seen).toEqual(all.filter(v => v.kind === 'episode').map(v => [v.start, v.profile, v.parsed.show, v.durationSeconds]));
	});
});

describe('local calendar', () => {
	it('turns day numbers into dates as Date does, across leap years and centuries', () => {
		for (const day of [-719_468, -1, 0, 59, 365, 11_016, 18_321, 20_000, 2_932_896]) {
			const d = new Date(day * 86_400_000);
			expect(civilFromDays(day), String(day)).toEqual({year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate()});
		}
	});

	it('agrees with Date on local fields in every zone, across DST changes and half-hour offsets', () => {
		const saved = process.env['TZ'];
		try {
			for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC']) {
				process.env['TZ'] = zone;
				const calendar = new LocalCalendar();
				// Every 37 minutes over two years: crosses each zone's DST changes.
				for (let ms = Date.UTC(2023, 0, 1); ms < Date.UTC(2025, 0, 1); ms += 37 * 60_000) {
					const d = new Date(ms);
					const p = calendar.parts(ms);
					const expected = {year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), weekday: (d.getDay() + 6) % 7, hour: d.getHours()};
					if (JSON.stringify(p) !== JSON.stringify(expected)) expect({zone, ms, ...p}).toEqual({zone, ms, ...expected});
				}
				const berlinDay = calendar.dayNumber(Date.UTC(2024, 2, 31, 12));
				expect(new Date(calendar.midnight(berlinDay)).getHours(), zone).toBe(0);
			}
		} finally {
			process.env['TZ'] = saved;
		}
	});
});
