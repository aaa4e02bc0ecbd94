import {describe, expect, it} from 'vitest';
import {buildLibrary} from '../../source/model/library.js';
import {reachedEnd, resumePoints, stopGroup} from '../../source/model/stopped.js';
import {row} from '../helpers/rows.js';

const ep = (n: number, season = 1) => `Dark: Staffel ${season}: Folge ${n} Titel (Folge ${n})`;

describe('resumePoints', () => {
	it('takes the newest real, visible viewing per (profile, show) and estimates from the show', () => {
		const library = buildLibrary([
			row({start: '2024-01-01', title: ep(1), at: 50}),
			row({start: '2024-01-02', title: ep(2), at: 52}),
			row({start: '2024-01-03', title: ep(3), at: 20}),
			row({start: '2024-01-04', title: 'Dark: Staffel 1 (Recap)', type: 'RECAP', at: 1}),
			row({start: '2024-01-05', title: ep(4), hidden: true, at: 0}),
		]);
		const [point] = resumePoints(library);
		expect(point!.episode.number).toBe(3);
		expect(point!.positionSeconds).toBe(20 * 60);
		expect(point!.estimatedRuntimeSeconds).toBe(50 * 60); // median of 50, 52, 20 → 50
		expect(point!.state).toBe('mid-episode');
		expect(point!.unfinished).toBe(true);
		// Episode 4 is known from a hidden view: hidden views do not count as stopping there, but the episode exists.
		expect(point!.next).toMatchObject({seasonNumber: 1, episode: 4});
	});

	it('says between-episodes with the next episode when the last one was watched to its end', () => {
		const library = buildLibrary([
			row({start: '2024-01-01', title: ep(1), at: 50}),
			row({start: '2024-01-02', title: ep(2), at: 49}),
			row({start: '2024-01-03', title: ep(1), at: 50, profile: 'Kids'}),
			row({start: '2024-01-04', title: ep(2), at: 3, profile: 'Kids'}),
		]);
		const alex = resumePoints(library).find(p => p.profile === 'Alex')!;
		expect(alex.state).toBe('between-episodes');
		expect(alex.next).toBeNull();
		const kids = resumePoints(library).find(p => p.profile === 'Kids')!;
		expect(kids.state).toBe('mid-episode');
		expect(kids.estimatedRuntimeSeconds).toBe(49 * 60); // its own longest bookmark (Alex's) is trusted
	});

	it('knows the next episode across a season boundary and in the same season', () => {
		const library = buildLibrary([
			row({start: '2024-01-01', title: ep(1), at: 50}),
			row({start: '2024-01-02', title: ep(2), at: 50}),
			row({start: '2024-01-03', title: ep(1, 2), at: 50, profile: 'Kids'}),
			row({start: '2024-01-04', title: ep(1), at: 50, profile: 'Mom'}),
		]);
		const points = resumePoints(library);
		expect(points.find(p => p.profile === 'Alex')!.next).toMatchObject({seasonNumber: 2, episode: 1});
		expect(points.find(p => p.profile === 'Mom')!.next).toMatchObject({seasonNumber: 1, episode: 2});
		expect(points.find(p => p.profile === 'Mom')!.unfinished).toBe(true);
	});

	it('is unknown without an estimate, except for movies left before any feature film could end', () => {
		const library = buildLibrary([
			row({start: '2024-01-01', title: ep(1), at: 30}),
			row({start: '2024-01-01', title: 'Roma', at: 130, profile: 'Kids'}),
			row({start: '2024-01-02', title: 'Roma', at: 40}),
			row({start: '2024-01-03', title: 'Okja', at: 90}),
			row({start: '2024-01-03 13:00', title: 'Mank', at: 30}),
			row({start: '2024-01-03 14:00', title: 'Rebecca', at: 2}),
		]);
		const points = resumePoints(library);
		expect(points.find(p => p.show.name === 'Dark')!.state).toBe('unknown');
		expect(points.find(p => p.show.name === 'Roma' && p.profile === 'Alex')).toMatchObject({state: 'midway', unfinished: true, estimatedRuntimeSeconds: 130 * 60});
		expect(points.find(p => p.show.name === 'Roma' && p.profile === 'Kids')).toMatchObject({state: 'finished', unfinished: false});
		// Stopped at 90 min: taken as its length (finished). At 30 min: no feature film is over, so midway.
		expect(points.find(p => p.show.name === 'Okja')).toMatchObject({state: 'finished', unfinished: false});
		expect(points.find(p => p.show.name === 'Mank')).toMatchObject({state: 'midway', unfinished: true, estimatedRuntimeSeconds: null});
		expect(points.find(p => p.show.name === 'Rebecca')).toMatchObject({state: 'unknown', unfinished: false});
		expect(points.map(p => p.viewing.start)).toEqual([...points.map(p => p.viewing.start)].sort((a, b) => b - a));
	});

	it('keeps a film apart from a series of the same name', () => {
		const library = buildLibrary([
			row({start: '2024-01-01', title: 'Limitless: Season 1: Pilot (Episode 1)', at: 42}),
			row({start: '2024-01-02', title: 'Limitless: Season 1: Badge! Gun! (Episode 2)', at: 20}),
			row({start: '2024-01-03', title: 'Limitless', at: 105, minutes: 105}),
		]);
		const points = resumePoints(library);
		expect(points.map(p => [p.show.name, p.show.kind, p.episode.number])).toEqual([
			['Limitless', 'movie', null],
			['Limitless', 'series', 2],
		]);
		expect(points[1]!.positionSeconds).toBe(20 * 60);
		const shows = [...library.shows.values()].filter(s => s.name === 'Limitless');
		expect(shows.map(s => [s.kind, s.viewingCount])).toEqual([
			['series', 2],
			['movie', 1],
		]);
	});
});

describe('each stopped rule, alone', () => {
	it('credits: within CREDITS_SECONDS of the estimate is the end, even short of FINISHED_FRACTION', () => {
		// A 25-minute show: stopping at 21 min is 84% (short of 90%) but 4 min before the end (credits).
		const library = buildLibrary([
			row({start: '2024-01-01', title: ep(1), at: 25}),
			row({start: '2024-01-02', title: ep(2), at: 25}),
			row({start: '2024-01-03', title: ep(3), at: 25, profile: 'Kids'}),
			row({start: '2024-01-04', title: ep(3), at: 21}),
		]);
		const alex = resumePoints(library).find(p => p.profile === 'Alex')!;
		expect(alex.estimatedRuntimeSeconds).toBe(25 * 60);
		expect(alex.positionSeconds! / alex.estimatedRuntimeSeconds!).toBeLessThan(0.9);
		expect(alex.state).toBe('between-episodes');
		// 6 minutes before the end is not credits.
		const early = buildLibrary([
			row({start: '2024-01-01', title: ep(1), at: 25}),
			row({start: '2024-01-02', title: ep(2), at: 25}),
			row({start: '2024-01-03', title: ep(3), at: 25, profile: 'Kids'}),
			row({start: '2024-01-04', title: ep(3), at: 19}),
		]);
		expect(resumePoints(early).find(p => p.profile === 'Alex')!.state).toBe('mid-episode');
	});
});

describe('the rewatch rule and the groups of the Stopped list', () => {
	it('reachedEnd: at FINISHED_FRACTION of the longest known position, not below, and never without positions', () => {
		expect(reachedEnd(45 * 60, 50 * 60)).toBe(true); // 90%
		expect(reachedEnd(44 * 60, 50 * 60)).toBe(false); // 88%
		expect(reachedEnd(null, 50 * 60)).toBe(false);
		expect(reachedEnd(10, null)).toBe(false);
		expect(reachedEnd(0, 0)).toBe(false);
	});

	it('stopGroup: movies apart, mid-episode, next up when the next episode is known, else done', () => {
		const library = buildLibrary([
			row({start: '2024-01-01', title: ep(1), at: 50}),
			row({start: '2024-01-02', title: ep(2), at: 50}),
			row({start: '2024-01-03', title: ep(1), at: 50, profile: 'Kids'}),
			row({start: '2024-01-04', title: ep(2), at: 10, profile: 'Sam'}),
			row({start: '2024-01-05', title: ep(1), at: 50, profile: 'Sam'}),
			row({start: '2024-01-06', title: 'A Film', at: 30, profile: 'Sam'}),
		]);
		const groups = Object.fromEntries(resumePoints(library).map(p => [`${p.profile} ${p.show.name}`, stopGroup(p)]));
		expect(groups).toEqual({'Alex Dark': 'done', 'Kids Dark': 'next-up', 'Sam Dark': 'next-up', 'Sam A Film': 'movie'});
	});
});
