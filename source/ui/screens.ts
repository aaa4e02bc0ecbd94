/**
 * The screens of the explorer. `TABS` is the tab bar, in order: a new screen is one entry here, one
 * `screenN` binding in keymap.ts and one case in App.tsx.
 */

/** A screen reachable from the tab bar. */
export type TabId = 'stopped' | 'search' | 'history' | 'profiles' | 'data' | 'stats';

/** Every screen: the tabs, plus `show` (opening a show from a list) and `rows` (opening a Data table). */
export type ScreenId = TabId | 'show' | 'rows';

/** One tab: its screen, its label and the number key that opens it. */
export interface Tab {
	id: TabId;
	label: string;
	/** The number key (also shown in the tab bar). */
	key: string;
}

/** The tab bar, left to right. */
export const TABS: readonly Tab[] = [
	{id: 'stopped', label: 'Stopped', key: '1'},
	{id: 'search', label: 'Search', key: '2'},
	{id: 'history', label: 'History', key: '3'},
	{id: 'profiles', label: 'Profiles', key: '4'},
	{id: 'data', label: 'Data', key: '5'},
	{id: 'stats', label: 'Stats', key: '6'},
];

/** The name a screen goes by in the status bar. */
export function screenTitle(screen: ScreenId): string {
	if (screen === 'show') return 'Show';
	if (screen === 'rows') return 'Rows';
	return TABS.find(t => t.id === screen)!.label;
}

/** The tab after (or before, with step −1) the given screen; `show` counts as the tab it was opened from. */
export function stepTab(from: TabId, step: number): TabId {
	const at = TABS.findIndex(t => t.id === from);
	return TABS[(at + step + TABS.length) % TABS.length]!.id;
}
