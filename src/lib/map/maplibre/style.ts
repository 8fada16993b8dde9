/**
 * The offline MapLibre style: no tiles, no glyph server. Municipalities over
 * the neighbouring departments and Venezuela; labels drawn with a self-hosted
 * font through the style's `font-faces`. Fills come from feature state, so
 * changing the view repaints without rebuilding sources.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { LabelCandidate, TerritoryGeo } from '../geometry.ts';
import { NO_REACH_HATCH } from '../../scales/index.ts';
import type { Paint } from '../paint.ts';

export const FONT_NAME = 'Noto Sans Regular';
export const HATCH_IMAGE = 'no-alcanzado';
export const MUNICIPIOS = 'municipios';
export const FILL_LAYER = 'municipios-fill';

/** Label points for the symbol layer; larger priority first when labels collide. */
export function labelCollection(points: readonly LabelCandidate[]): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: points.map((p) => ({
			type: 'Feature',
			properties: { divipola: p.divipola, name: p.text, priority: p.priority },
			geometry: { type: 'Point', coordinates: p.lonLat }
		}))
	};
}

export function buildStyle(
	geo: TerritoryGeo,
	labels: readonly LabelCandidate[],
	fontUrl: string
): StyleSpecification {
	return {
		version: 8,
		'font-faces': { [FONT_NAME]: fontUrl },
		sources: {
			venezuela: { type: 'geojson', data: geo.venezuela },
			vecinos: { type: 'geojson', data: geo.vecinos },
			[MUNICIPIOS]: { type: 'geojson', data: geo.municipios, promoteId: 'divipola' },
			departamento: { type: 'geojson', data: geo.departamento },
			etiquetas: { type: 'geojson', data: labelCollection(labels) }
		},
		layers: [
			{ id: 'fondo', type: 'background', paint: { 'background-color': '#f4f1ea' } },
			{
				id: 'venezuela',
				type: 'fill',
				source: 'venezuela',
				paint: { 'fill-color': '#e9e5dc', 'fill-outline-color': '#b9b3a6' }
			},
			{ id: 'vecinos', type: 'fill', source: 'vecinos', paint: { 'fill-color': '#e9e5dc' } },
			{
				id: 'vecinos-borde',
				type: 'line',
				source: 'vecinos',
				paint: { 'line-color': '#b9b3a6', 'line-width': 0.8 }
			},
			{
				id: FILL_LAYER,
				type: 'fill',
				source: MUNICIPIOS,
				paint: { 'fill-color': ['coalesce', ['feature-state', 'fill'], '#ffffff'] }
			},
			{
				id: 'municipios-trama',
				type: 'fill',
				source: MUNICIPIOS,
				paint: {
					'fill-pattern': HATCH_IMAGE,
					'fill-opacity': ['case', ['boolean', ['feature-state', 'hatch'], false], 1, 0]
				}
			},
			{
				id: 'municipios-borde',
				type: 'line',
				source: MUNICIPIOS,
				paint: { 'line-color': '#5f6b74', 'line-width': 0.6 }
			},
			{
				id: 'departamento-borde',
				type: 'line',
				source: 'departamento',
				paint: { 'line-color': '#1d2329', 'line-width': 1.6 }
			},
			{
				id: 'municipios-hover',
				type: 'line',
				source: MUNICIPIOS,
				paint: {
					'line-color': '#1d2329',
					'line-width': 2,
					'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0]
				}
			},
			{
				id: 'municipios-seleccion',
				type: 'line',
				source: MUNICIPIOS,
				paint: {
					'line-color': '#c2410c',
					'line-width': 3,
					'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0]
				}
			},
			{
				id: 'etiquetas',
				type: 'symbol',
				source: 'etiquetas',
				layout: {
					'text-field': ['get', 'name'],
					'text-font': [FONT_NAME],
					'text-size': 11,
					'symbol-sort-key': ['-', ['get', 'priority']],
					'text-max-width': 7
				},
				paint: { 'text-color': '#1d2329', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.5 }
			}
		]
	};
}

/** A diagonal hatch as RGBA pixels, for the "no alcanzado" fill pattern. */
export function hatchImage(
	size = 8,
	color = NO_REACH_HATCH
): { width: number; height: number; data: Uint8Array } {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
	const data = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const on = (x + y) % size === 0 || (x + y) % size === size - 1;
			data.set(on ? [r, g, b, 255] : [255, 255, 255, 0], (y * size + x) * 4);
		}
	}
	return { width: size, height: size, data };
}

/** Every image the style names (fill patterns), generated here rather than fetched as a sprite. */
export const STYLE_IMAGES: Record<string, () => ReturnType<typeof hatchImage>> = {
	[HATCH_IMAGE]: () => hatchImage()
};

/** The slice of the MapLibre API that adding images uses. */
export interface ImageTarget {
	addImage(id: string, image: ReturnType<typeof hatchImage>): unknown;
	hasImage(id: string): boolean;
}

/**
 * Adds the style's images. Call right after creating the map, before its
 * style loads: a tile laid out before an image exists draws without it (the
 * «no alcanzado» hatch went missing on whole tiles when it was added lazily
 * on `styleimagemissing`).
 */
export function addStyleImages(map: ImageTarget): void {
	for (const [id, make] of Object.entries(STYLE_IMAGES)) if (!map.hasImage(id)) map.addImage(id, make());
}

/** The slice of the MapLibre API that painting uses (a fake implements it in tests). */
export interface PaintableMap {
	setFeatureState(feature: { source: string; id: string }, state: Record<string, unknown>): void;
}

/** Applies fills, hatches and the selection through feature state. */
export function applyPaint(map: PaintableMap, paint: Record<string, Paint>, selected: string | null): void {
	for (const [id, p] of Object.entries(paint)) {
		map.setFeatureState(
			{ source: MUNICIPIOS, id },
			{ fill: p.fill, hatch: p.hatch, selected: id === selected }
		);
	}
}

/** MapLibre's interface strings in Spanish; the canvas is announced by `title`. */
export function spanishLocale(title: string): Record<string, string> {
	return {
		'Map.Title': title,
		'NavigationControl.ZoomIn': 'Acercar',
		'NavigationControl.ZoomOut': 'Alejar',
		'NavigationControl.ResetBearing': 'Orientar al norte',
		'AttributionControl.ToggleAttribution': 'Mostrar u ocultar las fuentes',
		'AttributionControl.MapFeedback': 'Comentarios sobre el mapa',
		'FullscreenControl.Enter': 'Pantalla completa',
		'FullscreenControl.Exit': 'Salir de pantalla completa',
		'LogoControl.Title': 'Logotipo de MapLibre',
		'ScaleControl.Kilometers': 'km',
		'ScaleControl.Meters': 'm'
	};
}
