/** The bench's table, its PASS/FAIL targets (issue #4) and its JSON. */
import type {LoadTimes} from './measure-process.js';
import type {SearchTimes} from './measure-search.js';
import type {StatsTimes} from './measure-stats.js';
import type {TuiTimes} from './measure-tui.js';
import {round} from './stats.js';

/** Everything one bench run measured. */
export interface BenchResults {
	machine: {node: string; cpus: number; loadAverage: number[]; pandas: boolean; when: string};
	runs: number;
	sizes: number[];
	loads: LoadTimes[];
	tuis: TuiTimes[];
	search: SearchTimes | null;
	/** The Stats screen's computation (absent in results from before it was measured). */
	stats?: StatsTimes | null;
	/** Set when a part could not run (its reason); the rest still reports. */
	skipped: Record<string, string>;
}

/** One target line. */
export interface Target {
	name: string;
	pass: boolean | null;
	detail: string;
}

const ms = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? '–' : `${Math.round(v).toLocaleString('en-US')} ms`);
const fine = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? '–' : `${v.toFixed(v < 1 ? 2 : 1)} ms`);
const ratio = (v: number) => `${v.toFixed(2)}×`;
const rowsLabel = (n: number) => n.toLocaleString('en-US');

function table(head: string[], body: string[][]): string {
	const widths = head.map((h, i) => Math.max(h.length, ...body.map(r => (r[i] ?? '').length)));
	const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ');
	return [line(head), ...body.map(line)].join('\n');
}

/** The per-row time of a load in µs. */
const perRowUs = (l: LoadTimes) => (l.medianMs['ours']! * 1000) / l.rows;

const marginalUs = (a: LoadTimes, b: LoadTimes) => ((b.medianMs['ours']! - a.medianMs['ours']!) * 1000) / (b.rows - a.rows);

export function targets(r: BenchResults): Target[] {
	const out: Target[] = [];
	const big = r.loads.at(-1);
	const small = r.loads[0];
	if (big) {
		const at = `at ${rowsLabel(big.rows)}`;
		const py = big.medianMs['ours']! / big.medianMs['python-csv']!;
		out.push({name: `Load ${at} ≤ Python csv.reader (ratio ≤ 1.0)`, pass: py <= 1, detail: `${ms(big.medianMs['ours'])} vs ${ms(big.medianMs['python-csv'])}: ${ratio(py)}`});
		const floor = big.medianMs['ours']! / big.medianMs['unzip-wc']!;
		out.push({name: `Load ${at} within 4× of unzip | wc -l`, pass: floor <= 4, detail: `${ms(big.medianMs['ours'])} vs ${ms(big.medianMs['unzip-wc'])}: ${ratio(floor)}`});
	}
	if (r.tuis.length > 0) {
		const worst = Math.max(...r.tuis.map(t => t.firstFrameMs));
		out.push({name: 'First frame ≤ 250 ms at any size', pass: worst <= 250, detail: r.tuis.map(t => `${rowsLabel(t.rows)}: ${ms(t.firstFrameMs)}`).join(', ')});
		const late = r.tuis.map(t => ({t, load: r.loads.find(l => l.rows === t.rows)?.medianMs['ours']}));
		out.push({
			name: 'Stopped complete within the load time',
			pass: late.every(({t, load}) => load !== undefined && t.stoppedMs <= load),
			detail: late.map(({t, load}) => `${rowsLabel(t.rows)}: ${ms(t.stoppedMs)} vs load ${ms(load)}${load ? ` (${ratio(t.stoppedMs / load)})` : ''}`).join(', '),
		});
	} else out.push({name: 'First frame / Stopped complete', pass: null, detail: r.skipped['tui'] ?? 'not measured'});
	if (r.search) out.push({name: 'Search query p95 ≤ 8 ms', pass: r.search.p95Ms <= 8, detail: `p95 ${fine(r.search.p95Ms)} at ${rowsLabel(r.search.rows)} rows`});
	if (r.stats) {
		const worst = Math.max(r.stats.allProfilesMs, r.stats.oneProfileMs, r.stats.yearMs);
		out.push({
			name: 'Stats screen computed ≤ 100 ms (issue #9)',
			pass: worst <= 100,
			detail: `${fine(r.stats.allProfilesMs)} all profiles (columns read), ${fine(r.stats.oneProfileMs)} one profile, ${fine(r.stats.yearMs)} a year, at ${rowsLabel(r.stats.rows)} rows`,
		});
	}
	const typing = r.tuis.find(t => t.keyP95Ms !== null);
	if (typing) out.push({name: 'Keystroke to frame p95 ≤ 33 ms', pass: typing.keyP95Ms! <= 33, detail: `p95 ${fine(typing.keyP95Ms)} at ${rowsLabel(typing.rows)} rows`});
	if (big) {
		const rss = big.peakRssMb;
		out.push({
			name: `Peak RSS at ${rowsLabel(big.rows)} ≤ 400 MB`,
			pass: rss === null ? null : rss <= 400,
			detail: rss === null ? '/usr/bin/time missing' : `${Math.round(rss)} MB`,
		});
	}
	if (big && small && big !== small) {
		const grow = perRowUs(big) / perRowUs(small);
		out.push({
			name: `Per-row time at ${rowsLabel(big.rows)} ≤ 1.3× at ${rowsLabel(small.rows)}`,
			pass: grow <= 1.3,
			detail: `${perRowUs(big).toFixed(2)} µs vs ${perRowUs(small).toFixed(2)} µs: ${ratio(grow)}`,
		});
	}
	if (r.sizes.at(-1) !== 250_000) out.push({name: 'Targets are set at 250,000 rows', pass: null, detail: `this run's largest size is ${rowsLabel(r.sizes.at(-1)!)}`});
	return out;
}

/** The human-readable report. */
export function render(r: BenchResults): string {
	const sizes = r.loads.map(l => rowsLabel(l.rows));
	const each = (f: (l: LoadTimes) => string) => r.loads.map(f);
	const load = table(
		['Load: process start to exit (median)', ...sizes],
		[
			['node dist/cli.js summary --json', ...each(l => ms(l.medianMs['ours']))],
			['python3 zipfile + csv.reader → list', ...each(l => ms(l.medianMs['python-csv']))],
			r.machine.pandas ? ['python3 pandas.read_csv', ...each(l => ms(l.medianMs['pandas']))] : ['pandas read_csv', ...each(() => 'skipped')],
			['unzip -p | wc -l (floor)', ...each(l => ms(l.medianMs['unzip-wc']))],
			['ours / csv.reader', ...each(l => ratio(l.medianMs['ours']! / l.medianMs['python-csv']!))],
			...(r.machine.pandas ? [['ours / pandas', ...each(l => ratio(l.medianMs['ours']! / l.medianMs['pandas']!))]] : []),
			['ours / floor', ...each(l => ratio(l.medianMs['ours']! / l.medianMs['unzip-wc']!))],
			['ours per row', ...each(l => `${perRowUs(l).toFixed(2)} µs`)],
			// Whole-process time per row hides the fixed start-up cost; the slope between sizes is the real per-row cost.
			['ours per extra row since the previous size', ...r.loads.map((l, i) => (i === 0 ? '–' : `${marginalUs(r.loads[i - 1]!, l).toFixed(2)} µs`))],
			['peak RSS, ours (/usr/bin/time %M)', ...each(l => (l.peakRssMb === null ? '–' : `${Math.round(l.peakRssMb)} MB`))],
		],
	);
	const parts = [
		`netflix-tui bench · node ${r.machine.node} · ${r.machine.cpus} CPUs · load average ${r.machine.loadAverage.map(v => v.toFixed(2)).join(' ')} · ${r.runs} runs after a warm-up`,
		'',
		load,
	];
	if (!r.machine.pandas) parts.push('pandas not installed, skipped');
	if (r.tuis.length > 0) {
		const t = r.tuis;
		parts.push(
			'',
			table(
				['TUI in tmux 120×40 (median)', ...t.map(x => rowsLabel(x.rows))],
				[
					['launch → first frame (load progress)', ...t.map(x => ms(x.firstFrameMs))],
					['launch → Stopped screen complete', ...t.map(x => ms(x.stoppedMs))],
				],
			),
		);
		const c = t[0]!;
		parts.push(
			`measurement delay: frames are seen through tmux control-mode %output (no polling); a frame ends after ${c.quietMs} ms of silence (not counted); one capture-pane round trip takes ${fine(c.roundTripMs)}, the most a figure can be late`,
		);
	} else parts.push('', `TUI: skipped (${r.skipped['tui'] ?? 'not measured'})`);
	const typing = r.tuis.find(x => x.keyP50Ms !== null);
	if (r.search) {
		const s = r.search;
		parts.push('', `Search at ${rowsLabel(s.rows)} rows: ${rowsLabel(s.titles)} titles, index built in ${ms(s.buildIndexMs)}, ${s.keystrokesPerRun} keystrokes per run`);
		parts.push(
			table(
				['per keystroke (median over runs)', 'p50', 'p95', 'max'],
				[
					['search() in-process', fine(s.p50Ms), fine(s.p95Ms), fine(s.maxMs)],
					...(typing ? [[`keystroke → updated frame (tmux, a key every ${typing.typingIntervalMs} ms)`, fine(typing.keyP50Ms), fine(typing.keyP95Ms), fine(typing.keyMaxMs)]] : []),
				],
			),
		);
		if (typing) parts.push(`slowest keystrokes to frame: ${typing.slowestKeys.map(k => `"${k.typed}" ${fine(k.ms)}`).join(', ')}`);
		parts.push(`slowest search() calls: ${s.slowest.map(k => `"${k.typed}" ${fine(k.ms)}`).join(', ')}`);
		parts.push(`wanted title's rank: ${s.ranks.map(q => `"${q.typed}" → ${q.rank ?? (q.exists ? 'not found' : 'title missing from export')}`).join(', ')}`);
	} else parts.push('', `Search: skipped (${r.skipped['search'] ?? 'not measured'})`);
	if (r.stats) {
		const st = r.stats;
		parts.push(
			'',
			table(
				[`Stats at ${rowsLabel(st.rows)} rows, in-process (median)`, 'ms'],
				[
					['all profiles, first report (columns read, every number)', fine(st.allProfilesMs)],
					['one profile', fine(st.oneProfileMs)],
					['all profiles, a year in focus', fine(st.yearMs)],
					['all profiles, first report: CPU time', fine(st.allProfilesCpuMs)],
				],
			),
		);
	}
	parts.push('', 'Targets (issue #4)');
	for (const t of targets(r)) parts.push(`  ${t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`);
	return parts.join('\n');
}

/** The JSON written next to the exports: the results with times rounded to 0.1 ms, and the targets. */
export function toJson(r: BenchResults): string {
	return JSON.stringify({...r, targets: targets(r)}, (_, v: unknown) => (typeof v === 'number' ? round(v, 2) : v), 2);
}
