import {BINDINGS, keyHints, type Command, type KeyContext} from './keymap.js';
import type {StoppedFilter} from './screen-data.js';
import {screenContexts} from './ui-reducer.js';
import type {UiState} from './ui-state.js';

/** The Stats screen has no row to open: its hints leave Enter out. */
const STATS_HINTS: readonly Command[] = ['statsYearBack', 'statsMonths', 'back', 'search', 'cycleProfile', 'help', 'quit'];

/** What `a` and `f` do next on the Stopped screen (the screen's title line and the status bar say the same). */
export function stoppedKeyLabels(filter: StoppedFilter): {abandoned: string; finished: string} {
	return {abandoned: filter.abandoned ? 'all' : 'abandoned', finished: filter.finished ? 'hide finished' : 'finished too'};
}

/** Commands with a status-bar hint. */
const HINTED = BINDINGS.filter(b => b.hint).map(b => b.command);

/**
 * The status bar's key hints for the state: only keys that do something here, each named for what it
 * does here (Enter chooses on Profiles; `a` says `all` once only the abandoned show).
 */
export function statusHints(state: UiState): string[] {
	// The help overlay answers only to closing it, scrolling and quitting.
	if (state.help) return keyHints(['list'], false, ['back', 'help', 'quit']);
	// The go-to-date prompt answers to Enter, Esc and Ctrl+C only.
	if (state.screen === 'history' && state.historyJump !== null) return keyHints(screenContexts(state.screen), true, ['open', 'back', 'quit'], {open: 'go', back: 'cancel'});
	const typing = (state.screen === 'search' && state.typing) || (state.screen === 'rows' && state.rowsView?.filtering === true) || (state.screen === 'history' && state.filtering);
	const contexts: KeyContext[] = [...screenContexts(state.screen)];
	const labels: Partial<Record<Command, string>> = {};
	const left: Command[] = [];
	// Esc goes back along the way you came, and from search to Stopped; on a top screen it does nothing.
	if (state.back.length === 0 && state.screen !== 'search') left.push('back');
	if (state.screen === 'show') left.push('open');
	if (state.screen === 'profiles') labels.open = 'choose';
	if (state.screen === 'data') labels.open = 'rows';
	if (state.screen === 'stats')
		return keyHints(
			contexts,
			false,
			STATS_HINTS.filter(c => !left.includes(c)),
			labels,
		);
	if (state.screen === 'search' && state.hits.length === 0) left.push('open');
	if (state.screen === 'stopped') {
		const next = stoppedKeyLabels(state.stoppedFilter);
		labels.toggleAbandoned = next.abandoned;
		labels.toggleFinished = next.finished;
	}
	return keyHints(
		contexts,
		typing,
		HINTED.filter(c => !left.includes(c)),
		labels,
	);
}
