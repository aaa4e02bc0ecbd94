import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {doctorReport} from '../../source/query/doctor.js';
import {openExport} from '../../source/load/open-export.js';
import {olderCsv, tempDir} from '../helpers/exports.js';

const {dir, cleanup} = tempDir();
afterAll(cleanup);

describe('doctorReport', () => {
	it('lists titles the parser had to guess only when they were watched, not just seen as hooks', async () => {
		const file = path.join(dir, 'ViewingActivity.csv');
		// `A: B: c` with no siblings is a guess (named season, or a colon in the show's name?).
		writeFileSync(
			file,
			olderCsv([
				{profile: 'Alex', start: '2024-01-01 10:00:00', title: 'Quiet Harbor: Lisbon Nights: The Arrival'},
				{profile: 'Alex', start: '2024-01-02 10:00:00', title: 'Loud Harbor: Oslo Days: The Storm', type: 'HOOK'},
				{profile: 'Alex', start: '2024-01-03 10:00:00', title: 'Dark: Staffel 1: Geheimnisse (Folge 1)'},
			]),
		);
		const report = doctorReport(await openExport(file), '1.2.3');
		expect(report.titles.distinct).toBe(3);
		expect(report.titles.unplacedTitles).toEqual(['Quiet Harbor: Lisbon Nights: The Arrival']);
		expect(report.titles.unplaced).toBe(1);
		expect(report.version).toBe('1.2.3');
	});

	it('lists every unplaced title, however many, and counts those with a blank show name', async () => {
		const file = path.join(dir, 'many.csv');
		const rows = Array.from({length: 250}, (_, i) => ({
			profile: 'Alex',
			start: `2024-01-01 ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`,
			title: `Harbor ${i}: Night ${i}: Arrival`,
		}));
		rows.push(
			{profile: 'Alex', start: '2024-02-01 10:00:00', title: '  : 1 : Épisode 1 (Épisode 1)'},
			{profile: 'Alex', start: '2024-02-02 10:00:00', title: '  : 1 : Épisode 2 (Épisode 2)'},
		);
		writeFileSync(file, olderCsv(rows));
		const report = doctorReport(await openExport(file), '1.2.3');
		expect(report.titles.unplaced).toBe(252);
		expect(report.titles.unplacedTitles).toHaveLength(252);
		expect(report.titles.untitled).toBe(2);
	});
});
