/**
 * The LOCALIZACIÓN map of one meta: which municipalities it names and how
 * strongly. Pure, shared by the meta page and the figure export.
 */
import type { PublishedMeta } from '../dataset/index.ts';

/** Strongest evidence first: the order of every legend. */
export const LOCALIZACION_ORDER = ['localizacion', 'texto', 'departamento', 'ninguno'] as const;
export type LocalizacionClass = (typeof LOCALIZACION_ORDER)[number];

export const LOCALIZACION_COLORS: Record<LocalizacionClass, string> = {
	localizacion: '#225ea8',
	texto: '#a1dab4',
	departamento: '#d9e6f0',
	ninguno: '#ffffff'
};

export const LOCALIZACION_LABELS: Record<LocalizacionClass, string> = {
	localizacion: 'Nombrado en «LOCALIZACIÓN ¿Dónde se intervino?»',
	texto: 'Mencionado solo en el resto del texto o en fotos',
	departamento: 'Meta de alcance departamental; el informe no lo nombra',
	ninguno: 'No nombrado'
};

/** The class of each municipality code for a meta. */
export function localizacionClasses(
	meta: PublishedMeta,
	codes: readonly string[]
): Record<string, LocalizacionClass> {
	const loc = new Set(
		meta.places.filter((p) => p.evidence === 'localizacion' && p.divipola).map((p) => p.divipola)
	);
	const txt = new Set(meta.places.filter((p) => p.evidence === 'text' && p.divipola).map((p) => p.divipola));
	return Object.fromEntries(
		codes.map((c) => [
			c,
			loc.has(c)
				? 'localizacion'
				: txt.has(c)
					? 'texto'
					: meta.scope === 'departmental'
						? 'departamento'
						: 'ninguno'
		])
	);
}

/** The classes present among the municipalities, in legend order (strongest evidence first). */
export function shownClasses(classes: Record<string, LocalizacionClass>): LocalizacionClass[] {
	const present = new Set(Object.values(classes));
	return LOCALIZACION_ORDER.filter((c) => present.has(c));
}

/**
 * How a LOCALIZACIÓN map draws each municipality: its class's colour, no hatch,
 * and «<name>: <class>» as its accessible name. One definition for the meta
 * page and the import preview.
 */
export function localizacionPaint(
	classes: Record<string, LocalizacionClass>,
	names: Record<string, string>
): Record<string, { fill: string; hatch: boolean; label: string }> {
	return Object.fromEntries(
		Object.entries(classes).map(([code, c]) => [
			code,
			{
				fill: LOCALIZACION_COLORS[c],
				hatch: false,
				label: `${names[code]}: ${LOCALIZACION_LABELS[c].toLowerCase()}`
			}
		])
	);
}

/** Whether a municipality of that class gets a label on the map: the meta names it. */
export const isLabelled = (c: LocalizacionClass | undefined) => c === 'localizacion' || c === 'texto';

/** A one-line statement of where the meta intervened, for titles and captions. */
export function localizacionSummary(meta: PublishedMeta): string {
	const loc = new Set(
		meta.places.filter((p) => p.evidence === 'localizacion' && p.divipola).map((p) => p.divipola)
	);
	if (meta.scope === 'departmental') {
		return `Alcance departamental${loc.size ? `; nombra ${loc.size} ${loc.size === 1 ? 'municipio' : 'municipios'}` : ''}`;
	}
	if (meta.scope === 'municipal')
		return `${loc.size} ${loc.size === 1 ? 'municipio nombrado' : 'municipios nombrados'} en LOCALIZACIÓN`;
	return 'El informe no indica localización';
}
