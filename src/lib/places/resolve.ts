/**
 * Place names from the report -> DIVIPOLA. Accent- and case-insensitive; knows
 * each municipality's official, short and DANE names; every other name must
 * have a recorded decision (src/data/lugares.yaml). An unknown name is an
 * error with the closest municipality names, never a silent drop.
 */
import { fold, suggest } from '../text/index.ts';
import type { PlaceDecision } from '../report/schema.ts';

export interface NamedMunicipality {
	divipola: string;
	name: string;
	shortName: string;
	daneName: string;
}

export type Resolution =
	| { kind: 'municipality'; divipola: string; via: 'nombre' }
	| { kind: 'municipality'; divipola: string; via: 'decision'; decision: PlaceDecision }
	| { kind: 'outside'; where: string; decision: PlaceDecision }
	| { kind: 'department'; decision: PlaceDecision };

// Re-exported: the near-miss rule is shared with the data loader's key suggestions.
export { suggest };

export class UnknownPlaceError extends Error {
	constructor(
		readonly place: string,
		readonly suggestions: string[],
		/** The territory's department name, as the geodata gives it; without it, «el departamento». */
		readonly department?: string
	) {
		super(
			`Lugar desconocido «${place}»: no es un municipio ${department ? `de ${department}` : 'del departamento'} ni tiene una decisión registrada en lugares.yaml.` +
				(suggestions.length ? ` ¿Quiso decir ${suggestions.map((s) => `«${s}»`).join(', ')}?` : '')
		);
		this.name = 'UnknownPlaceError';
	}
}

export type Resolver = (name: string) => Resolution;

/**
 * Builds a resolver; throws if two entries claim the same (folded) name.
 * `department` (the territory's name) is what an unknown name's message says it is not in.
 */
export function createResolver(
	municipalities: readonly NamedMunicipality[],
	decisions: readonly PlaceDecision[],
	department?: string
): Resolver {
	const byName = new Map<string, string>();
	for (const m of municipalities) {
		for (const n of [m.name, m.shortName, m.daneName]) {
			const key = fold(n);
			const other = byName.get(key);
			if (other && other !== m.divipola) {
				throw new Error(`El nombre «${n}» corresponde a dos municipios (${other} y ${m.divipola})`);
			}
			byName.set(key, m.divipola);
		}
	}
	const codes = new Set(municipalities.map((m) => m.divipola));
	const byDecision = new Map<string, PlaceDecision>();
	for (const d of decisions) {
		const key = fold(d.name);
		if (byName.has(key)) {
			throw new Error(`lugares.yaml: «${d.name}» ya es el nombre de un municipio; sobra la decisión`);
		}
		if (byDecision.has(key)) throw new Error(`lugares.yaml: «${d.name}» tiene dos decisiones`);
		if ('divipola' in d && !codes.has(d.divipola)) {
			throw new Error(
				`lugares.yaml: «${d.name}» apunta a ${d.divipola}, que no es un municipio del departamento`
			);
		}
		byDecision.set(key, d);
	}
	const suggestionNames = municipalities.map((m) => m.shortName);

	return (name: string): Resolution => {
		const key = fold(name);
		const code = byName.get(key);
		if (code) return { kind: 'municipality', divipola: code, via: 'nombre' };
		const d = byDecision.get(key);
		if (d) {
			if (d.decision === 'fuera') return { kind: 'outside', where: d.where, decision: d };
			if (d.decision === 'departamento') return { kind: 'department', decision: d };
			return { kind: 'municipality', divipola: d.divipola, via: 'decision', decision: d };
		}
		throw new UnknownPlaceError(name, suggest(name, suggestionNames), department);
	};
}
