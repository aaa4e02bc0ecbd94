import type {DateOrder} from '../export/viewing-history.js';
import {openExport} from '../load/open-export.js';
import type {LoadData} from './Root.js';
import {inSlices, tick} from '../load/sliced-first-pass.js';

/**
 * Reads an export with the same `openExport` the commands use, telling the loading screen how far it
 * got; the shows are grouped and the search index built on first use or right after the first screen. Rejects with ExportError when the export is unreadable.
 */
export function screenDataLoader(dateOrder?: DateOrder): LoadData {
	return async (path, progress, indexing) => {
		const view = await openExport(path, {onProgress: progress, dateOrder, interactive: true});
		indexing();
		// The screens' code, imported once the export is open (the read starts without waiting for it).
		const [{ScreenData}, {buildSearchIndex, searchIndexSteps}, {stopSteps}, {stoppedWantSteps}] = await Promise.all([
			import('./screen-data.js'),
			import('../query/search-index.js'),
			import('../query/stopped-list.js'),
			import('./stopped-rows.js'),
		]);
		// The search index is built after the first screen is drawn (Root calls prepare), not before it.
		const data = new ScreenData(
			view,
			() => buildSearchIndex(view.library),
			Date.now(),
			() => searchIndexSteps(view.library),
		);
		// What the first screen needs, a piece at a time with keys read in between (`q` must quit at any
		// moment): where each profile stopped, from the library's columns in steps (stopSteps). The app then
		// finds them made; the shows are grouped after the first screen, for the screens that show them
		// (ScreenData.prepareSteps).
		await tick();
		await inSlices(stopSteps(view.library));
		await tick();
		const rows = data.stopped(null, {abandoned: false, finished: false});
		await tick();
		// The first screen also says how many finished series it leaves out, from a second list (with them).
		data.stoppedLeftOut(null, {abandoned: false, finished: false});
		await tick();
		// The widths its columns want (every entry's cells measured: ≈100 ms at 250k rows, a first frame's
		// wait for the keys); the screen then finds them measured.
		await inSlices(stoppedWantSteps(rows, true, data.now));
		return data;
	};
}
