import type {DateOrder} from '../export/viewing-history.js';
import {openExport} from '../query/open-export.js';
import {buildSearchIndex} from '../query/search-index.js';
import type {LoadData} from './Root.js';
import {ScreenData} from './screen-data.js';

/**
 * Reads an export with the same `openExport` the commands use, then builds the search index once,
 * telling the loading screen how far it got. Rejects with ExportError when the export is unreadable.
 */
export function screenDataLoader(dateOrder?: DateOrder): LoadData {
	return async (path, progress, indexing) => {
		const view = await openExport(path, {onProgress: progress, dateOrder, offload: true});
		indexing();
		// Let the "building the search index" frame reach the screen before the synchronous build.
		await new Promise(resolve => setTimeout(resolve, 0));
		return new ScreenData(view, buildSearchIndex(view.library), Date.now());
	};
}
