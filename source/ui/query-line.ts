/**
 * The search query as a shell line: text typed or pasted at its cursor, readline's keys to move and
 * delete, and the hits run again whenever the text changes.
 */
import {type Command, isText, type KeyPress} from './keymap.js';
import {resetLists, type UiState} from './ui-state.js';

/** Most hits a search lists (the best come first; nobody reads hit 200). */
export const SEARCH_LIMIT = 200;

/** The commands that edit the search query (readline's keys). */
export const QUERY_EDITS: readonly Command[] = ['cursorLeft', 'cursorRight', 'lineStart', 'lineEnd', 'deleteBack', 'deleteForward', 'deleteWord', 'deleteToStart', 'deleteToEnd'];

/** Pasted text as one query line: escape sequences go, line breaks and tabs become spaces, other control characters go. */
export function pasteText(text: string): string {
	return text
		.replace(/\u001b(?:\[[\u0020-\u003f]*[\u0040-\u007e]?|O.?|.)?/gs, '')
		.replace(/[\r\n\t]+/g, ' ')
		.replace(/[\u0000-\u001f\u007f]/g, '');
}

/** A key that is no command, while typing: a character typed at the cursor. */
export function edit(state: UiState, input: string, key: KeyPress): UiState {
	return isText(input, key) ? insert(state, input) : state;
}

/** Types `text` at the query's cursor. */
export function insert(state: UiState, text: string): UiState {
	const chars = [...state.query];
	chars.splice(state.queryCursor, 0, ...text);
	return withQuery(state, chars.join(''), state.queryCursor + [...text].length);
}

/** The shell-line keys of the query (readline's): cursor moves and deletions. */
export function editLine(state: UiState, command: Command): UiState {
	const chars = [...state.query];
	const at = Math.min(state.queryCursor, chars.length);
	const cut = (from: number, to: number, cursor: number) => withQuery(state, [...chars.slice(0, from), ...chars.slice(to)].join(''), cursor);
	switch (command) {
		case 'cursorLeft':
			return withQuery(state, state.query, Math.max(0, at - 1));
		case 'cursorRight':
			return withQuery(state, state.query, Math.min(chars.length, at + 1));
		case 'lineStart':
			return withQuery(state, state.query, 0);
		case 'lineEnd':
			return withQuery(state, state.query, chars.length);
		case 'deleteBack':
			return at === 0 ? state : cut(at - 1, at, at - 1);
		case 'deleteForward':
			return cut(at, at + 1, at);
		case 'deleteWord': {
			// Back over spaces, then over the word before them (readline's unix-word-rubout).
			let from = at;
			while (from > 0 && /\s/u.test(chars[from - 1]!)) from--;
			while (from > 0 && !/\s/u.test(chars[from - 1]!)) from--;
			return cut(from, at, from);
		}
		case 'deleteToStart':
			return cut(0, at, 0);
		case 'deleteToEnd':
			return cut(at, chars.length, at);
		default:
			return state;
	}
}

/** The query and its cursor set; when the text changed (and only then) the search runs again. */
function withQuery(state: UiState, query: string, queryCursor: number): UiState {
	if (query === state.query) return queryCursor === state.queryCursor ? state : {...state, queryCursor};
	const hits = hitsFor(state, query, state.profile);
	return {...state, query, queryCursor, hits, lists: resetLists(state, ['search'])};
}

/** The search's hits: every title (newest first) for an empty query, as fzf lists everything before you type. */
export function hitsFor(state: UiState, query: string, profile: string | null) {
	const index = state.data!.index;
	return query.trim() === '' ? index.all(profile ?? undefined) : index.search(query, SEARCH_LIMIT, profile ?? undefined);
}
