/** The department's municipalities as written by scripts/geodata (geodata/municipios.json). */
import { slug } from '../text/fold.ts';

export interface Municipality {
	/** DANE DIVIPOLA code, 5 digits ("54001"). */
	divipola: string;
	/** Full official name ("San José de Cúcuta", "Salazar de las Palmas"). */
	name: string;
	/** Name in everyday use ("Cúcuta", "Salazar"). */
	shortName: string;
	/** Name as in DANE's MGN ("SAN JOSÉ DE CÚCUTA", "SALAZAR"). */
	daneName: string;
	subregion: string;
	/** DANE projection by year ("2024", "2025"). */
	population: Record<string, number>;
	areaKm2: number;
	/** Point well inside the polygon for the label, [lon, lat]. */
	label: [number, number];
	/** DANE DIVIPOLA reference point (urban seat), [lon, lat]. */
	seat: [number, number];
}

export interface Subregion {
	id: string;
	name: string;
	aliases: string[];
}

export interface Territory {
	department: { code: string; name: string };
	departmentBbox: [number, number, number, number];
	contextBbox: [number, number, number, number];
	populationYears: number[];
	populationSource: string;
	/** Where the maps come from, as every page, map and figure attributes it. */
	cartographySource: string;
	/** The same in a few words, for the interactive map's attribution control. */
	cartographyCredit: string;
	/** The subregion list's provenance and status, said wherever subregions are used. */
	subregionsNote: string;
	subregions: Subregion[];
	municipalities: Municipality[];
}

/** Reads geodata/municipios.json; its department, subregions and municipalities must agree. */
export function parseTerritory(text: string): Territory {
	const t = JSON.parse(text) as Territory;
	const fail = (why: string) => {
		throw new Error(`geodata/municipios.json: ${why}`);
	};
	if (!t.department?.code || !t.department?.name) fail('falta el departamento (código y nombre)');
	if (!Array.isArray(t.municipalities) || t.municipalities.length === 0) fail('no hay municipios');
	for (const key of [
		'populationSource',
		'cartographySource',
		'cartographyCredit',
		'subregionsNote'
	] as const) {
		if (typeof t[key] !== 'string' || !t[key].trim())
			fail(`falta «${key}» (la atribución que muestran las páginas)`);
	}
	const subregions = new Set(t.subregions.map((s) => s.name));
	const codes = new Set<string>();
	for (const m of t.municipalities) {
		if (!/^\d{5}$/.test(m.divipola) || !m.divipola.startsWith(t.department.code)) {
			fail(`el código ${m.divipola} no es de un municipio del departamento ${t.department.code}`);
		}
		if (codes.has(m.divipola)) fail(`el código ${m.divipola} está repetido`);
		codes.add(m.divipola);
		if (!subregions.has(m.subregion)) fail(`${m.name}: la subregión «${m.subregion}» no está en la lista`);
	}
	return t;
}

export function populationOf(m: Municipality, year: number): number {
	const p = m.population[String(year)];
	if (!p) throw new Error(`Sin población ${year} para ${m.divipola} ${m.name}`);
	return p;
}

/** DIVIPOLA code -> subregion name, e.g. to draw merged subregion outlines. */
export function subregionOf(municipalities: readonly Municipality[]): Record<string, string> {
	return Object.fromEntries(municipalities.map((m) => [m.divipola, m.subregion]));
}

/** Anchor id of a subregion on the subregions page ("Suroriental" -> "suroriental"). */
export function slugSubregion(name: string): string {
	return slug(name);
}
