/**
 * Offline after the first visit: the service worker's (src/service-worker.ts)
 * cache names and cleanup, what it does with each request and what it stores
 * on install, and the page's request to keep a page it reached in the app.
 */
export { APP_ID, CACHE_KINDS, cacheName, cacheNames, parseCacheName, staleCaches } from './caches.ts';
export type { CacheKind, CacheName } from './caches.ts';
export {
	cacheKey,
	folderAddress,
	isCacheable,
	pageAddress,
	pageToKeep,
	precacheLists,
	strategyFor
} from './requests.ts';
export type { BuildLists, KeepPageMessage, RequestInfo, ResponseInfo, Strategy } from './requests.ts';
export { keepPageOffline } from './client.ts';
