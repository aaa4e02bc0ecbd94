import {describe, expect, it} from 'vitest';
import {generateExport} from '../../scripts/generate-export.js';
import {readViewingActivity} from '../../source/load/viewing-activity.js';
import {buildLibrary, type Show} from '../../source/model/library.js';
import {resumePoints, resumePointSteps} from '../../source/model/stopped.js';

/** What a show is, as plain values (names, kinds, counts, seasons and episodes in order, positions). */
function described(shows: Map<string, Show>) {
	return [...shows.values()].map(s => ({
		key: s.key,
		name: s.name,
		kind: s.kind,
		count: s.viewingCount,
		newest: s.newest,
		seasons: s.seasons.map(season => [season.label, season.episodes.map(e => [e.key, e.title, e.titles, [...e.positions]])]),
	}));
}

describe('grouping a step at a time (the explorer reads keys between steps)', () => {
	it('pauses several times on 40k rows and groups (and finds where each profile stopped) exactly as in one go', async () => {
		const csv = [...generateExport({rows: 40_000, seed: 7})].find(([name]) => name.endsWith('ViewingActivity.csv'))![1] as string;
		const read = async () => (await readViewingActivity(Buffer.from(csv), 'ViewingActivity.csv')).table;
		const table = await read();
		const stepped = buildLibrary(table);
		let steps = 0;
		for (const _ of stepped.groupInSteps()) steps++;
		// 40k rows at 4k a step, and 256 objects a step: many pauses, each a small piece of work (the
		// explorer runs several in one slice of time).
		expect(steps).toBeGreaterThanOrEqual(20);
		const oneGo = buildLibrary(await read());
		expect(described(stepped.shows)).toEqual(described(oneGo.shows));
		// Once grouped, stepping again does nothing.
		expect([...stepped.groupInSteps()]).toHaveLength(0);
		// Where each profile stopped, 16 shows a step: the same points as in one go.
		const pointSteps = resumePointSteps(stepped);
		let pauses = 0;
		let step = pointSteps.next();
		for (; !step.done; step = pointSteps.next()) pauses++;
		expect(stepped.shows.size).toBeGreaterThanOrEqual(256);
		expect(pauses).toBe(Math.floor(stepped.shows.size / 16));
		const key = (p: ReturnType<typeof resumePoints>[number]) => [p.profile, p.show.key, p.episode.key, p.positionSeconds, p.state, p.unfinished, p.next?.title ?? null];
		expect(step.value.map(key)).toEqual(resumePoints(oneGo).map(key));
	}, 60_000);
});
