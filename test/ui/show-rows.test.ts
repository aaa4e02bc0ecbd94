import {describe, expect, it} from 'vitest';
import {buildLibrary} from '../../source/model/library.js';
import {showRows} from '../../source/ui/show-rows.js';
import {row} from '../helpers/rows.js';

const ep = (n: number) => `Dark: Season 1: Title ${n} (Episode ${n})`;

describe('the rewatch rule of the Show screen', () => {
	it('marks only the session that starts a new pass after the end was reached, per profile', () => {
		const library = buildLibrary([
			row({start: '2024-01-01 20:00', title: ep(1), at: 10}), // first pass, started
			row({start: '2024-01-01 21:00', title: ep(1), at: 50}), // first pass, continued to the end
			row({start: '2024-02-01 20:00', title: ep(1), at: 5, profile: 'Kids'}), // another profile's first pass
			row({start: '2024-03-01 20:00', title: ep(1), at: 20}), // Alex again: a rewatch
			row({start: '2024-03-01 21:00', title: ep(1), at: 48}), // continuing the rewatch: not another one
			row({start: '2024-04-01 20:00', title: ep(2), at: 50}),
		]);
		const rows = showRows(library.shows.get('dark')!, null).filter(r => r.kind === 'viewing');
		expect(rows.map(r => (r.kind === 'viewing' ? [r.viewing.profile, r.viewing.bookmarkSeconds! / 60, r.rewatch] : null))).toEqual([
			['Alex', 10, false],
			['Alex', 50, false],
			['Kids', 5, false],
			['Alex', 20, true],
			['Alex', 48, false],
			['Alex', 50, false],
		]);
	});
});
