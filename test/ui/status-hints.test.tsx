import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {LIST_START} from '../../source/ui/list-window.js';
import type {ScreenData} from '../../source/ui/screen-data.js';
import {ShowScreen} from '../../source/ui/screens/ShowScreen.js';
import {StoppedScreen} from '../../source/ui/screens/StoppedScreen.js';
import {KEY, NOW, ready, renderApp, sampleData} from '../helpers/render.js';

let data: ScreenData;
beforeAll(async () => {
	data = await sampleData();
});
afterEach(() => cleanup());

const statusBar = (frame: string) => frame.split('\n').at(-1)!;
const header = (frame: string) => frame.split('\n')[0]!;

describe('hints and words that are true', () => {
	it('names what a and f do next, the same in the title line and the status bar', async () => {
		const app = renderApp(ready(data), {width: 160, height: 30});
		let frame = app.lastFrame()!;
		expect(frame.split('\n')[1]).toContain('a abandoned · f finished too');
		expect(statusBar(frame)).toContain('a abandoned');
		frame = await app.press('a', f => statusBar(f).includes('a all'));
		expect(frame.split('\n')[1]).toContain('a all ·');
		expect(statusBar(frame)).not.toContain('a abandoned');
		frame = await app.press('f', f => statusBar(f).includes('f hide finished'));
		expect(frame.split('\n')[1]).toContain('f hide finished');
	});

	it('offers Esc only where it goes back, and Enter only where it does something', async () => {
		const app = renderApp(ready(data), {width: 160, height: 30});
		expect(statusBar(app.lastFrame()!)).not.toContain('Esc back');
		expect(statusBar(app.lastFrame()!)).toContain('Enter open');
		let frame = await app.press(KEY.enter, f => statusBar(f).includes('Show ·'));
		expect(statusBar(frame)).toContain('Esc back');
		expect(statusBar(frame)).not.toContain('Enter');
		frame = await app.press('4', f => statusBar(f).includes('Profiles ·'));
		expect(statusBar(frame)).toContain('Enter choose');
		expect(statusBar(frame)).not.toContain('Esc back');
		frame = await app.press('/', f => statusBar(f).includes('Search ·'));
		expect(statusBar(frame)).toContain('Esc back');
		// An empty query lists every title (explorer-lists), so Enter opens one; with no hit it is not offered.
		expect(statusBar(frame)).toContain('Enter open');
		frame = await app.press('zqxjvw', f => f.includes('No title matches'));
		expect(statusBar(frame)).not.toContain('Enter');
	});

	it('on Data with a profile chosen, says the screen is about the whole account instead of naming another profile', async () => {
		const app = renderApp(ready(data), {width: 160, height: 30});
		await app.press('p', f => header(f).includes('Profile: Alex'));
		const frame = await app.press('5', f => statusBar(f).includes('Data ·'));
		expect(header(frame)).toContain('Profile: Alex');
		expect(statusBar(frame)).toContain('whole account');
		expect(statusBar(frame)).not.toContain('All profiles');
		// Enter opens the table's rows (main's rows viewer); c shows its columns.
		expect(statusBar(frame)).toContain('Enter rows');
		expect(statusBar(frame)).toContain('c columns');
	});

	it('offers f on an empty Stopped list only when finished shows would appear', () => {
		const props = {rows: [], list: LIST_START, profile: 'Kids', now: NOW, width: 100, height: 10};
		const offered = render(<StoppedScreen {...props} filter={{abandoned: false, finished: false}} moreWithFinished />);
		expect(offered.lastFrame()).toContain('press f to include finished shows');
		const nothing = render(<StoppedScreen {...props} filter={{abandoned: false, finished: false}} moreWithFinished={false} />);
		expect(nothing.lastFrame()).not.toContain('press f');
		expect(nothing.lastFrame()).toContain('No series watched by Kids and no movie left midway.');
		const already = render(<StoppedScreen {...props} filter={{abandoned: false, finished: true}} moreWithFinished={false} />);
		expect(already.lastFrame()).not.toContain('press f');
	});

	it('says where a movie was left as a person would: the time and the runtime, no "the movie"', () => {
		const point = data
			.stopped(null, {abandoned: false, finished: true})
			.flatMap(r => (r.kind === 'entry' && r.stop.kind === 'movie' && r.stop.positionSeconds !== null ? [r.stop] : []))[0]!;
		expect(point).toBeDefined();
		const show = data.show(data.stopShowKey(point))!;
		expect(show.name).toBe(point.show);
		const frame = render(
			<ShowScreen
				show={show}
				facts={data.showFacts(show, null)}
				rows={data.showRows(show.key, null)}
				stopped={data.stoppedIn(show.key, null)}
				list={LIST_START}
				profile={null}
				now={NOW}
				width={140}
				height={10}
			/>,
		).lastFrame()!;
		const line = frame.split('\n')[1]!;
		expect(line).not.toContain('the movie');
		expect(line).toMatch(new RegExp(`${point.profile} stopped at \\d+:\\d{2}(:\\d{2})?( of ~\\d+ min)? · `));
	});
});

describe('the Stopped screen at 70 columns', () => {
	it('cuts a long next-season name in Position rather than every episode in Stopped at', () => {
		const rows = data.stopped(null, {abandoned: false, finished: true});
		const done = rows.findIndex(r => r.kind === 'entry' && r.stop.state === 'between-episodes' && r.stop.next !== null);
		const mid = rows.find(r => r.kind === 'entry' && r.stop.state === 'mid-episode' && r.stop.kind === 'series');
		expect(done).toBeGreaterThan(-1);
		expect(mid?.kind).toBe('entry');
		const row = rows[done]!;
		if (row.kind !== 'entry' || mid?.kind !== 'entry') throw new Error('no entries');
		// A named season without a number (`The Alienist: Angel of Darkness`) is written out in Position.
		const named = {...row, stop: {...row.stop, next: {...row.stop.next!, seasonNumber: null, season: 'Angel of Darkness: The Long Road Home'}}};
		const list = [named, mid];
		const frame = render(<StoppedScreen rows={list} list={LIST_START} filter={{abandoned: false, finished: true}} profile={null} now={NOW} width={70} height={10} />).lastFrame()!;
		const midLine = frame.split('\n').find(l => l.includes(mid.stop.show))!;
		const code = `S${mid.stop.episode.seasonNumber}E${mid.stop.episode.number}`;
		// Stopped at keeps room for the episode's code and the start of its title.
		expect(midLine).toMatch(new RegExp(`${code} · \\S{3}`));
		expect(frame.split('\n').every(l => l.length <= 70)).toBe(true);
	});
});
