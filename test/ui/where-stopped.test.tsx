import {render} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {App} from '../../source/ui/App.js';
import {stoppedList} from '../../source/query/stopped-list.js';
import {buildLibrary} from '../../source/model/library.js';
import type {ScreenData} from '../../source/ui/screen-data.js';
import type {UiState} from '../../source/ui/ui-state.js';
import {keys, ready, sampleData} from '../helpers/render.js';
import {parseInvocation} from '../../source/commands/args.js';
import {runCommand} from '../../source/commands/run-command.js';
import {row} from '../helpers/rows.js';

let data: ScreenData;
beforeAll(async () => {
	data = await sampleData();
});
afterEach(() => cleanup());

const entries = (state: UiState) => data.stopped(state.profile, state.stoppedFilter).flatMap(r => (r.kind === 'entry' ? [r.stop] : []));

describe('where did I stop, as people expect', () => {
	it('the Show screen opens scrolled to where the profile stopped, that episode under the cursor and marked', () => {
		// Kids' Stranger Things: stopped at S3E5, far down the show's list.
		let state = keys(ready(data, 24), 'p', 'p', 'p', 'p');
		expect(state.profile).toBe('Kids');
		const at = data.stopped('Kids', state.stoppedFilter).findIndex(r => r.kind === 'entry' && r.stop.show === 'Stranger Things');
		state = {...state, lists: {...state.lists, stopped: {cursor: at, offset: 0}}};
		state = keys(state, {return: true});
		expect(state.screen).toBe('show');
		const rows = data.showRows(state.showKey!, 'Kids');
		const cursor = rows[state.lists.show.cursor]!;
		expect(cursor.kind === 'episode' && [cursor.episode.seasonNumber, cursor.episode.number]).toEqual([3, 5]);
		expect(state.lists.show.offset).toBeGreaterThan(0);
		const frame = render(<App state={state} width={80} height={24} />).lastFrame()!;
		const line = frame.split('\n').find(l => l.startsWith('›'))!;
		expect(line).toMatch(/E5 Chapter Five: The Upside Down .*◀ stopped 18:20 of ~49 min/);
	});

	it('names every profile’s stop on the Show screen, not "+2 more profiles"', () => {
		const state = keys(ready(data, 40), '/', 's', 'a', 'v', 'a', 'g', 'e', {return: true});
		const frame = render(<App state={state} width={200} height={40} />).lastFrame()!;
		const stops = data.stoppedIn(state.showKey!, null);
		expect(stops.length).toBeGreaterThan(1);
		const line = frame.split('\n')[2]!;
		for (const p of stops) expect(line).toContain(p.profile);
		expect(frame).not.toMatch(/more profile/);
		// The episode where the newest stop is gets a mark naming who stopped there.
		expect(frame).toMatch(new RegExp(`◀ ${stops[0]!.profile} `));
	});

	it('"abandoned" counts back from the export’s last viewing, not from today', () => {
		const library = buildLibrary([
			row({start: '2020-01-01', title: 'Old Show: Season 1: One (Episode 1)', minutes: 10, at: 10}),
			row({start: '2020-01-02', title: 'Old Show: Season 1: Two (Episode 2)', minutes: 50, at: 5}),
			row({start: '2020-05-01', title: 'Fresh Show: Season 1: One (Episode 1)', minutes: 50, at: 5}),
			row({start: '2020-05-03', title: 'Fresh Show: Season 1: Two (Episode 2)', minutes: 10, at: 10}),
		]);
		// Six years after the export ended, only the show left long before its last viewing is abandoned.
		const abandoned = stoppedList(library, {olderThanDays: 30, now: Date.UTC(2026, 0, 1)}).map(p => p.show.name);
		expect(abandoned).toEqual(['Old Show']);
	});

	it('series whose next episode is up are a section apart from those stopped mid-episode', () => {
		const rows = data.stopped(null, {abandoned: false, finished: false});
		const headings = rows.flatMap(r => (r.kind === 'heading' ? [r.text.replace(/ \(\d+\)$/, '')] : []));
		expect(headings).toEqual(['Stopped mid-episode', 'Next up: last episode watched to the end', 'Movies left midway']);
		let section = '';
		for (const r of rows) {
			if (r.kind === 'heading') section = r.text;
			else if (section.startsWith('Next up')) expect(r.stop.state).toBe('between-episodes');
			else if (section.startsWith('Stopped mid')) expect(r.stop.state).not.toBe('between-episodes');
		}
		const frame = render(<App state={ready(data)} width={120} height={40} />).lastFrame()!;
		expect(frame).toMatch(/\d+ watched to the end left out \(f\)/);
	});

	// The command as cli.tsx runs it, in this process (the built binary's output is tested in test/commands).
	const stoppedCommand = (args: string[]) => runCommand('stopped', data.view, parseInvocation(['stopped', '--demo', ...args]), '0');

	it('the explorer’s default and `stopped`’s default list the same entries', async () => {
		const cli = JSON.parse(await stoppedCommand(['--json'])) as Array<{profile: string; show: string; lastWatched: string}>;
		const key = (e: {profile: string; show: string; lastWatched: string}) => `${e.profile}|${e.show}|${e.lastWatched}`;
		const explorer = entries(ready(data)).map(s => key({profile: s.profile, show: s.show, lastWatched: new Date(s.start).toISOString()}));
		expect(explorer.length).toBeGreaterThan(10);
		expect(new Set(explorer)).toEqual(new Set(cli.map(key)));
		expect(await stoppedCommand([])).toMatch(/\d+ series watched to the end of the last episode seen are not listed \(--all lists them\)\.\n$/);
	});
});
