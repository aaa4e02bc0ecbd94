import {parse} from 'csv-parse/sync';
import {describe, expect, it} from 'vitest';
import {episodeTitle, formatStart, generateExport, type ShowSpec} from '../../scripts/generate-export.js';

type Entries = Map<string, string | Buffer>;

function viewing(entries: Entries): [string, string] {
	const found = [...entries].find(([name]) => name.endsWith('ViewingActivity.csv'));
	if (!found) throw new Error('no ViewingActivity.csv');
	return [found[0], found[1].toString()];
}

function records(csv: string): Array<Record<string, string>> {
	return parse(csv, {columns: true, relax_quotes: false}) as Array<Record<string, string>>;
}

function seconds(duration: string): number {
	const [h, m, s] = duration.split(':').map(Number) as [number, number, number];
	return h * 3600 + m * 60 + s;
}

const EPISODE = /\((?:Episode|Folge|Episodio|Bölüm|Épisode|Episódio|Aflevering|Odcinek) (\d+)\)$|: Episode \d+$/;

describe('generateExport', () => {
	it('gives the same bytes for the same seed and different ones for another seed', () => {
		const a = generateExport({rows: 2000, seed: 42});
		const b = generateExport({rows: 2000, seed: 42});
		const c = generateExport({rows: 2000, seed: 43});
		expect([...a.keys()]).toEqual([...b.keys()]);
		for (const [name, content] of a) expect(b.get(name)!.toString()).toBe(content.toString());
		expect(viewing(c)[1]).not.toBe(viewing(a)[1]);
	});

	it('writes the 2025 layout under a numeric top folder with every field quoted', () => {
		const entries = generateExport({rows: 500, seed: 1});
		const [name, csv] = viewing(entries);
		expect(name).toMatch(/^\d{15,}\/CONTENT_INTERACTION\/ViewingActivity\.csv$/);
		for (const path of entries.keys()) expect(path).toMatch(/^\d{15,}\//);
		expect([...entries.keys()].some(path => path.endsWith('/Cover sheet.pdf'))).toBe(true);
		const lines = csv.trimEnd().split('\n');
		expect(lines[0]).toBe('"Duration","Start Time","Profile Name","Country","Bookmark","Latest Bookmark","Supplemental Video Type","Attributes","Device Type","Title"');
		// Every field quoted: each line is `"…","…",…,"…"` with exactly ten quoted fields.
		const tenQuoted = /^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*"){9}$/;
		for (const line of lines) expect(line).toMatch(tenQuoted);
		expect(entries.get(name.replace('CONTENT_INTERACTION/ViewingActivity.csv', 'CUSTOMER_SERVICE/CSContact.txt'))).toBe('No data found');
	});

	it('orders 2025 rows newest first across profiles', () => {
		const rows = records(viewing(generateExport({rows: 3000, seed: 4}))[1]);
		const starts = rows.map(r => r['Start Time']!);
		expect([...starts].sort().reverse()).toEqual(starts);
		expect(new Set(rows.slice(0, 200).map(r => r['Profile Name'])).size).toBeGreaterThan(1);
	});

	it('writes the legacy layout under netflix-report/ with mixed-case folders, the old header and minimal quoting', () => {
		const entries = generateExport({rows: 3000, seed: 2, layout: 'legacy'});
		const [name, csv] = viewing(entries);
		expect(name).toBe('netflix-report/Content_Interaction/ViewingActivity.csv');
		expect(csv.split('\n', 1)[0]).toBe('Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country');
		// Minimal quoting: re-quoting every parsed field only where needed gives back the same text.
		const minimal = (f: string) => (/[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f);
		const parsed = parse(csv) as string[][];
		expect(parsed.map(fields => fields.map(minimal).join(',')).join('\n') + '\n').toBe(csv);
		expect(csv).toMatch(/,"[^"\n]*,[^"\n]*"/);
		expect([...entries.values()].filter(v => v === 'We found no information for this table.').length).toBeGreaterThan(0);
		const rows = records(csv);
		// Grouped by profile, newest first inside each group.
		const profiles = rows.map(r => r['Profile Name']);
		expect(profiles.filter((p, i) => i === 0 || p !== profiles[i - 1]).length).toBe(new Set(profiles).size);
		for (let i = 1; i < rows.length; i++) {
			if (rows[i]!['Profile Name'] === rows[i - 1]!['Profile Name']) expect(rows[i]!['Start Time']! <= rows[i - 1]!['Start Time']!).toBe(true);
		}
		const hidden = rows.filter(r => r['Title']!.startsWith('HIDDEN TITLE(user hid title at this time): '));
		expect(hidden.length).toBeGreaterThan(0);
		for (const row of hidden) expect(row['Bookmark']).toBe('00:00:00');
	});

	it('marks 2025 hidden views with an attribute and keeps the plain title', () => {
		const rows = records(viewing(generateExport({rows: 3000, seed: 2}))[1]);
		const hidden = rows.filter(r => r['Attributes']!.includes('View was hidden; '));
		expect(hidden.length).toBeGreaterThan(0);
		expect(rows.some(r => r['Title']!.startsWith('HIDDEN TITLE'))).toBe(false);
	});

	it('produces exactly `rows` viewing rows that parse cleanly, in every file', () => {
		for (const [rows, layout] of [
			[1, '2025'],
			[50, 'legacy'],
			[777, '2025'],
			[5000, 'legacy'],
		] as const) {
			const entries = generateExport({rows, seed: rows, layout});
			expect(records(viewing(entries)[1])).toHaveLength(rows);
			for (const [path, content] of entries) {
				if (path.endsWith('.csv')) expect(() => records(content.toString()), path).not.toThrow();
			}
		}
	});

	describe('at 25,000 rows', () => {
		const rows = records(viewing(generateExport({rows: 25_000, seed: 7, startYear: 2021, endYear: 2024}))[1]);
		const real = rows.filter(r => r['Supplemental Video Type'] === '');

		it('has about one show or movie per 80 rows and one episode per 6 rows', () => {
			const episodes = new Set(real.filter(r => EPISODE.test(r['Title']!)).map(r => r['Title']));
			const shows = new Set(
				real.map(
					r =>
						r['Title']!.replace(/^HIDDEN TITLE.*?: /, '').split(
							/\u00a0?: (?:Season|Staffel|Temporada|Saison|Seizoen|Sezon|Limited Series|Book|Part|\d+\. Sezon|\d+ª temporada)\b/,
						)[0],
				),
			);
			expect(25_000 / episodes.size).toBeGreaterThan(3);
			expect(25_000 / episodes.size).toBeLessThan(12);
			// Named seasons (`X: X 2: …`) split into extra "shows" here, so the upper bound is loose.
			expect(25_000 / shows.size).toBeGreaterThan(40);
			expect(25_000 / shows.size).toBeLessThan(160);
		});

		it('has ≈16% extras, ≈15% rows under 10 s and a Latest Bookmark on the newest row of each (profile, title)', () => {
			const extras = rows.length - real.length;
			expect(extras / rows.length).toBeGreaterThan(0.12);
			expect(extras / rows.length).toBeLessThan(0.2);
			const short = rows.filter(r => seconds(r['Duration']!) < 10).length;
			expect(short / rows.length).toBeGreaterThan(0.1);
			expect(short / rows.length).toBeLessThan(0.2);
			const newest = new Map<string, string>();
			for (const r of rows) {
				const key = `${r['Profile Name']}|${r['Title']}`;
				if (!newest.has(key) || newest.get(key)! < r['Start Time']!) newest.set(key, r['Start Time']!);
			}
			for (const r of rows) {
				const isNewest = newest.get(`${r['Profile Name']}|${r['Title']}`) === r['Start Time'];
				expect(r['Latest Bookmark']).toBe(isNewest ? r['Bookmark'] : 'Not latest view');
			}
		});

		it('keeps starts inside the year range, bookmarks within a runtime, and the title styles of the reference', () => {
			for (const r of rows) {
				expect(r['Start Time']).toMatch(/^202[1-4]-\d\d-\d\d \d\d:\d\d:\d\d$/);
				expect(r['Duration']).toMatch(/^\d+:\d\d:\d\d$/);
				expect(seconds(r['Bookmark']!)).toBeLessThanOrEqual(150 * 60);
			}
			const titles = real.map(r => r['Title']!).join('\n');
			for (const pattern of [
				/: Staffel \d+: .+ \(Folge \d+\)/,
				/: Temporada \d+: .+ \(Episodio \d+\)/,
				/: \d+\. Sezon: .+ \(Bölüm \d+\)/,
				/\u00a0: Saison \d+\u00a0: .+ \(Épisode \d+\)/,
				/: \d+ª temporada: .+ \(Episódio \d+\)/,
				/: Limited Series: /,
				/: Book One: /,
				/: Part \d+: Episode \d+$/m,
			]) {
				expect(titles).toMatch(pattern);
			}
			expect(rows.some(r => r['Title']!.includes('_hook_primary_16x9') && r['Supplemental Video Type'] === '')).toBe(true);
			expect(rows.some(r => r['Attributes']!.startsWith('Autoplayed: user action: None; '))).toBe(true);
		});

		it('has near-duplicates: same profile, start and title, durations a second apart', () => {
			const seen = new Map<string, string>();
			let pairs = 0;
			for (const r of rows) {
				const key = `${r['Profile Name']}|${r['Start Time']}|${r['Title']}`;
				const other = seen.get(key);
				if (other !== undefined && Math.abs(seconds(other) - seconds(r['Duration']!)) === 1) pairs++;
				seen.set(key, r['Duration']!);
			}
			expect(pairs).toBeGreaterThan(10);
		});
	});
});

describe('title helpers', () => {
	it('writes French titles with a non-breaking space and `Part` titles without an episode suffix', () => {
		const lupin: ShowSpec = {name: 'Lupin', style: 'fr', runtimeMinutes: 45, seasonLabels: ['Partie 1'], seasons: [['Chapitre 1', 'Chapitre 2', 'Chapitre 3']]};
		expect(episodeTitle(lupin, 0, 2)).toBe('Lupin\u00a0: Partie 1\u00a0: Chapitre 3 (Épisode 3)');
		const heist: ShowSpec = {name: 'Money Heist', style: 'part', runtimeMinutes: 45, seasons: [Array.from({length: 13}, () => '')]};
		expect(episodeTitle(heist, 0, 12)).toBe('Money Heist: Part 1: Episode 13');
	});

	it('formats start times as UTC `YYYY-MM-DD HH:MM:SS`', () => {
		expect(formatStart(Date.UTC(2024, 1, 29, 7, 5, 9))).toBe('2024-02-29 07:05:09');
		expect(formatStart(Date.UTC(2025, 11, 31, 23, 59, 59))).toBe('2025-12-31 23:59:59');
	});
});
