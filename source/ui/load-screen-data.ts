import type {DateOrder} from '../export/viewing-history.js';
import {openExport} from '../load/open-export.js';
import {buildSearchIndex} from '../query/search-index.js';
import {stoppedListSteps} from '../query/stopped-list.js';
import type {LoadData} from './Root.js';
import {ScreenData} from './screen-data.js';
import {tick} from '../load/sliced-first-pass.js';

/**
 * Reads an export with the same `openExport` the commands use, telling the loading screen how far it
 * got; the search index is built once, on first use or right after the first screen. Rejects with ExportError when the export is unreadable.
 */
export function screenDataLoader(dateOrder?: DateOrder): LoadData {
	return async (path, progress, indexing) => {
		const view = await openExport(path, {onProgress: progress, dateOrder, interactive: true});
		indexing();
		// The search index is built after the first screen is drawn (Root calls prepare), not before it.
		const data = new ScreenData(view, () => buildSearchIndex(view.library), Date.now());
		// What the first screen needs, one step at a time with keys read in between (`q` must quit at any
		// moment): the shows, grouped a few thousand rows at a time, then where each profile stopped. The app then finds them made.
		for (const _ of view.library.groupInSteps()) await tick();
		for (const _ of stoppedListSteps(view.library)) await tick();
		data.stopped(null, {abandoned: false, finished: false});
		await tick();
		return data;
	};
}
