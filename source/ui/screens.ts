/**
 * The ids of the explorer's screens. Everything else about a screen (title, tab, keys, list, view) is
 * its entry in `SCREENS` (screen-registry.tsx); adding an id here makes the compiler ask for that entry.
 * This module imports nothing, so the state's types can name screens without loading the screens.
 */

/** The screens reachable from the tab bar (their order in the bar is their number key's). */
export const TAB_IDS = ['stopped', 'search', 'history', 'profiles', 'data', 'stats'] as const;

/** A screen reachable from the tab bar. */
export type TabId = (typeof TAB_IDS)[number];

/** Every screen: the tabs, plus `show` (opening a show from a list) and `rows` (opening a Data table). */
export const SCREEN_IDS = [...TAB_IDS, 'show', 'rows'] as const;

/** Any screen. */
export type ScreenId = (typeof SCREEN_IDS)[number];

/** One tab: its screen, its label and the number key that opens it. */
export interface Tab {
	id: TabId;
	label: string;
	/** At most 4 letters, for a narrow tab bar (default: the label's first four). */
	short?: string;
	/** The number key (also shown in the tab bar). */
	key: string;
}
