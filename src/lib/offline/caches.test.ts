import { describe, expect, it } from 'vitest';
import { cacheName, cacheNames, parseCacheName, staleCaches, type CacheKind } from './caches.ts';

describe('cacheName', () => {
	it.each<{ base: string; kind: CacheKind; version: string; expected: string }>([
		{ base: '', kind: 'app', version: '1733', expected: 'donde-se-intervino / app 1733' },
		{ base: '', kind: 'paginas', version: '1733', expected: 'donde-se-intervino / paginas 1733' },
		{
			base: '/mapas/desarrollo',
			kind: 'app',
			version: '1733',
			expected: 'donde-se-intervino /mapas/desarrollo app 1733'
		},
		{ base: '', kind: 'app', version: 'v 2 final', expected: 'donde-se-intervino / app v 2 final' }
	])('«$base» $kind $version -> $expected', ({ base, kind, version, expected }) => {
		expect(cacheName(base, kind, version)).toBe(expected);
	});

	it('refuses an empty version, which would make every build share one cache', () => {
		expect(() => cacheName('', 'app', '')).toThrow(/versión/);
	});

	it('gives one name per kind, each naming the build', () => {
		expect(cacheNames('/a', '7')).toEqual({
			app: 'donde-se-intervino /a app 7',
			paginas: 'donde-se-intervino /a paginas 7'
		});
	});
});

describe('parseCacheName', () => {
	it.each([
		{ name: 'donde-se-intervino / app 1733', expected: { base: '', kind: 'app', version: '1733' } },
		{
			name: 'donde-se-intervino /mapas/desarrollo paginas 1733',
			expected: { base: '/mapas/desarrollo', kind: 'paginas', version: '1733' }
		},
		{ name: 'donde-se-intervino / app v 2 final', expected: { base: '', kind: 'app', version: 'v 2 final' } },
		// Not ours: another app, a name without version or base, a lookalike prefix.
		{ name: 'workbox-precache-v2-http://localhost/', expected: null },
		{ name: 'donde-se-intervino / app', expected: null },
		{ name: 'donde-se-intervino app 1733', expected: null },
		{ name: 'donde-se-intervino-beta / app 1733', expected: null },
		{ name: 'otra donde-se-intervino / app 1733', expected: null },
		{ name: '', expected: null }
	])('«$name»', ({ name, expected }) => {
		expect(parseCacheName(name)).toEqual(expected);
	});

	it('reads back every name it writes', () => {
		for (const base of ['', '/a', '/mapas/desarrollo'])
			for (const kind of ['app', 'paginas'] as const)
				for (const version of ['1', '1796198906934', 'a b'])
					expect(parseCacheName(cacheName(base, kind, version))).toEqual({ base, kind, version });
	});
});

describe('staleCaches', () => {
	const OLD = ['donde-se-intervino / app 100', 'donde-se-intervino / paginas 100'];
	const NEW = ['donde-se-intervino / app 200', 'donde-se-intervino / paginas 200'];
	const FOREIGN = [
		'workbox-runtime-http://localhost/',
		'mi-otra-app-v1',
		'donde-se-intervino-beta / app 100',
		''
	];
	const OTHER_BASE = [
		'donde-se-intervino /mapas app 100',
		'donde-se-intervino /mapas/desarrollo paginas 100'
	];

	it.each([
		{ what: 'no caches', existing: [], base: '', version: '200', expected: [] },
		{ what: 'only the current build', existing: NEW, base: '', version: '200', expected: [] },
		{ what: 'the previous build goes', existing: [...OLD, ...NEW], base: '', version: '200', expected: OLD },
		{
			what: 'several older builds go, a kind no longer written too',
			existing: [...NEW, 'donde-se-intervino / app 50', 'donde-se-intervino / mapa 100'],
			base: '',
			version: '200',
			expected: ['donde-se-intervino / app 50', 'donde-se-intervino / mapa 100']
		},
		{
			what: "other apps' caches stay",
			existing: [...FOREIGN, ...OLD],
			base: '',
			version: '200',
			expected: OLD
		},
		{
			what: 'the copy under another folder keeps its caches',
			existing: [...OTHER_BASE, ...OLD],
			base: '',
			version: '200',
			expected: OLD
		},
		{
			what: 'under a base, only that base (not one that starts like it)',
			existing: [...OTHER_BASE, ...OLD, 'donde-se-intervino /mapas/desarrollo app 200'],
			base: '/mapas',
			version: '200',
			expected: ['donde-se-intervino /mapas app 100']
		},
		{
			what: 'going back to an older build deletes the newer one',
			existing: [...OLD, ...NEW],
			base: '',
			version: '100',
			expected: NEW
		}
	])('$what', ({ existing, base, version, expected }) => {
		expect(staleCaches(existing, base, version)).toEqual(expected);
	});

	it('does not change the list it is given', () => {
		const existing = [...OLD, ...NEW, ...FOREIGN];
		const copy = [...existing];
		staleCaches(existing, '', '200');
		expect(existing).toEqual(copy);
	});
});
