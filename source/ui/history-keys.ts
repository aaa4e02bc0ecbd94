/**
 * The History screen's two prompts: the filter (the list narrows on every key) and the go-to date
 * (`:`), which moves the cursor to the first viewing of a year, month or day.
 */
import {parsePeriod, rowForPeriod} from '../query/history-months.js';
import {startedAt} from '../text/format.js';
import {move} from './cursor-moves.js';
import {commandFor, isText, type KeyPress} from './keymap.js';
import {reveal} from './list-window.js';
import {historyView, resetLists, type UiState} from './ui-state.js';

/**
 * A key while the History filter is typed: text edits it (the list narrows on every key), Enter keeps
 * it and gives the keys back to the list, Esc clears it; arrows still move.
 */
export function editHistoryFilter(state: UiState, input: string, key: KeyPress): UiState {
	if (key.return) return {...state, filtering: false};
	if (key.escape) return {...state, filtering: false, historyFilter: '', lists: resetLists(state, ['history'])};
	if (key.ctrl && input === 'c') return {...state, quit: true};
	let text = state.historyFilter;
	if (key.backspace || key.delete) text = [...text].slice(0, -1).join('');
	else if (isText(input, key)) text += input;
	else return move(state, commandFor(input, key, ['list'], true));
	return text === state.historyFilter ? state : {...state, historyFilter: text, lists: resetLists(state, ['history'])};
}

/** Longest text the go-to prompt takes (`15 September 2024` is 17). */
const JUMP_MAX = 30;

/** A key while the History go-to prompt is open: text edits it, Enter goes (or says what is wrong), Esc closes it. */
export function editHistoryJump(state: UiState, input: string, key: KeyPress): UiState {
	const typed = state.historyJump ?? '';
	if (key.escape) return {...state, historyJump: null};
	if (key.ctrl && input === 'c') return {...state, quit: true};
	if (key.return) return jumpTo(state, typed);
	let text = typed;
	if (key.backspace || key.delete) text = [...text].slice(0, -1).join('');
	else if (isText(input, key)) text = [...(text + input)].slice(0, JUMP_MAX).join('');
	return text === typed ? state : {...state, historyJump: text};
}

/**
 * Moves the History cursor to the first viewing of a typed period as the list is shown (newest first:
 * the newest in it), its month separator at the top; when the period has none, to the nearest one past
 * it, and says so. A date that does not parse keeps the prompt open with what is wrong.
 */
function jumpTo(state: UiState, text: string): UiState {
	const data = state.data!;
	const datesOnly = data.view.loaded.datesOnly;
	const period = parsePeriod(text, datesOnly);
	if (typeof period === 'string') return {...state, historyNote: period};
	const view = historyView(state);
	const list = data.history(state.profile, view);
	const n = list.length;
	const startAt = (row: number) => list.startAt(n - 1 - row);
	const found = rowForPeriod(startAt, n, period);
	const past = state.historyOldest ? 'after' : 'before';
	const closed = {...state, historyJump: null};
	if (!found) return {...closed, historyNote: n === 0 ? 'No viewings to go to.' : `No viewing in or ${past} ${period.label}.`};
	const lines = data.historyLines(state.profile, view);
	const line = lines.lineOf(found.index);
	const top = line > 0 && lines.isSeparator(line - 1) ? line - 1 : line;
	const history = reveal({cursor: line, offset: top}, lines.length, state.viewport);
	const note = found.exact ? null : `No viewing in ${period.label}; the nearest ${past} it: ${startedAt(startAt(found.index), datesOnly).slice(0, 10)}.`;
	return {...closed, historyNote: note, lists: {...state.lists, history}};
}
