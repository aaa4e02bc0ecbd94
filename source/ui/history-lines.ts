import type {ViewingList} from '../query/history.js';
import {monthRuns, type MonthRun} from '../query/history-months.js';
import {monthLabel} from '../query/typed-date.js';

/**
 * The History screen's lines: its viewings as shown (newest first, or oldest first after `o`) with a
 * separator line between two months. The list's cursor moves over lines and skips separators; `rowAt`
 * and `lineOf` translate between lines and rows (the n-th viewing as shown) with a binary search over
 * the months, so 250k viewings cost no more than 20.
 */
export class HistoryLines {
	/** Rows and separators. */
	readonly length: number;

	private constructor(
		/** Viewings in the list. */
		readonly rows: number,
		private readonly runs: readonly MonthRun[],
	) {
		this.length = rows + Math.max(0, runs.length - 1);
	}

	/** The lines of a list handed over oldest first and shown backwards (HistoryScreen's `viewings`). */
	static of(viewings: ViewingList, datesOnly: boolean): HistoryLines {
		const n = viewings.length;
		return new HistoryLines(
			n,
			monthRuns(i => viewings.startAt(n - 1 - i), n, datesOnly),
		);
	}

	/** True for a month separator. */
	isSeparator(line: number): boolean {
		const g = this.monthAtLine(line);
		return g > 0 && this.separatorLine(g) === line;
	}

	/** The row (n-th viewing as shown) on a line, or -1 on a separator. */
	rowAt(line: number): number {
		const g = this.monthAtLine(line);
		return g > 0 && this.separatorLine(g) === line ? -1 : line - g;
	}

	/** The line a row is on. */
	lineOf(row: number): number {
		let lo = 0;
		let hi = this.runs.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >>> 1;
			if (this.runs[mid]!.index <= row) lo = mid;
			else hi = mid - 1;
		}
		return row + lo;
	}

	/** The month a separator line starts: `March 2024` and its number of viewings; null on a row. */
	separator(line: number): {label: string; viewings: number} | null {
		const g = this.monthAtLine(line);
		if (g === 0 || this.separatorLine(g) !== line) return null;
		const run = this.runs[g]!;
		return {label: monthLabel(run.year, run.month), viewings: (this.runs[g + 1]?.index ?? this.rows) - run.index};
	}

	/** The month a row is in (`March 2024`), for the row at a line; null on an empty list. */
	monthOfLine(line: number): string | null {
		const run = this.runs[this.monthAtLine(line)];
		return run ? monthLabel(run.year, run.month) : null;
	}

	/** Line of the separator before month `g` (g ≥ 1). */
	private separatorLine(g: number): number {
		return this.runs[g]!.index + g - 1;
	}

	/** The month (index into runs) a line belongs to; its separator belongs to it too. */
	private monthAtLine(line: number): number {
		let lo = 0;
		let hi = this.runs.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >>> 1;
			if (this.separatorLine(mid) <= line) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}
}
