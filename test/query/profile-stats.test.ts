import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {generateExport} from '../../scripts/generate-export.js';
import {buildLibrary, type Library} from '../../source/model/library.js';
import type {ViewingEvent} from '../../source/model/types.js';
import {openExport} from '../../source/load/open-export.js';
import {allStats, type ProfileStats} from '../../source/query/profile-stats.js';
import {summaryOf} from '../../source/query/summary.js';
import {row} from '../helpers/rows.js';
import {tempDir} from '../helpers/exports.js';

const {dir, cleanup} = tempDir();
afterAll(cleanup);

/** The numbers counted the plain way, from the viewing objects and Sets: the oracle for the column pass. */
function naiveStats(library: Library, name: string, viewings: readonly ViewingEvent[]): ProfileStats {
	const real = viewings.filter(v => v.kind !== 'extra');
	const facts = real.map(v => library.titles[v.titleId]!);
	const starts = real.map(v => v.start);
	const timed = real.filter(v => v.durationSeconds !== null);
	return {
		name,
		viewings: real.length,
		extras: viewings.length - real.length,
		hidden: real.filter(v => v.hidden).length,
		watchSeconds: timed.length > 0 ? timed.reduce((n, v) => n + v.durationSeconds!, 0) : null,
		firstViewing: starts.length > 0 ? Math.min(...starts) : null,
		lastViewing: starts.length > 0 ? Math.max(...starts) : null,
		shows: new Set(facts.filter(f => f.parsed.kind === 'episode').map(f => f.showKey)).size,
		movies: new Set(facts.filter(f => f.parsed.kind !== 'episode').map(f => f.showKey)).size,
		episodes: new Set(facts.filter(f => f.parsed.kind === 'episode').map(f => `${f.showKey}|${f.episodeKey}`)).size,
		devices: new Set(viewings.flatMap(v => (v.device ? [v.device] : []))).size,
	};
}

describe('profile numbers counted over the columns', () => {
	it('match the numbers counted from the viewing objects on a generated export', async () => {
		const entries = generateExport({rows: 6_000, seed: 11});
		const csv = [...entries].find(([name]) => name.endsWith('ViewingActivity.csv'))![1];
		const file = path.join(dir, 'ViewingActivity.csv');
		writeFileSync(file, csv);
		const view = await openExport(file);
		const {library} = view;
		const stats = allStats(library);
		const kinds = (kind: string) => library.viewings.filter(v => v.kind === kind).length;
		expect(summaryOf(view).rows).toMatchObject({
			viewings: library.viewings.length,
			episodes: kinds('episode'),
			movies: kinds('movie'),
			extras: kinds('extra'),
			hidden: library.viewings.filter(v => v.hidden).length,
		});
		expect(library.profiles.length).toBeGreaterThan(1);
		expect(stats.total).toEqual(naiveStats(library, 'All profiles', library.viewings));
		for (const p of stats.profiles) {
			expect(p).toEqual(
				naiveStats(
					library,
					p.name,
					library.viewings.filter(v => v.profile === p.name),
				),
			);
		}
	});

	it('count a movie and a series of the same name apart, and extras and hidden views as such', async () => {
		const library = buildLibrary([
			row({start: '2024-01-01 10:00', title: 'Dark'}),
			row({start: '2024-01-02 10:00', title: 'Dark: Season 1: Secrets (Episode 1)', hidden: true}),
			row({start: '2024-01-03 10:00', title: 'Dark: Season 1: Lies (Episode 2)', device: 'Apple TV'}),
			row({start: '2024-01-04 10:00', title: 'Dark: Season 1 (Trailer)', type: 'TRAILER'}),
			row({start: '2024-01-05 10:00', profile: 'Sam', title: 'Dark: Season 1: Secrets (Episode 1)'}),
		]);
		const {total, profiles} = allStats(library);
		expect(total).toMatchObject({viewings: 4, extras: 1, hidden: 1, shows: 1, movies: 1, episodes: 2, devices: 2});
		expect(profiles.map(p => [p.name, p.viewings, p.episodes])).toEqual([
			['Alex', 3, 2],
			['Sam', 1, 1],
		]);
	});
});
