/**
 * The offline MapLibre style: no tiles, no glyph server. Municipalities over
 * the neighbouring departments and Venezuela; labels drawn with a self-hosted
 * font through the style's `font-faces`. Fills come from feature state, so
 * changing the view repaints without rebuilding sources.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { LabelCandidate, TerritoryGeo } from '../geometry.ts';
import { hatchPixels } from '../../scales/index.ts';
import { mapTheme, type MapTheme } from '../cartography.ts';
import type { Paint } from '../paint.ts';

export const FONT_NAME = 'Noto Sans Regular';
export const HATCH_IMAGE = 'no-alcanzado';
export const MUNICIPIOS = 'municipios';
export const FILL_LAYER = 'municipios-fill';
export const LABELS_MORE_LAYER = 'etiquetas-mas';

/**
 * Label points for the symbol layers. `placed` are the labels the SVG map
 * placed without collisions: drawn as they are, so the map shows the same
 * labels whichever renderer draws it; the others appear once zoomed in.
 */
export function labelCollection(
	points: readonly LabelCandidate[],
	placed: readonly string[] = []
): FeatureCollection<Point> {
	const shown = new Set(placed);
	return {
		type: 'FeatureCollection',
		features: points.map((p) => ({
			type: 'Feature',
			properties: { divipola: p.divipola, name: p.text, priority: p.priority, placed: shown.has(p.divipola) },
			geometry: { type: 'Point', coordinates: p.lonLat }
		}))
	};
}

/** Zoom levels above the fitted view at which the labels the SVG left out appear. */
export const MORE_LABELS_ZOOM = 0.8;

export function buildStyle(
	geo: TerritoryGeo,
	labels: readonly LabelCandidate[],
	fontUrl: string,
	placed: readonly string[] = [],
	/** The map's width over the SVG frame's: labels keep the size they have in the SVG map. */
	labelScale = 1,
	t: MapTheme = mapTheme('screen')
): StyleSpecification {
	const text: SymbolLayerSpecification['layout'] = {
		'text-field': ['get', 'name'],
		'text-font': [FONT_NAME],
		'text-size': +(t.label.size * labelScale).toFixed(2),
		'text-max-width': 7
	};
	const textPaint = {
		'text-color': t.label.color,
		'text-halo-color': t.label.halo,
		'text-halo-width': t.label.haloWidth / 2
	};
	return {
		version: 8,
		'font-faces': { [FONT_NAME]: fontUrl },
		sources: {
			venezuela: { type: 'geojson', data: geo.venezuela },
			vecinos: { type: 'geojson', data: geo.vecinos },
			[MUNICIPIOS]: { type: 'geojson', data: geo.municipios, promoteId: 'divipola' },
			departamento: { type: 'geojson', data: geo.departamento },
			etiquetas: { type: 'geojson', data: labelCollection(labels, placed) }
		},
		// LAYER_ORDER of cartography.ts, with «municipios» as fill, hatch and border.
		layers: [
			{ id: 'fondo', type: 'background', paint: { 'background-color': t.background } },
			{ id: 'venezuela', type: 'fill', source: 'venezuela', paint: { 'fill-color': t.context.fill } },
			{
				id: 'venezuela-borde',
				type: 'line',
				source: 'venezuela',
				paint: { 'line-color': t.context.stroke.color, 'line-width': t.context.stroke.width }
			},
			{ id: 'vecinos', type: 'fill', source: 'vecinos', paint: { 'fill-color': t.context.fill } },
			{
				id: 'vecinos-borde',
				type: 'line',
				source: 'vecinos',
				paint: { 'line-color': t.context.stroke.color, 'line-width': t.context.stroke.width }
			},
			{
				id: FILL_LAYER,
				type: 'fill',
				source: MUNICIPIOS,
				paint: { 'fill-color': ['coalesce', ['feature-state', 'fill'], t.unpainted] }
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
				paint: { 'line-color': t.municipio.color, 'line-width': t.municipio.width }
			},
			{
				id: 'departamento-borde',
				type: 'line',
				source: 'departamento',
				paint: { 'line-color': t.outline.color, 'line-width': t.outline.width }
			},
			{
				id: 'municipios-hover',
				type: 'line',
				source: MUNICIPIOS,
				paint: {
					'line-color': t.hovered.color,
					'line-width': t.hovered.width,
					'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0]
				}
			},
			{
				id: 'municipios-seleccion',
				type: 'line',
				source: MUNICIPIOS,
				paint: {
					'line-color': t.selected.color,
					'line-width': t.selected.width,
					'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0]
				}
			},
			{
				// Below the placed labels, and only past the fitted view (MapLibreMap sets the range on load).
				id: LABELS_MORE_LAYER,
				type: 'symbol',
				source: 'etiquetas',
				minzoom: 24,
				filter: ['==', ['get', 'placed'], false],
				layout: { ...text, 'symbol-sort-key': ['-', ['get', 'priority']] },
				paint: textPaint
			},
			{
				// Exactly the SVG's labels: always drawn, and the others give way to them.
				id: 'etiquetas',
				type: 'symbol',
				source: 'etiquetas',
				filter: ['==', ['get', 'placed'], true],
				layout: { ...text, 'text-allow-overlap': true },
				paint: textPaint
			}
		]
	};
}

/** Every image the style names (fill patterns), generated here rather than fetched as a sprite. */
export const STYLE_IMAGES: Record<string, () => ReturnType<typeof hatchPixels>> = {
	[HATCH_IMAGE]: () => hatchPixels()
};

/** The slice of the MapLibre API that adding images uses. */
export interface ImageTarget {
	addImage(id: string, image: ReturnType<typeof hatchPixels>): unknown;
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
		'ScaleControl.Meters': 'm',
		// Cooperative gestures: one finger or the wheel scroll the page, not the map.
		'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + rueda del ratón para acercar o alejar el mapa',
		'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + rueda del ratón para acercar o alejar el mapa',
		'CooperativeGesturesHandler.MobileHelpText': 'Use dos dedos para mover el mapa'
	};
}
