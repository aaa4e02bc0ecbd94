import {render} from 'ink';
import {describe, expect, it} from 'vitest';
import {Root} from '../../source/ui/Root.js';
import {runTui} from '../../source/ui/run-tui.js';
import type {ScreenData} from '../../source/ui/screen-data.js';
import {initialState} from '../../source/ui/ui-state.js';
import {KEY, ready, sampleData, waitForFrame} from '../helpers/render.js';
import {fakeTerminal} from '../helpers/fake-terminal.js';

const ENTER = '\x1b[?1049h';
const LEAVE = '\x1b[?1049l';

describe('runTui', () => {
	it('restores the terminal, then prints the load error and its hint, exit code 1', async () => {
		const term = fakeTerminal();
		const code = await runTui({exportPath: '/nonexistent/netflix-report.zip', demoPath: '/nonexistent/demo.zip'}, term.streams);
		expect(code).toBe(1);
		const out = term.output();
		expect(out.startsWith(ENTER)).toBe(true);
		expect(out.lastIndexOf(LEAVE)).toBeGreaterThan(out.lastIndexOf(ENTER));
		const lines = term.errors().trimEnd().split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^netflix-tui: .*nonexistent/);
		expect(lines[1]!.length).toBeGreaterThan(10);
	});

	it('quits with code 0 on q', async () => {
		const term = fakeTerminal();
		const running = runTui({exportPath: null, demoPath: '/nonexistent/demo.zip'}, term.streams);
		await new Promise(resolve => setTimeout(resolve, 50));
		(term.streams.stdin as unknown as {read: () => string | null}).read = (() => {
			let sent = false;
			return () => (sent ? null : ((sent = true), 'q'));
		})();
		term.streams.stdin.emit('readable');
		expect(await running).toBe(0);
		expect(term.output()).toContain(LEAVE);
		expect(term.errors()).toBe('');
	});
});

describe('error boundary', () => {
	it('ends the app with the error a screen throws instead of leaving a broken screen', async () => {
		const term = fakeTerminal();
		const broken = {
			profiles: [null],
			now: 0,
			stopped: () => {
				throw new Error('boom in a screen');
			},
		} as unknown as ScreenData;
		const instance = render(<Root initial={initialState({exportPath: '/x.zip', demoPath: '/x.zip'})} load={async () => broken} />, {
			...term.streams,
			patchConsole: false,
			exitOnCtrlC: false,
		});
		await expect(instance.waitUntilExit()).rejects.toThrow('boom in a screen');
	});
});

describe('quitting while the screen is busy', () => {
	it('calls onQuit as q or Ctrl+C is read, during a load and on a screen, drawing no frame for it', async () => {
		const {render: renderForTest} = await import('ink-testing-library');
		const data = await sampleData();
		for (const [initial, key] of [
			[initialState({exportPath: '/x.zip', demoPath: '/x.zip'}), 'q'],
			[initialState({exportPath: '/x.zip', demoPath: '/x.zip'}), KEY.ctrlC],
			[ready(data), 'q'],
			[ready(data), KEY.ctrlC],
		] as const) {
			let quits = 0;
			// A load that never ends: the app is still loading when the key comes.
			const app = renderForTest(<Root initial={initial} load={() => new Promise(() => {})} width={80} height={24} onQuit={() => quits++} />);
			await waitForFrame(app.lastFrame, frame => frame.length > 0);
			const frames = app.frames.length;
			app.stdin.write(key);
			// Synchronously, in the handler that read the key: no render comes between.
			expect(quits).toBe(1);
			expect(app.frames.length).toBe(frames);
			app.unmount();
		}
	});

	it('types q into the search rather than quitting', async () => {
		const {render: renderForTest} = await import('ink-testing-library');
		let quits = 0;
		const app = renderForTest(<Root initial={ready(await sampleData())} load={() => new Promise(() => {})} width={80} height={24} onQuit={() => quits++} />);
		await waitForFrame(app.lastFrame, frame => frame.includes('Stopped'));
		app.stdin.write('/');
		await waitForFrame(app.lastFrame, frame => frame.includes('Search:'));
		app.stdin.write('q');
		await waitForFrame(app.lastFrame, frame => frame.includes('Search: q'));
		expect(quits).toBe(0);
		app.unmount();
	});
});
