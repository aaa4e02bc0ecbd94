import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {doctorReport} from '../../source/query/doctor.js';
import {openExport} from '../../source/query/open-export.js';
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
});
