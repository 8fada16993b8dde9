/**
 * The yardstick of `bench:phone`: the least a MapLibre choropleth of the 40
 * municipalities can be. Plain HTML, the maplibre-gl dist from node_modules,
 * the same full-detail topology the app's MapLibre map loads (copied from
 * build/, byte for byte), turned into GeoJSON in the page with
 * topojson-client, and one fill layer whose colour is a `step` over the
 * explorer's default value (inversión estimada, millones de pesos, the
 * app's own class breaks and colours). No framework, no labels, no context
 * layers, no controls.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset, toExploreData } from '../../src/lib/dataset/index.ts';
import { computeExplore, DEFAULT_STATE, exploreScale, legendValue } from '../../src/lib/explore/index.ts';
import { parseTerritory } from '../../src/lib/geo/index.ts';
import { readSources } from '../data/sources.ts';
import { UserError } from '../lib/errors.ts';
import { BUILD, ROOT } from './site.ts';
import { stepExpression } from './stats.ts';

/** The topology the built app fetches (Vite gives it a hashed name). */
export function builtTopology(): string {
	const dir = join(BUILD, '_app/immutable/assets');
	const file = readdirSync(dir).find((f) => /^norte-de-santander\.topo\.[\w-]+\.json$/.test(f));
	if (!file) {
		throw new UserError(
			`No está la topología en ${dir}: ¿cambió su nombre? Vuelva a ejecutar npm run build.`
		);
	}
	return join(dir, file);
}

export interface BareChoropleth {
	/** Legend value (millions of pesos) per DIVIPOLA; 0 named without amount; absent: not reached. */
	values: Record<string, number>;
	fill: unknown[];
	bounds: [number, number, number, number];
	/** The prerendered SVG map's width / height, so both maps get the same box. */
	aspect: string;
}

/** The explorer's default view, computed by the app's own code from the newest edition. */
export function defaultChoropleth(): BareChoropleth {
	const result = computeExplore(toExploreData(buildDataset(readSources())), DEFAULT_STATE);
	const swatch = new Map(exploreScale(result).swatches.map((s) => [s.key, s.color]));
	const values: Record<string, number> = {};
	for (const v of result.values) {
		if (v.status === 'alcanzado') values[v.divipola] = legendValue(v.value as number, result.state.metric);
		else if (v.status === 'sin-monto') values[v.divipola] = 0;
	}
	const territory = parseTerritory(readFileSync(join(ROOT, 'geodata/municipios.json'), 'utf8'));
	const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
	const box = /class="mapview[^"]*"[^>]*aspect-ratio: ([\d.]+ \/ [\d.]+)/.exec(html);
	return {
		values,
		fill: stepExpression(
			'valor',
			result.classes.breaks,
			result.classes.colors,
			swatch.get('sin-monto') ?? '#e6e6e6',
			swatch.get('no-alcanzado') ?? '#ffffff'
		),
		bounds: territory.departmentBbox,
		aspect: box?.[1] ?? '560 / 720'
	};
}

/** The page's HTML. It records its own moments in `window.__bench` (see phone.ts). */
export function barePageHtml(c: BareChoropleth): string {
	return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MapLibre mínimo</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="maplibre-gl.css">
<style>html, body { margin: 0 } #map { width: 100%; aspect-ratio: ${c.aspect} }</style>
</head>
<body>
<div id="map"></div>
<script src="topojson-client.min.js"></script>
<script type="module">
const B = (window.__bench = {});
let done;
B.done = new Promise((r) => (done = r));
// The library and the data at once, as the app does.
const [maplibregl, topo] = await Promise.all([
	import('./maplibre-gl.mjs'),
	fetch('territorio.topo.json').then((r) => r.json())
]);
maplibregl.setWorkerUrl(new URL('maplibre-gl-worker.mjs', location.href).href);
const values = ${JSON.stringify(c.values)};
const geo = topojson.feature(topo, topo.objects.municipios);
for (const f of geo.features) {
	const v = values[f.properties.divipola];
	if (v !== undefined) f.properties.valor = v;
}
const map = new maplibregl.Map({
	container: 'map',
	style: {
		version: 8,
		sources: { municipios: { type: 'geojson', data: geo } },
		layers: [{ id: 'relleno', type: 'fill', source: 'municipios', paint: { 'fill-color': ${JSON.stringify(c.fill)}, 'fill-outline-color': '#66727c' } }]
	},
	bounds: ${JSON.stringify(c.bounds)},
	fitBoundsOptions: { padding: 12 },
	attributionControl: false
});
// The frame that first draws the fill with its source loaded: its start, on the rAF clock.
map.on('render', () => {
	if (B.paint === undefined && map.isSourceLoaded('municipios')) B.paint = document.timeline.currentTime;
});
map.once('load', () => (B.load = performance.now()));
map.once('idle', () => {
	B.idle = performance.now();
	done();
});
map.on('error', (e) => console.error('MapLibre:', e.error?.message));
</script>
</body>
</html>
`;
}

/** Writes the bare page and the files it loads into `dir` (a folder of the benchmark's own). */
export function writeBarePage(dir: string, c: BareChoropleth = defaultChoropleth()): void {
	const dist = join(ROOT, 'node_modules/maplibre-gl/dist');
	for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) {
		copyFileSync(join(dist, f), join(dir, f));
	}
	copyFileSync(
		join(ROOT, 'node_modules/topojson-client/dist/topojson-client.min.js'),
		join(dir, 'topojson-client.min.js')
	);
	copyFileSync(builtTopology(), join(dir, 'territorio.topo.json'));
	writeFileSync(join(dir, 'index.html'), barePageHtml(c));
	// serve.ts answers a missing file with its 404 page.
	writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title>');
}
