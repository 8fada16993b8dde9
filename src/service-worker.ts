/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after the first visit (docs/despliegue.md, «Sin conexión»). On
 * install: the whole build (scripts, styles, fonts, the topology MapLibre
 * loads, its worker), the static folder, every page's `__data.json` and the
 * downloads, and the page being visited. Then: hashed files from the cache
 * first; pages and data from the network first, the cache only when it fails,
 * so a new publication is seen as soon as there is a connection. Every page
 * shown is kept, so it reloads offline. The decisions are in $lib/offline.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { cacheNames, staleCaches } from '$lib/offline/caches.ts';
import {
	cacheKey,
	folderAddress,
	isCacheable,
	pageAddress,
	pageToKeep,
	precacheLists,
	strategyFor
} from '$lib/offline/requests.ts';

const sw = globalThis.self as unknown as ServiceWorkerGlobalScope;
const names = cacheNames(base, version);
const lists = precacheLists({ base, build, files, prerendered });
// `vite dev` serves modules that change on every edit: the worker stays out of the way there.
const inert = import.meta.env.DEV;

/** Only our caches: `caches.match` would also search other apps' caches on the origin. */
async function lookup(key: string): Promise<Response | undefined> {
	return (await (await caches.open(names.app)).match(key)) ?? (await caches.open(names.paginas)).match(key);
}

async function store(cache: string, key: string, response: Response): Promise<void> {
	await (await caches.open(cache)).put(key, response);
}

/** Fetches a page afresh and stores it; offline or on an error it keeps what it had. */
async function keepPage(address: string): Promise<void> {
	try {
		const response = await fetch(address, { cache: 'no-cache' });
		if (isCacheable(response)) await store(names.paginas, address, response);
	} catch {
		// No connection: nothing new to keep.
	}
}

sw.addEventListener('install', (event) => {
	if (inert) return;
	event.waitUntil(
		(async () => {
			await (await caches.open(names.app)).addAll(lists.app);
			// no-cache: a host that lets browsers keep pages a while must not hand the new worker old data.
			await (
				await caches.open(names.paginas)
			).addAll(lists.paginas.map((p) => new Request(p, { cache: 'no-cache' })));
			// The page that registered the worker was loaded before it existed.
			const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const pages = windows.map((w) => pageAddress(w.url, sw.location.origin, base));
			await Promise.all(pages.filter((p): p is string => p !== null).map(keepPage));
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Only this app's caches of older builds under this base (never another app's).
			const stale = staleCaches(await caches.keys(), base, version);
			await Promise.all(stale.map((name) => caches.delete(name)));
			// The first visit's page is served by this worker from now on, without a reload.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	const page = pageToKeep(event.data, sw.location.origin, base);
	if (page && !inert) event.waitUntil(keepPage(page));
});

async function cacheFirst(event: FetchEvent): Promise<Response> {
	const key = cacheKey(event.request.url);
	const hit = await lookup(key);
	if (hit) return hit;
	const response = await fetch(event.request);
	if (isCacheable(response)) event.waitUntil(store(names.app, key, response.clone()));
	return response;
}

async function networkFirst(event: FetchEvent): Promise<Response> {
	const { request } = event;
	const key = cacheKey(request.url);
	try {
		const response = await fetch(request);
		if (isCacheable(response)) event.waitUntil(store(names.paginas, key, response.clone()));
		return response;
	} catch (error) {
		const hit = await lookup(key);
		if (hit) return hit;
		// `/meta/6` offline: the server would redirect to the folder; so does the worker, if it has it.
		const folder = request.mode === 'navigate' ? folderAddress(request.url) : null;
		if (folder && (await lookup(cacheKey(folder)))) return Response.redirect(folder, 301);
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	if (inert) return;
	const { request } = event;
	const strategy = strategyFor(
		{ url: request.url, method: request.method, range: request.headers.has('range') },
		sw.location.origin,
		base
	);
	if (strategy === null) return;
	event.respondWith(strategy === 'cache-first' ? cacheFirst(event) : networkFirst(event));
});
