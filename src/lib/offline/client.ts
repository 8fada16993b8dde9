/**
 * The page's side of the offline copy. The service worker stores every page
 * the browser loads; a page the app reached without loading it (a link
 * followed in the app, back/forward) only fetched its `__data.json`, so the
 * page tells the worker to store its HTML too: once seen, it reloads offline.
 */
import type { KeepPageMessage } from './requests.ts';

/** Asks the worker controlling this page, if any, to keep the page now shown at `url`. */
export function keepPageOffline(url: URL): void {
	const worker = typeof navigator === 'undefined' ? null : navigator.serviceWorker?.controller;
	if (!worker) return;
	const message: KeepPageMessage = { tipo: 'guardar-pagina', url: url.href };
	worker.postMessage(message);
}
