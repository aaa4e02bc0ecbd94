/**
 * The stats' one pass and short reports (source/query/stats-*.ts) against a plain reading of issue
 * #9's definitions on random viewings: per profile, the union of [start, start + duration) of its real
 * viewings, each viewing adding the part not already covered; every piece cut into 15-minute UTC slots
 * (every zone offset tested is a multiple of 15 minutes) and counted where `Date`'s local getters say
 * its slot starts; all profiles the sum over profiles; extras and autoplayed previews apart. Random
 * viewings across New Year and DST changes, in four zones (half-hour offsets and a half-hour DST too).
 */
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {openExport} from '../../source/load/open-export.js';
import type {Library} from '../../source/model/library.js';
import {SITTING_GAP_MINUTES, statsOf, type StatsReport} from '../../source/query/stats.js';
import {olderCsv, type Row, tempDir} from '../helpers/exports.js';
import {fuzzRuns} from '../helpers/fuzz.js';

const {dir, cleanup} = tempDir();
afterAll(cleanup);
afterEach(() => {
	process.env['TZ'] = 'UTC';
});

const SLOT = 15 * 60_000;
const MAX_MS = 48 * 3_600_000;
const ZONES = ['UTC', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
const SHOWS = ['Dark', 'Lupin', 'Narcos'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A viewing as the test writes it: minutes after the base, seconds long. */
const viewing = fc.record({
	profile: fc.constantFrom('Alex', 'Kids', 'Mom'),
	minute: fc.integer({min: 0, max: 60 * 24 * 30}),
	seconds: fc.oneof(fc.integer({min: 0, max: 3 * 3600}), fc.integer({min: 0, max: 60 * 3600})),
	show: fc.integer({min: 0, max: SHOWS.length}),
	episode: fc.integer({min: 1, max: 5}),
	device: fc.constantFrom('Sony PS5', 'Apple iPhone 13', 'Chrome PC (Cadmium)'),
	country: fc.constantFrom('US (United States)', 'DE (Germany)'),
	extra: fc.constantFrom('', '', '', '', 'TRAILER', 'HOOK'),
});

/** Bases: the weeks around New Year 2024, and around the northern and southern DST changes. */
const BASES = [Date.UTC(2023, 11, 20), Date.UTC(2024, 2, 1), Date.UTC(2024, 9, 20), Date.UTC(2024, 3, 1)];

type Viewing = typeof viewing extends fc.Arbitrary<infer T> ? T : never;

function rowOf(v: Viewing, base: number): Row {
	const t = new Date(base + v.minute * 60_000);
	const start = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(v.minute % 60)}`;
	const duration = `${Math.floor(v.seconds / 3600)}:${pad(Math.floor((v.seconds % 3600) / 60))}:${pad(v.seconds % 60)}`;
	const title = v.show === SHOWS.length ? 'The Hangover: Part II' : `${SHOWS[v.show]}: Season 1: Episode ${v.episode} (Episode ${v.episode})`;
	const autoplay = v.extra === 'HOOK' ? 'Autoplayed: user action: None; ' : '';
	return {profile: v.profile, start, duration, title, type: v.extra, attributes: autoplay, device: v.device, country: v.country};
}

/** Local fields of an instant, from Date's own getters. */
function local(ms: number) {
	const d = new Date(ms);
	return {
		year: d.getFullYear(),
		month: `${d.getFullYear()}-${pad(d.getMonth() + 1)}`,
		date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
		weekday: (d.getDay() + 6) % 7,
		hour: d.getHours(),
	};
}

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

/** The report's numbers by the definitions, plainly. */
function reference(library: Library, profile: string | null, year: number | null) {
	const chosen = library.profiles.filter(p => profile === null || p === profile);
	const showOf = (t: number) => `${library.catalog.parses[t]!.show}|${library.numbers.episode[t] === -1 ? 'movie' : 'series'}`;
	const inFocus = (ms: number) => year === null || local(ms).year === year;
	let watch = 0;
	let summed = 0;
	let viewings = 0;
	const years = new Map<string, number>();
	const yearViews = new Map<string, number>();
	const months = new Map<string, number>();
	const heat = Array.from({length: 7}, () => new Array<number>(24).fill(0));
	const heatViews = Array.from({length: 7}, () => new Array<number>(24).fill(0));
	const shows = new Map<string, number>();
	const showViews = new Map<string, number>();
	const episodes = new Map<string, Set<number>>();
	const devices = new Map<string, number>();
	const days = new Map<string, number>();
	const dayViews = new Map<string, number>();
	const other = {extras: {viewings: 0, ms: 0}, previews: {viewings: 0, ms: 0}};
	let bestBinge = 0;
	let first = Infinity;
	let last = -Infinity;
	for (const name of chosen) {
		const all = library.viewings.filter(v => v.profile === name);
		for (const kind of ['extras', 'previews'] as const) {
			let covered = -Infinity;
			for (const v of all.filter(v => v.kind === 'extra' && (v.autoplay !== null) === (kind === 'previews'))) {
				const end = v.start + Math.min((v.durationSeconds ?? 0) * 1000, MAX_MS);
				other[kind].viewings++;
				if (end > Math.max(v.start, covered)) other[kind].ms += end - Math.max(v.start, covered);
				covered = Math.max(covered, end);
			}
		}
		const real = all.filter(v => v.kind !== 'extra');
		let covered = -Infinity;
		let sittingEnd = -Infinity;
		let sitting: Map<string, Set<number>> = new Map();
		for (const v of real) {
			const end = v.start + Math.min((v.durationSeconds ?? 0) * 1000, MAX_MS);
			const show = showOf(v.titleId);
			const start = local(v.start);
			viewings++;
			summed += (end - v.start) / 1000;
			first = Math.min(first, v.start);
			last = Math.max(last, v.start);
			add(yearViews, String(start.year), 1);
			add(yearViews, start.month, 1);
			add(dayViews, start.date, 1);
			// A sitting: no gap longer than SITTING_GAP_MINUTES between what played and the next start.
			if (v.start > sittingEnd + SITTING_GAP_MINUTES * 60_000) sitting = new Map();
			sittingEnd = Math.max(sittingEnd, end);
			if (inFocus(v.start)) {
				heatViews[start.weekday]![start.hour]!++;
				add(showViews, show, 1);
				const episode = library.numbers.episode[v.titleId]!;
				if (episode >= 0) {
					if (!episodes.has(show)) episodes.set(show, new Set());
					episodes.get(show)!.add(episode);
					if (!sitting.has(show)) sitting.set(show, new Set());
					sitting.get(show)!.add(episode);
					bestBinge = Math.max(bestBinge, sitting.get(show)!.size);
				}
			}
			// This viewing's own piece of the union, in 15-minute UTC slots.
			for (let a = Math.max(v.start, covered); a < end; ) {
				const b = Math.min(end, (Math.floor(a / SLOT) + 1) * SLOT);
				const s = (b - a) / 1000;
				const at = local(a);
				watch += s;
				add(years, String(at.year), s);
				add(months, at.month, s);
				add(days, at.date, s);
				if (inFocus(a)) {
					heat[at.weekday]![at.hour]! += s;
					add(shows, show, s);
					add(devices, v.device ?? '', s);
				}
				a = b;
			}
			covered = Math.max(covered, end);
		}
	}
	const focusDays = [...days].filter(([date]) => year === null || date.startsWith(`${year}-`));
	const biggest = focusDays.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
	return {
		watch,
		overlap: summed - watch,
		viewings,
		years,
		yearViews,
		months,
		heat,
		heatViews,
		shows,
		showViews,
		episodes,
		devices,
		other,
		bestBinge,
		biggest: biggest ? {date: biggest[0], watchSeconds: Math.round(biggest[1]), viewings: dayViews.get(biggest[0]) ?? 0} : null,
		first,
		last,
	};
}

function expectAgreement(s: StatsReport, r: ReturnType<typeof reference>): void {
	expect(s.watchSeconds).toBe(Math.round(r.watch));
	expect(s.overlapSeconds).toBe(Math.round(r.overlap));
	expect(s.viewings).toBe(r.viewings);
	expect(s.extras).toEqual({viewings: r.other.extras.viewings, watchSeconds: Math.round(r.other.extras.ms / 1000)});
	expect(s.previews).toEqual({viewings: r.other.previews.viewings, watchSeconds: Math.round(r.other.previews.ms / 1000)});
	if (r.viewings > 0) {
		expect([s.firstViewing, s.lastViewing]).toEqual([r.first, r.last]);
		// Every period from the first to the last (empty ones too) and any later one with watch time.
		const periods = (list: StatsReport['years']) => list.filter(p => p.watchSeconds! > 0 || p.viewings > 0).map(p => [p.period, p.watchSeconds, p.viewings]);
		const expected = (m: Map<string, number>, keys: (k: string) => boolean) =>
			[...new Set([...m.keys(), ...[...r.yearViews.keys()].filter(keys)])]
				.filter(keys)
				.sort()
				.map(k => [k, Math.round(m.get(k) ?? 0), r.yearViews.get(k) ?? 0]);
		expect(periods(s.years)).toEqual(expected(r.years, k => k.length === 4));
		expect(periods(s.months)).toEqual(expected(r.months, k => k.length === 7));
		const listed = s.years.map(y => Number(y.period));
		expect(listed).toEqual(Array.from({length: listed.length}, (_, n) => local(r.first).year + n));
	}
	expect(s.heatmap).toEqual(r.heat.map(row => row.map(v => Math.round(v))));
	expect(s.hours.map(h => h.viewings)).toEqual(Array.from({length: 24}, (_, h) => r.heatViews.reduce((n, row) => n + row[h]!, 0)));
	expect(s.weekdays.map(w => w.viewings)).toEqual(r.heatViews.map(row => row.reduce((a, b) => a + b, 0)));
	const shows = new Map(s.shows.map(x => [`${x.name}|${x.kind}`, [x.watchSeconds, x.viewings, x.episodes]]));
	const keys = new Set([...r.shows.keys(), ...r.showViews.keys()]);
	expect(shows).toEqual(new Map([...keys].map(k => [k, [Math.round(r.shows.get(k) ?? 0), r.showViews.get(k) ?? 0, r.episodes.get(k)?.size ?? 0]])));
	expect(s.shows.map(x => x.watchSeconds)).toEqual(s.shows.map(x => x.watchSeconds).sort((a, b) => b! - a!));
	expect(new Map(s.devices.filter(d => d.watchSeconds! > 0).map(d => [d.name, d.watchSeconds]))).toEqual(
		new Map([...r.devices].filter(([, v]) => Math.round(v) > 0).map(([k, v]) => [k, Math.round(v)])),
	);
	expect(s.biggestDay).toEqual(r.biggest);
	expect(s.longestBinge?.episodes ?? 0).toBe(r.bestBinge);
}

let files = 0;

describe('stats (properties)', () => {
	it('agree with a plain reading of the definitions: all profiles, each profile, each year in focus, in four zones', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(viewing, {minLength: 1, maxLength: 40}), fc.constantFrom(...ZONES), fc.constantFrom(...BASES), async (views, zone, base) => {
				process.env['TZ'] = zone;
				const file = path.join(dir, `ViewingActivity-${files++}.csv`);
				// One real viewing at least: without one the export has no watch time at all (timed is false).
				writeFileSync(file, olderCsv([{...views[0]!, extra: '' as const}, ...views.slice(1)].map(v => rowOf(v, base))));
				const {library} = await openExport(file);
				const years = [null, ...new Set(library.viewings.map(v => local(v.start).year))];
				for (const profile of [null, ...library.profiles]) {
					for (const year of years) expectAgreement(statsOf(library, {profile, year}), reference(library, profile, year));
				}
			}),
			fuzzRuns(60),
		);
	}, 120_000);
});
