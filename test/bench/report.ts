/** The bench's tables, its PASS/FAIL targets (issues #14 and #4) and its JSON. */
import type {FiltersTimes} from './measure-filters.js';
import type {LoadUiTimes} from './measure-load-ui.js';
import type {LoadTimes} from './measure-process.js';
import type {SearchTimes} from './measure-search.js';
import type {StatsTimes} from './measure-stats.js';
import type {TuiTimes} from './measure-tui.js';
import {round} from './stats.js';

/** Everything one bench run measured. */
export interface BenchResults {
	machine: {node: string; cpus: number; loadAverage: number[]; pandas: boolean; when: string; loadAverageAtEnd?: number[]};
	runs: number;
	sizes: number[];
	loads: LoadTimes[];
	tuis: TuiTimes[];
	search: SearchTimes | null;
	/** The Stats screen's computation (absent in results from before it was measured). */
	stats?: StatsTimes | null;
	/** The explorer during the largest load: stalls of the key thread, q, peak RSS (issue #14). */
	loadUi?: LoadUiTimes | null;
	/** The list filters in-process at the largest size (issue #14). */
	filters?: FiltersTimes | null;
	/** True when the polars and DuckDB scripts ran (else skipped['notebook'] says why). */
	notebook?: boolean;
	/** Wall time of the whole run, build excluded, and of each part (s). */
	elapsedMs?: number;
	partSeconds?: Record<string, number>;
	/** Set when a part could not run (its reason); the rest still reports. */
	skipped: Record<string, string>;
}

/** One target line: `pass` null when it could not be checked (detail says why). */
export interface Target {
	issue: 4 | 14;
	name: string;
	pass: boolean | null;
	detail: string;
}

/** The "real size" of issue #14: real exports have 1k–25k rows; this is the band a bench size must fall in. */
export const REAL_SIZE = {min: 16_000, max: 25_000};
/** Where the large-export targets are set. */
export const LARGE_ROWS = 250_000;

/** Issue #14's limits (ratios, ms, MB) and the ones kept from #4. */
export const LIMITS = {
	stoppedVsNode: 2.0,
	explorerVsNode: 2.5,
	stoppedVsNotebook: 1.0,
	keyP95Ms: 16,
	stallMs: 50,
	quitMs: 100,
	rssMb: 250,
	statsMs: 50,
	filterMs: 50,
	loadVsPython: 1.0,
	loadVsFloor: 4,
	firstFrameMs: 250,
	searchP95Ms: 8,
	perRowGrowth: 1.3,
} as const;

const ms = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? '–' : `${Math.round(v).toLocaleString('en-US')} ms`);
const fine = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? '–' : `${v.toFixed(v < 1 ? 2 : 1)} ms`);
const ratio = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '–');
const mb = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? '–' : `${Math.round(v)} MB`);
const rowsLabel = (n: number) => n.toLocaleString('en-US');

function table(head: string[], body: string[][]): string {
	const widths = head.map((h, i) => Math.max(h.length, ...body.map(r => (r[i] ?? '').length)));
	const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ');
	return [line(head), ...body.map(line)].join('\n');
}

/** A contender's median, or undefined when it did not run. */
const med = (l: LoadTimes, name: string): number | undefined => l.medianMs[name];
/** a / b when both ran. */
const over = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? Number.NaN : a / b);

/** The per-row time of a load in µs. */
const perRowUs = (l: LoadTimes) => (l.medianMs['ours']! * 1000) / l.rows;

const marginalUs = (a: LoadTimes, b: LoadTimes) => ((b.medianMs['ours']! - a.medianMs['ours']!) * 1000) / (b.rows - a.rows);

/** The smallest size in the real-size band, if the run has one. */
const realSize = (sizes: readonly number[]) => sizes.find(n => n >= REAL_SIZE.min && n <= REAL_SIZE.max);

/** A ratio target: PASS at or under `limit`; n/a when a side is missing. */
function ratioTarget(issue: 4 | 14, name: string, a: number | undefined, b: number | undefined, limit: number, why: string): Target {
	const r = over(a, b);
	if (Number.isNaN(r)) return {issue, name, pass: null, detail: why};
	return {issue, name, pass: r <= limit, detail: `${ms(a)} vs ${ms(b)}: ${ratio(r)}`};
}

export function targets(r: BenchResults): Target[] {
	const out: Target[] = [];
	const big = r.loads.at(-1);
	const small = r.loads[0];
	const real = realSize(r.sizes);
	const realLoad = r.loads.find(l => l.rows === real);
	const realTui = r.tuis.find(t => t.rows === real);
	const noReal = `no size of ${rowsLabel(REAL_SIZE.min)}–${rowsLabel(REAL_SIZE.max)} rows in this run`;

	// Issue #14.
	out.push(
		realLoad
			? ratioTarget(
					14,
					`stopped --json at ${rowsLabel(realLoad.rows)} ≤ ${LIMITS.stoppedVsNode}× node -e 0`,
					med(realLoad, 'stopped'),
					med(realLoad, 'node-e0'),
					LIMITS.stoppedVsNode,
					'not measured',
				)
			: {issue: 14, name: `stopped --json at real size ≤ ${LIMITS.stoppedVsNode}× node -e 0`, pass: null, detail: noReal},
	);
	if (realTui) {
		const node = realTui.nodeMs ?? (realLoad ? med(realLoad, 'node-e0') : undefined);
		out.push(
			ratioTarget(
				14,
				`Explorer's Stopped screen complete at ${rowsLabel(realTui.rows)} ≤ ${LIMITS.explorerVsNode}× node -e 0`,
				realTui.stoppedMs,
				node,
				LIMITS.explorerVsNode,
				'node -e 0 not measured',
			),
		);
	} else out.push({issue: 14, name: `Explorer's Stopped screen complete at real size ≤ ${LIMITS.explorerVsNode}× node -e 0`, pass: null, detail: r.skipped['tui'] ?? noReal});
	if (big) {
		for (const [name, label] of [
			['polars', 'polars'],
			['duckdb', 'DuckDB'],
		] as const) {
			const title = `stopped --json at ${rowsLabel(big.rows)} ≤ ${LIMITS.stoppedVsNotebook}× the ${label} script`;
			out.push(
				r.notebook === false || med(big, name) === undefined
					? {issue: 14, name: title, pass: null, detail: `skipped: ${r.skipped['notebook'] ?? 'not measured'}`}
					: ratioTarget(14, title, med(big, 'stopped'), med(big, name), LIMITS.stoppedVsNotebook, 'not measured'),
			);
		}
	}
	const typing = r.tuis.find(t => t.keyP95Ms !== null);
	out.push(
		typing
			? {
					issue: 14,
					name: `Keystroke to updated frame p95 ≤ ${LIMITS.keyP95Ms} ms`,
					pass: typing.keyP95Ms! <= LIMITS.keyP95Ms,
					detail: `p95 ${fine(typing.keyP95Ms)} at ${rowsLabel(typing.rows)} rows`,
				}
			: {issue: 14, name: `Keystroke to updated frame p95 ≤ ${LIMITS.keyP95Ms} ms`, pass: null, detail: r.skipped['tui'] ?? 'not measured'},
	);
	const ui = r.loadUi;
	if (ui) {
		out.push({
			issue: 14,
			name: `Key thread never busy > ${LIMITS.stallMs} ms during a load (explorer, ${rowsLabel(ui.rows)})`,
			pass: ui.stallMs === null ? null : ui.stallMs <= LIMITS.stallMs,
			detail:
				ui.stallMs === null
					? 'no stall figures in the NETFLIX_TUI_TRACE output'
					: `longest stall ${ms(ui.stallMs)} (median of ${ui.stallRuns.length} runs; worst ${ms(ui.stallWorstMs)})`,
		});
		const worst = Math.max(...ui.quits.map(q => q.medianMs));
		out.push({
			issue: 14,
			name: `q quits within ${LIMITS.quitMs} ms during a load (${rowsLabel(ui.rows)})`,
			pass: ui.quits.length === 0 ? null : worst <= LIMITS.quitMs,
			detail: ui.quits.map(q => `at ${q.atMs} ms: ${ms(q.medianMs)}${q.afterLoad > 0 ? ` (${q.afterLoad} after the load)` : ''}`).join(', '),
		});
	} else
		out.push({issue: 14, name: `Key thread stalls ≤ ${LIMITS.stallMs} ms and q ≤ ${LIMITS.quitMs} ms during a load`, pass: null, detail: r.skipped['loadUi'] ?? 'not measured'});
	if (big) {
		const figures: Array<[string, number | null | undefined]> = [
			['summary', big.peakRssMb],
			['stopped', big.stoppedRssMb],
			['explorer', ui && ui.rows === big.rows ? ui.rssMb : null],
		];
		const known = figures.filter((f): f is [string, number] => f[1] !== null && f[1] !== undefined);
		out.push({
			issue: 14,
			name: `Peak RSS at ${rowsLabel(big.rows)} ≤ ${LIMITS.rssMb} MB`,
			pass: known.length === 0 ? null : known.every(([, v]) => v <= LIMITS.rssMb),
			detail: known.length === 0 ? '/usr/bin/time missing' : known.map(([n, v]) => `${n} ${mb(v)}`).join(', '),
		});
	}
	if (r.stats) {
		const st = r.stats;
		const slowest = st.maxMs ?? Math.max(st.allProfilesMs, st.oneProfileMs, st.yearMs);
		out.push({
			issue: 14,
			name: `Stats screen report ≤ ${LIMITS.statsMs} ms at ${rowsLabel(st.rows)}`,
			pass: slowest <= LIMITS.statsMs,
			detail: `slowest report ${fine(slowest)} (all profiles ${fine(st.allProfilesMs)}, one profile ${fine(st.oneProfileMs)}, a year ${fine(st.yearMs)})`,
		});
	} else out.push({issue: 14, name: `Stats screen report ≤ ${LIMITS.statsMs} ms`, pass: null, detail: r.skipped['stats'] ?? 'not measured'});
	if (r.filters) {
		for (const f of r.filters.filters)
			out.push({
				issue: 14,
				name: `${f.name} ≤ ${LIMITS.filterMs} ms at ${rowsLabel(r.filters.rows)}`,
				pass: f.maxMs <= LIMITS.filterMs,
				detail: `median ${fine(f.medianMs)}, max ${fine(f.maxMs)} (slowest: ${f.slowest})`,
			});
	} else out.push({issue: 14, name: `List filters ≤ ${LIMITS.filterMs} ms`, pass: null, detail: r.skipped['filters'] ?? 'not measured'});

	// Issue #4's that still hold.
	if (big) {
		out.push(
			ratioTarget(4, `Load (summary) at ${rowsLabel(big.rows)} ≤ Python csv.reader`, med(big, 'ours'), med(big, 'python-csv'), LIMITS.loadVsPython, 'not measured'),
			ratioTarget(
				4,
				`Load (summary) at ${rowsLabel(big.rows)} within ${LIMITS.loadVsFloor}× of unzip | wc -l`,
				med(big, 'ours'),
				med(big, 'unzip-wc'),
				LIMITS.loadVsFloor,
				'not measured',
			),
		);
	}
	if (r.tuis.length > 0) {
		const worst = Math.max(...r.tuis.map(t => t.firstFrameMs));
		out.push({
			issue: 4,
			name: `First frame ≤ ${LIMITS.firstFrameMs} ms at any size`,
			pass: worst <= LIMITS.firstFrameMs,
			detail: r.tuis.map(t => `${rowsLabel(t.rows)}: ${ms(t.firstFrameMs)}`).join(', '),
		});
		const late = r.tuis.map(t => ({t, load: r.loads.find(l => l.rows === t.rows)?.medianMs['ours']}));
		out.push({
			issue: 4,
			name: 'Stopped complete within the load time (summary)',
			pass: late.every(({t, load}) => load !== undefined && t.stoppedMs <= load),
			detail: late.map(({t, load}) => `${rowsLabel(t.rows)}: ${ms(t.stoppedMs)} vs ${ms(load)}${load ? ` (${ratio(t.stoppedMs / load)})` : ''}`).join(', '),
		});
	} else out.push({issue: 4, name: 'First frame / Stopped complete', pass: null, detail: r.skipped['tui'] ?? 'not measured'});
	if (r.search)
		out.push({
			issue: 4,
			name: `Search query p95 ≤ ${LIMITS.searchP95Ms} ms`,
			pass: r.search.p95Ms <= LIMITS.searchP95Ms,
			detail: `p95 ${fine(r.search.p95Ms)} at ${rowsLabel(r.search.rows)} rows`,
		});
	if (big && small && big !== small) {
		const grow = perRowUs(big) / perRowUs(small);
		out.push({
			issue: 4,
			name: `Per-row time at ${rowsLabel(big.rows)} ≤ ${LIMITS.perRowGrowth}× at ${rowsLabel(small.rows)}`,
			pass: grow <= LIMITS.perRowGrowth,
			detail: `${perRowUs(big).toFixed(2)} µs vs ${perRowUs(small).toFixed(2)} µs: ${ratio(grow)}`,
		});
	}
	if (r.sizes.at(-1) !== LARGE_ROWS)
		out.push({issue: 14, name: `Large-export targets are set at ${rowsLabel(LARGE_ROWS)} rows`, pass: null, detail: `this run's largest size is ${rowsLabel(r.sizes.at(-1)!)}`});
	return out;
}

/** PASS / FAIL / n/a and the counts, as the report's last lines show them. */
export function verdict(list: readonly Target[]): {pass: number; fail: number; na: number} {
	return {pass: list.filter(t => t.pass === true).length, fail: list.filter(t => t.pass === false).length, na: list.filter(t => t.pass === null).length};
}

/** One target's line. */
export const targetLine = (t: Target) => `  ${t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`;

/** The human-readable report. */
export function render(r: BenchResults): string {
	const sizes = r.loads.map(l => rowsLabel(l.rows));
	const each = (f: (l: LoadTimes) => string) => r.loads.map(f);
	const has = (name: string) => r.loads.some(l => med(l, name) !== undefined);
	const row = (label: string, name: string) => [label, ...each(l => ms(med(l, name)))];
	const ratioRow = (label: string, a: string, b: string) => [label, ...each(l => ratio(over(med(l, a), med(l, b))))];
	const load = table(
		['Whole processes: start to exit (median)', ...sizes],
		[
			row('netflix-tui summary --json', 'ours'),
			row('netflix-tui stopped --json', 'stopped'),
			row('node -e 0', 'node-e0'),
			row('python3 zipfile + csv.reader → list', 'python-csv'),
			r.machine.pandas ? row('python3 pandas.read_csv', 'pandas') : ['pandas read_csv', ...each(() => 'skipped')],
			has('polars') ? row('polars script (newest per profile and show)', 'polars') : ['polars script', ...each(() => 'skipped')],
			has('duckdb') ? row('DuckDB script (newest per profile and show)', 'duckdb') : ['DuckDB script', ...each(() => 'skipped')],
			row('unzip -p | wc -l (floor)', 'unzip-wc'),
			ratioRow('stopped / node -e 0', 'stopped', 'node-e0'),
			...(has('polars') ? [ratioRow('stopped / polars', 'stopped', 'polars')] : []),
			...(has('duckdb') ? [ratioRow('stopped / DuckDB', 'stopped', 'duckdb')] : []),
			ratioRow('summary / csv.reader', 'ours', 'python-csv'),
			...(r.machine.pandas ? [ratioRow('summary / pandas', 'ours', 'pandas')] : []),
			ratioRow('summary / floor', 'ours', 'unzip-wc'),
			['summary per row', ...each(l => `${perRowUs(l).toFixed(2)} µs`)],
			// Whole-process time per row hides the fixed start-up cost; the slope between sizes is the real per-row cost.
			['summary per extra row since the previous size', ...r.loads.map((l, i) => (i === 0 ? '–' : `${marginalUs(r.loads[i - 1]!, l).toFixed(2)} µs`))],
			['peak RSS, summary (/usr/bin/time %M)', ...each(l => mb(l.peakRssMb))],
			['peak RSS, stopped', ...each(l => mb(l.stoppedRssMb))],
		],
	);
	const parts = [
		`netflix-tui bench · node ${r.machine.node} · ${r.machine.cpus} CPUs · load average ${r.machine.loadAverage.map(v => v.toFixed(2)).join(' ')} · ${r.runs} runs after a warm-up`,
		'',
		load,
	];
	if (!r.machine.pandas) parts.push('pandas not installed, skipped');
	if (r.notebook === false) parts.push(`polars and DuckDB scripts skipped: ${r.skipped['notebook'] ?? 'not measured'}`);
	if (r.tuis.length > 0) {
		const t = r.tuis;
		const node = t.some(x => x.nodeMs !== undefined);
		parts.push(
			'',
			table(
				['Explorer in tmux 120×40 (median)', ...t.map(x => rowsLabel(x.rows))],
				[
					['launch → first frame (load progress)', ...t.map(x => ms(x.firstFrameMs))],
					['launch → Stopped screen complete', ...t.map(x => ms(x.stoppedMs))],
					...(node
						? [
								['node -e 0, timed between the launches', ...t.map(x => ms(x.nodeMs))],
								['Stopped complete / node -e 0', ...t.map(x => (x.nodeMs === undefined ? '–' : ratio(x.stoppedMs / x.nodeMs)))],
							]
						: []),
				],
			),
		);
		const c = t[0]!;
		parts.push(
			`measurement delay: frames are seen through tmux control-mode %output (no polling); a frame ends after ${c.quietMs} ms of silence (not counted); one capture-pane round trip takes ${fine(c.roundTripMs)}, the most a figure can be late`,
		);
	} else parts.push('', `Explorer: skipped (${r.skipped['tui'] ?? 'not measured'})`);
	const ui = r.loadUi;
	if (ui) {
		parts.push(
			'',
			`Explorer during a ${rowsLabel(ui.rows)}-row load (tmux; stalls from NETFLIX_TUI_TRACE=1, perf_hooks.monitorEventLoopDelay)`,
			table(
				['per run', ...ui.stallRuns.map((_, i) => `run ${i + 1}`)],
				[
					['longest stall until the first screen', ...ui.stallRuns.map(s => ms(s.untilFirstScreenMs))],
					['longest stall, first screen to search index', ...ui.stallRuns.map(s => ms(s.afterFirstScreenMs))],
					['stalls over 50 ms (count)', ...ui.stallRuns.map(s => String(s.stallsMs.length))],
					// Wall time counts other processes' turns on a shared machine; the thread's own CPU does not.
					['most CPU between two turns, until the first screen', ...ui.stallRuns.map(s => ms(s.cpuUntilFirstScreenMs ?? null))],
					['most CPU between two turns, first screen to search index', ...ui.stallRuns.map(s => ms(s.cpuAfterFirstScreenMs ?? null))],
				],
			),
			`peak RSS of the explorer through the Stopped screen and the search index: ${mb(ui.rssMb)}`,
			table(
				['q pressed … into the load → process exit', 'median', 'max', 'runs after the load'],
				ui.quits.map(q => [`${q.atMs} ms`, ms(q.medianMs), ms(q.maxMs), `${q.afterLoad}/${q.samplesMs.length}`]),
			),
		);
	} else parts.push('', `Explorer during a load: skipped (${r.skipped['loadUi'] ?? 'not measured'})`);
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
					...(st.columnsMs === undefined ? [] : [['stats columns read (after the first screen, before any report)', fine(st.columnsMs)]]),
					['all profiles, first report (what 6 computes)', fine(st.allProfilesMs)],
					['one profile', fine(st.oneProfileMs)],
					['all profiles, a year in focus', fine(st.yearMs)],
					['all profiles, first report: CPU time', fine(st.allProfilesCpuMs)],
					['slowest report of a run (median over runs; worst)', `${fine(st.maxMs)}; ${fine(st.worstMs)}`],
				],
			),
		);
	} else parts.push('', `Stats: skipped (${r.skipped['stats'] ?? 'not measured'})`);
	if (r.filters) {
		const f = r.filters;
		parts.push(
			'',
			table(
				[`List filters at ${rowsLabel(f.rows)} rows, in-process, each call alone`, 'calls', 'median', 'max', 'worst'],
				f.filters.map(x => [x.name, String(x.calls), fine(x.medianMs), fine(x.maxMs), fine(x.worstMs)]),
			),
			'max: the slowest call of a run, median over runs; worst: the slowest call of all runs',
		);
	} else parts.push('', `List filters: skipped (${r.skipped['filters'] ?? 'not measured'})`);
	const all = targets(r);
	for (const issue of [14, 4] as const) {
		parts.push('', issue === 14 ? 'Targets (issue #14)' : 'Targets kept from issue #4');
		for (const t of all.filter(x => x.issue === issue)) parts.push(targetLine(t));
	}
	const v = verdict(all);
	parts.push('', `Targets: ${v.pass} PASS, ${v.fail} FAIL, ${v.na} n/a`);
	if (r.elapsedMs !== undefined) {
		const seconds = Math.round(r.elapsedMs / 1000);
		const end = r.machine.loadAverageAtEnd ? ` · load average at the end ${r.machine.loadAverageAtEnd.map(x => x.toFixed(2)).join(' ')}` : '';
		parts.push(`bench took ${Math.floor(seconds / 60)} min ${seconds % 60} s (build not counted)${end}`);
		if (r.partSeconds)
			parts.push(
				`time per part: ${Object.entries(r.partSeconds)
					.map(([name, s]) => `${name} ${Math.round(s)} s`)
					.join(', ')}`,
			);
	}
	return parts.join('\n');
}

/** The JSON written next to the exports: the results with times rounded to 0.01 ms, and the targets. */
export function toJson(r: BenchResults): string {
	return JSON.stringify({...r, targets: targets(r)}, (_, v: unknown) => (typeof v === 'number' ? round(v, 2) : v), 2);
}
