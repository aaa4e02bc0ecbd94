import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {fuzzRuns} from '../helpers/fuzz.js';
import {ago, count, episodeCode, fit, group, hoursMinutes, resumeText} from '../../source/text/format.js';

describe('format', () => {
	it('groups thousands as en-US does, whatever the machine’s locale', () => {
		for (const n of [0, 7, 999, 1000, 41_600, 250_000, 1_234_567, -2500, 12.5]) expect(group(n)).toBe(n.toLocaleString('en-US'));
		expect(group(1_234_567)).toBe('1,234,567');
		// Whole numbers are grouped by hand (no ICU formatter made): the same text as the formatter's, for any.
		const formatter = new Intl.NumberFormat('en-US');
		fc.assert(
			fc.property(
				fc.oneof(
					fc.integer(),
					fc.maxSafeInteger(),
					fc.maxSafeInteger().map(n => -n),
					fc.double(),
					fc.constantFrom(-0, 2 ** 53, -(2 ** 53), 1e21, Number.NaN, Number.POSITIVE_INFINITY),
				),
				n => {
					expect(group(n)).toBe(formatter.format(n));
				},
			),
			fuzzRuns(2000),
		);
	});

	it('says where an entry stands: position, estimate, or done with the next episode', () => {
		const base = {positionSeconds: 2479, estimatedRuntimeSeconds: 3120, state: 'mid-episode', next: null};
		expect(resumeText(base)).toBe('41:19 of ~52 min');
		expect(resumeText({...base, estimatedRuntimeSeconds: null, state: 'unknown'})).toBe('41:19');
		expect(resumeText({...base, state: 'between-episodes', next: {seasonNumber: 1, season: 'Season 1', episode: 8}})).toBe('done · next S1E8');
		expect(resumeText({...base, state: 'finished'})).toBe('done');
		expect(resumeText({...base, positionSeconds: null, state: 'unknown'})).toBe('—');
	});

	it('writes episode codes with numbered and named seasons', () => {
		expect(episodeCode(2, 'Staffel 2', 3)).toBe('S2E3');
		expect(episodeCode(null, 'Limited Series', 3)).toBe('Limited Series E3');
		expect(episodeCode(null, null, null)).toBe('');
	});

	it('fits text to terminal cells, counting an emoji as two', () => {
		expect(fit('Begüm 🌙', 10)).toBe('Begüm 🌙  ');
		expect(fit('Stranger Things', 8)).toBe('Strange…');
	});

	it('counts with the right plural', () => {
		expect(count(1, 'viewing')).toBe('1 viewing');
		expect(count(12_345, 'episode')).toBe('12,345 episodes');
	});

	it('writes amounts of time and ages', () => {
		expect(hoursMinutes(3 * 3600 + 5 * 60)).toBe('3 h 5 min');
		expect(hoursMinutes(45 * 60)).toBe('45 min');
		// Rounded as a whole: never '307 h 60 min' (seen on the Profiles screen).
		expect(hoursMinutes(307 * 3600 + 59 * 60 + 40)).toBe('308 h 0 min');
		expect(hoursMinutes(59 * 60 + 50)).toBe('1 h 0 min');
		expect(ago(0)).toBe('today');
		expect(ago(400)).toBe('13 months ago');
		expect(ago(1000)).toBe('3 years ago');
	});
});
