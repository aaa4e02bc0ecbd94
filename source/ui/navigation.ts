/**
 * Moving between screens: a tab, a show opened from a list, back with Esc, and the profile filter
 * (every list of the profile starts again from its top).
 */
import {settleData, settleStopped} from './cursor-moves.js';
import {reveal} from './list-window.js';
import {hitsFor} from './query-line.js';
import {withRowsView} from './rows-keys.js';
import type {TabId} from './screens.js';
import {stopRow} from './show-rows.js';
import {resetLists, type UiState} from './ui-state.js';

/** Opens a show scrolled to where the profile (or, for all profiles, the newest of them) stopped, that row under the cursor. */
export function openShow(state: UiState, key: string): UiState {
	const data = state.data!;
	const cursor = stopRow(data.showRows(key, state.profile), data.stoppedIn(key, state.profile));
	// The stop in the middle of the window, so the episodes around it show too.
	const offset = Math.max(0, cursor - Math.floor(state.viewport / 2));
	const list = reveal({cursor, offset}, data.showRows(key, state.profile).length, state.viewport);
	return {...state, screen: 'show', showKey: key, back: [...state.back, {screen: state.screen, tab: state.tab}], lists: {...state.lists, show: list}};
}

/** Esc: closes the row in full, else leaves the screen for the one it was opened from (search: for Stopped). */
export function goBack(state: UiState): UiState {
	if (state.detail) return {...state, detail: false};
	// On a row in full: back to the rows. Leaving the table masks its values again.
	if (state.screen === 'rows' && state.rowsView?.detail) return withRowsView(state, {detail: false});
	if (state.screen === 'rows') state = {...state, rowsView: null};
	if (state.back.length === 0) return state.screen === 'search' ? goTab(state, 'stopped') : state;
	const {screen, tab} = state.back.at(-1)!;
	// Back on the results from a show: browsing them, not typing (so `q` quits, `j` moves).
	return {...state, screen, tab, typing: false, back: state.back.slice(0, -1)};
}

/** A tab's screen, with nothing to go back to. */
export function goTab(state: UiState, tab: TabId): UiState {
	const next: UiState = {...state, screen: tab, tab, typing: tab === 'search', back: [], rowsView: null, detail: false};
	if (tab === 'search' && state.query.trim() === '') next.hits = hitsFor(state, '', state.profile);
	// The Data overview reads every other table (a big Clickstream takes seconds): the screen first says
	// so, Root reads the tables after that frame is drawn, then `dataReady` puts the cursor on a table.
	return tab === 'data' && state.data!.overviewReady ? settleData(next) : next;
}

/** Every list shows this profile (null: all) from its top; the search runs again for it. */
export function withProfile(state: UiState, profile: string | null): UiState {
	const data = state.data!;
	const hits = hitsFor({...state, data}, state.query, profile);
	return settleStopped({...state, profile, hits, stats: {...state.stats, year: null}, lists: resetLists(state, ['stopped', 'search', 'history', 'show', 'stats'])});
}
