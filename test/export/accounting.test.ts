import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {afterAll, describe, expect, it} from 'vitest';
import {generateExport, Random} from '../../scripts/generate-export.js';
import {SKIPPED_LINES_LISTED} from '../../source/export/viewing-columns.js';
import {IMPOSSIBLE_START} from '../../source/export/viewing-row.js';
import {doctorReport} from '../../source/query/doctor.js';
import {openExport} from '../../source/load/open-export.js';
import {olderCsv, tempDir, type Row} from '../helpers/exports.js';

const {dir, cleanup} = tempDir();
afterAll(cleanup);

const GOOD: Row = {profile: 'Alex', start: '2024-03-07 21:24:41', duration: '0:41:19', title: 'Dark: Staffel 2: Geister (Folge 3)'};
const UNCLOSED = 'a quoted field is never closed';

async function doctorOf(name: string, text: string) {
	const file = path.join(dir, name);
	writeFileSync(file, text);
	return doctorReport(await openExport(file), '0.0.0');
}

/** The identity every file must keep: each data row is a viewing, a merged duplicate or a skipped row. */
function expectAccounted(rows: ReturnType<typeof doctorReport>['rows']): void {
	const skipped = Object.values(rows.skipped).reduce((a, b) => a + b, 0);
	expect(rows.viewings + rows.merged + skipped).toBe(rows.dataRows);
	expect(rows.read).toBe(rows.viewings + rows.merged);
}

describe('impossible dates and unclosed quotes are counted, with their lines', () => {
	it('year 0000/0001, hour 24, minute 61, 30 February and month 13 are skipped alike, each with its line', async () => {
		const bad = ['0000-01-01 10:00:00', '0001-01-01 10:00:00', '2024-01-01 24:00:00', '2024-01-01 10:61:00', '2023-02-30 10:00:00', '2024-13-01 10:00:00'];
		const rows = [GOOD, ...bad.map((start, i) => ({...GOOD, start, title: `Bad ${i}`})), {...GOOD, start: 'yesterday'}];
		const d = await doctorOf('impossible.csv', olderCsv(rows));
		expect(d.rows.skipped).toEqual({[IMPOSSIBLE_START]: 6, 'unreadable Start Time': 1});
		// Line 1 is the header, line 2 the good row.
		expect(d.rows.skippedLines).toEqual({[IMPOSSIBLE_START]: [3, 4, 5, 6, 7, 8], 'unreadable Start Time': [9]});
		expect(d.rows.dataRows).toBe(8);
		expectAccounted(d.rows);
	});

	it('an unclosed quote that swallows 5,000 rows counts 5,001 rows lost, not 1', async () => {
		const before = Array.from({length: 10}, (_, i) => ({...GOOD, start: `2024-03-0${(i % 9) + 1} 10:00:0${i % 10}`, title: `Show ${i}`}));
		const after = Array.from({length: 5000}, (_, i) => ({...GOOD, title: `Later ${i}`}));
		const text = olderCsv(before) + 'Alex,2024-03-07 10:00:00,0:10:00,,"Never closed: Season 1 (Episode 1),,,,,\n' + olderCsv(after).split('\n').slice(1).join('\n');
		const d = await doctorOf('unclosed.csv', text);
		expect(d.rows.skipped[UNCLOSED]).toBe(5001);
		expect(d.rows.skippedLines[UNCLOSED]).toEqual([12]);
		expect(d.rows.dataRows).toBe(5011);
		expect(d.warnings.join('\n')).toMatch(/unclosed\.csv line 12: a quoted field is never closed; the rest of the file \(5001 lines\) was not read/);
		expectAccounted(d.rows);
	});

	it('the simple download: 30 February is impossible, an unclosed quote counts its lines', async () => {
		const d = await doctorOf('NetflixViewingHistory.csv', 'Title,Date\n"Lupin: Partie 1","18/06/20"\n"Dark","30/02/21"\n"","01/02/21"\n"Elite,03/04/21\nA,04/04/21\nB,05/04/21\n');
		expect(d.rows.skipped).toEqual({'impossible Date (no such day)': 1, 'empty Title': 1, [UNCLOSED]: 3});
		expect(d.rows.skippedLines).toEqual({'impossible Date (no such day)': [3], 'empty Title': [4], [UNCLOSED]: [5]});
		expect(d.rows.dataRows).toBe(6);
		expectAccounted(d.rows);
	});

	it(`lists at most ${SKIPPED_LINES_LISTED} lines per reason, with the full count beside them`, async () => {
		const rows = [GOOD, ...Array.from({length: 250}, (_, i) => ({...GOOD, start: '2024-02-30 10:00:00', title: `T${i}`}))];
		const d = await doctorOf('many-skipped.csv', olderCsv(rows));
		expect(d.rows.skipped[IMPOSSIBLE_START]).toBe(250);
		expect(d.rows.skippedLines[IMPOSSIBLE_START]).toEqual(Array.from({length: SKIPPED_LINES_LISTED}, (_, i) => i + 3));
	});
});

describe('accounting on generated exports (property)', () => {
	// Each seed: a generated export, some rows broken at random in known ways, read whole. Every data row
	// must come out as a viewing (extras included), a merged near-duplicate, or a skip of the known reason.
	const SEEDS = [1, 2, 3, 5, 8, 13, 21, 34];

	it.each(SEEDS)('seed %i: viewings + merged + skipped = data rows, skips by the reason injected', async seed => {
		const random = new Random(seed * 7919);
		const layout = seed % 2 === 0 ? 'legacy' : '2025';
		const entries = generateExport({rows: 300 + Math.floor(random.next() * 1500), seed, layout});
		const [name, content] = [...entries].find(([entry]) => entry.endsWith('ViewingActivity.csv'))!;
		const records = parse(content.toString(), {relax_column_count: true}) as string[][];
		const header = records.shift()!;
		const at = (column: string) => header.indexOf(column);
		const injected = {[IMPOSSIBLE_START]: 0, 'empty Title': 0, 'too few fields': 0};
		const broken = records.map(record => {
			const roll = random.next();
			if (roll < 0.02) {
				injected[IMPOSSIBLE_START]++;
				return record.map((v, i) => (i === at('Start Time') ? v.replace(/^\d{4}-\d{2}-\d{2}/, ['2023-02-30', '0000-01-01', '2024-13-01'][Math.floor(random.next() * 3)]!) : v));
			}
			if (roll < 0.03) {
				injected['empty Title']++;
				return record.map((v, i) => (i === at('Title') ? '' : v));
			}
			if (roll < 0.04) {
				injected['too few fields']++;
				return record.slice(0, 3);
			}
			return record;
		});
		const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
		const text = [header, ...broken].map(r => r.map(quote).join(',')).join('\n') + '\n';
		const d = await doctorOf(`generated-${seed}.csv`, text);
		expect(d.rows.dataRows, name).toBe(records.length);
		expect(d.rows.skipped).toEqual(Object.fromEntries(Object.entries(injected).filter(([, n]) => n > 0)));
		expectAccounted(d.rows);
		expect(d.rows.extras).toBeGreaterThan(0);
	});
});
