import {keyHints} from './key-help.js';
import {BINDINGS, type Command} from './keymap.js';
import {SCREENS, screenContexts} from './screen-registry.js';
import type {UiState} from './ui-state.js';

/** Commands with a status-bar hint. */
const HINTED = BINDINGS.filter(b => b.hint).map(b => b.command);

/**
 * The status bar's key hints for the state: only keys that do something here, each named for what it
 * does here (Enter chooses on Profiles; `a` says `all` once only the abandoned show). A screen's entry in
 * screen-registry.tsx says how its hints differ.
 */
export function statusHints(state: UiState): string[] {
	// The help overlay answers only to closing it, scrolling and quitting.
	if (state.help) return keyHints(['list'], false, ['back', 'help', 'quit']);
	const spec = SCREENS[state.screen];
	const rule = spec.hints?.(state) ?? {};
	const left: Command[] = [...(rule.hide ?? [])];
	// Esc goes back along the way you came, and from search to Stopped; on a top screen it does nothing.
	if (state.back.length === 0 && !rule.escapes) left.push('back');
	return keyHints(
		screenContexts(state.screen),
		rule.typing ?? spec.typing?.(state) ?? false,
		(rule.only ?? HINTED).filter(c => !left.includes(c)),
		rule.labels,
	);
}
