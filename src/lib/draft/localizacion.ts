/**
 * LOCALIZACIÓN ¿Dónde se intervino? -> the section's status and the meta's
 * scope. Explicit municipalities -> municipal; «alcance/cobertura
 * departamental» -> departmental (named municipalities stay places); empty or
 * the template's instructions -> unspecified. Anything else is for review.
 */
import { fold } from '../text/index.ts';
import { collapse, sentences, withoutInstructions } from './figures.ts';
import type { Figure, DraftScope, LocalizacionStatus } from './schema.ts';

/** The territory a LOCALIZACIÓN is read against: how it says «all of it» depends on its name and size. */
export interface DepartmentWords {
	/** The department's name, as the geodata gives it («Norte de Santander»). */
	name: string;
	/** How many municipalities it has, as in «los N municipios». */
	municipalityCount: number;
}

const patterns = new Map<string, RegExp>();

/**
 * «alcance departamental», «cobertura departamental», «a nivel departamental», «todo el departamento»,
 * and, from the territory, «todo <departamento>» and «los/sus <N> municipios». On folded text.
 */
export function departmentalPattern(t: DepartmentWords): RegExp {
	const name = fold(t.name)
		.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		.replace(/ /g, '\\s+');
	const key = `${name}|${t.municipalityCount}`;
	let re = patterns.get(key);
	if (!re) {
		re = new RegExp(
			String.raw`\b(?:alcance|cobertura|ambito|caracter|impacto)\b[^.;]{0,40}\bdepartamental\b|\bnivel departamental\b|\btodo el (?:departamento|territorio departamental)\b|\btodos los municipios del departamento\b` +
				String.raw`|\btodo ${name}\b|\b(?:los|sus) ${t.municipalityCount} municipios\b`
		);
		patterns.set(key, re);
	}
	return re;
}

/** Whether folded text declares a departmental scope over the territory `t`. */
export function declaresDepartmental(folded: string, t: DepartmentWords): boolean {
	return departmentalPattern(t).test(folded);
}

export interface LocalizacionReading {
	status: LocalizacionStatus;
	verbatim: string | null;
	scope: Figure<DraftScope>;
	/** Messages for the problems list. */
	notes: string[];
}

export interface LocalizacionInput {
	/** The section was found at all. */
	present: boolean;
	/** The heading as written («LOCALIZACIÓN ¿Dónde se intervino?»). */
	heading: string;
	/** Its content (canonical text), or null when the heading has none. */
	content: string | null;
	/** A dated paragraph after an empty heading, not taken as content. */
	captionLike: string | null;
	/** Places the rules found in the content, by status. */
	found: { inDepartment: number; outside: number };
	review: number;
	/** Subregion names the content mentions («subregión Norte»). */
	subregions: readonly string[];
	/** The content names the department as a whole (by its name, or a decision «departamento»). */
	namesDepartment: boolean;
	/** The territory, for «todo <departamento>» and «los N municipios». */
	territory: DepartmentWords;
}

export function readLocalizacion(input: LocalizacionInput): LocalizacionReading {
	const unspecified = (verbatim: string, note?: string): Figure<DraftScope> =>
		note
			? { status: 'found', value: 'unspecified', verbatim, note }
			: { status: 'found', value: 'unspecified', verbatim };
	if (!input.present) {
		return {
			status: 'ausente',
			verbatim: null,
			scope: {
				status: 'needs-review',
				value: 'unspecified',
				verbatim: null,
				note: 'No se encontró la sección «LOCALIZACIÓN ¿Dónde se intervino?» en la meta.'
			},
			notes: []
		};
	}
	if (input.content === null) {
		if (input.captionLike) {
			return {
				status: 'empty',
				verbatim: null,
				scope: {
					status: 'needs-review',
					value: 'unspecified',
					verbatim: collapse(input.captionLike),
					note: `LOCALIZACIÓN no tiene contenido propio; el texto que sigue parece un pie de foto («${collapse(input.captionLike).slice(0, 120)}»). Si es la localización, corrija el borrador.`
				},
				notes: []
			};
		}
		return {
			status: 'empty',
			verbatim: null,
			scope: unspecified(collapse(input.heading), 'La sección está vacía.'),
			notes: []
		};
	}
	const content = collapse(input.content);
	const { text: rest, hadTemplate } = withoutInstructions(input.content);
	if (!/[\p{L}\p{N}]/u.test(rest)) {
		return {
			status: hadTemplate ? 'plantilla' : 'empty',
			verbatim: content,
			scope: unspecified(
				content,
				hadTemplate ? 'La sección conserva el texto de la plantilla.' : 'La sección está vacía.'
			),
			notes: []
		};
	}
	const notes = hadTemplate
		? ['LOCALIZACIÓN conserva parte del texto de instrucciones de la plantilla.']
		: [];
	const folded = fold(rest);
	const departmental = departmentalPattern(input.territory);
	const dept = departmental.exec(folded);
	if (dept) {
		const sentence =
			sentences(rest)
				.map((r) => collapse(rest.slice(r.start, r.end)))
				.find((s) => departmental.test(fold(s))) ?? rest;
		return {
			status: 'filled',
			verbatim: content,
			scope: { status: 'found', value: 'departmental', verbatim: sentence },
			notes
		};
	}
	const review = (value: DraftScope | null, note: string): LocalizacionReading => ({
		status: 'filled',
		verbatim: content,
		scope: { status: 'needs-review', value, verbatim: content, note },
		notes
	});
	if (input.subregions.length) {
		return review(
			input.found.inDepartment ? 'municipal' : null,
			`LOCALIZACIÓN nombra ${input.subregions.length === 1 ? 'la subregión' : 'las subregiones'} ${input.subregions.map((s) => `«${s}»`).join(', ')}: indique los municipios.`
		);
	}
	if (input.found.inDepartment > 0) {
		return {
			status: 'filled',
			verbatim: content,
			scope: { status: 'found', value: 'municipal', verbatim: content },
			notes
		};
	}
	if (/\bdepartamental\b/.test(folded) || input.namesDepartment) {
		return review(
			'departmental',
			'LOCALIZACIÓN menciona el departamento sin declarar el alcance («alcance departamental»): confirme.'
		);
	}
	if (input.found.outside > 0) {
		return review(
			'municipal',
			'LOCALIZACIÓN solo nombra lugares fuera del departamento: confirme el alcance.'
		);
	}
	if (input.review > 0) {
		return review(null, 'LOCALIZACIÓN nombra lugares que hay que revisar (vea los lugares «por revisar»).');
	}
	return review(null, 'LOCALIZACIÓN tiene texto pero no nombra municipios ni declara alcance departamental.');
}
