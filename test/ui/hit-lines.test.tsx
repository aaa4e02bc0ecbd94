import chalk from 'chalk';
import {Box} from 'ink';
import {render} from 'ink-testing-library';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {HighlightedName} from '../../source/ui/components/HighlightedName.js';
import {HitLines} from '../../source/ui/components/HitLines.js';
import {ListLine} from '../../source/ui/components/ListLine.js';
import {highlightedText} from '../../source/ui/highlight.js';

// Styles on (the setup file pins FORCE_COLOR=0): the point is that both draw the same escape sequences.
let level: typeof chalk.level;
beforeAll(() => {
	level = chalk.level;
	chalk.level = 3;
});
afterAll(() => {
	chalk.level = level;
});

const rows = [
	{name: 'Burning Empire: Cairo', ranges: [[0, 4]] as Array<[number, number]>, rest: 'movie   Anna, Kids'},
	{
		name: 'Sınır Şehir \u001b]0;x\u0007',
		ranges: [
			[0, 2],
			[6, 8],
		] as Array<[number, number]>,
		rest: '24 ep.  Ben',
	},
	{name: 'A title far too long for its column', ranges: [[2, 6]] as Array<[number, number]>, rest: 'movie   Oma'},
];

describe('HitLines', () => {
	it('draws a list as ListLines of HighlightedNames do, cursor line, highlights and cut names included', () => {
		for (const cursor of [0, 1, 2]) {
			const fast = render(
				<Box flexDirection="column" width={50}>
					<HitLines lines={rows.map((r, i) => ({text: `${highlightedText(r.name, r.ranges, 20)} ${r.rest}`, selected: i === cursor}))} />
				</Box>,
			);
			const slow = render(
				<Box flexDirection="column" width={50}>
					{rows.map((r, i) => (
						<ListLine key={r.name} selected={i === cursor} width={50}>
							<HighlightedName text={r.name} ranges={r.ranges} width={20} /> {r.rest}
						</ListLine>
					))}
				</Box>,
			);
			expect(fast.lastFrame()).toBe(slow.lastFrame());
			expect(fast.lastFrame()!.split('\n')[cursor]).toMatch(/^\u001b\[7m› /);
			expect(fast.lastFrame()).toContain('\u001b[33m');
			expect(fast.lastFrame()).toContain('␛]0;x␇');
			fast.unmount();
			slow.unmount();
		}
	});
});
