/**
 * The words of a municipality's estimate, for its page and its printed ficha:
 * the headline figure, the people it covers, and the sentence that explains
 * it. Built here, not in a template, so spacing never depends on whitespace
 * and the page and the ficha say the same.
 */
import { formatMillions, formatNumber, listEs } from '../text/index.ts';
import type { PublishedMeta } from '../dataset/index.ts';
import { formatValue } from '../explore/format.ts';
import type { MunicipalityFigureInput } from '../figure/specs.ts';
import type { municipalityView, ShareEstimate } from './municipality.ts';

type View = ReturnType<typeof municipalityView>;

const one = (xs: readonly unknown[], singular: string, plural: string) =>
	xs.length === 1 ? singular : plural;
const metasWord = (n: number) => (n === 1 ? 'meta' : 'metas');
const people = (n: number) => (n > 0 ? `${formatNumber(n)} ${n === 1 ? 'persona' : 'personas'}` : null);
const organisations = (n: number) =>
	n > 0 ? `${formatNumber(n)} ${n === 1 ? 'organización' : 'organizaciones'}` : null;

/** «709 personas y 20 organizaciones», or '' when neither is counted. */
export function amountsText(a: { people: number; organisations: number }): string {
	return [people(a.people), organisations(a.organisations)].filter(Boolean).join(' y ');
}

const NO_ESTIMATE = {
	'sin-monto': 'Sin monto propio',
	'solo-texto': 'Sin estimación',
	'no-nombrado': 'No nombrado'
} as const;

export interface HeadlineText {
	/** The biggest figure: the estimated investment, or why there is none. */
	figure: string;
	/** The people (and organisations) of the estimate; null without an estimate. */
	people: string | null;
	sentence: string;
}

export function headlineText(v: View): HeadlineText {
	const h = v.headline;
	const name = v.municipality.shortName;
	const departmentalNaming = h.metas.filter((n) => !h.withShare.includes(n));
	const otherMentions =
		h.textOnly.length === 1
			? 'Otra meta lo menciona solo en el resto del texto o en fotos y no entra en esta estimación.'
			: h.textOnly.length
				? `Otras ${h.textOnly.length} lo mencionan solo en el resto del texto o en fotos y no entran en esta estimación.`
				: '';
	if (h.kind === 'estimacion' && h.amounts) {
		return {
			figure: formatMillions(h.amounts.investmentMillionCop),
			people: [
				people(h.amounts.people) ?? 'sin beneficiarios estimados',
				organisations(h.amounts.organisations)
			]
				.filter(Boolean)
				.join(' y '),
			sentence: [
				`Es la suma de su parte estimada en ${h.withShare.length} ${metasWord(h.withShare.length)} (${listEs(h.withShare)}).`,
				`${h.metas.length} ${one(h.metas, 'meta nombra', 'metas nombran')} a ${name} en su LOCALIZACIÓN` +
					(departmentalNaming.length
						? `; ${one(departmentalNaming, 'la meta', 'las metas')} ${listEs(departmentalNaming)}, de alcance departamental, no se ${one(departmentalNaming, 'reparte', 'reparten')}.`
						: '.'),
				otherMentions
			]
				.filter(Boolean)
				.join(' ')
		};
	}
	const kind = h.kind === 'estimacion' ? 'sin-monto' : h.kind;
	const sentence =
		kind === 'sin-monto'
			? `${one(h.metas, 'La meta', 'Las metas')} ${listEs(h.metas)} ${one(h.metas, 'lo nombra', 'lo nombran')} en su LOCALIZACIÓN, pero ${one(h.metas, 'es', 'son')} de alcance departamental: su monto no se reparte por municipio. ${otherMentions}`.trim()
			: kind === 'solo-texto'
				? `Ninguna meta nombra a ${name} en su LOCALIZACIÓN, que es lo que cuenta la estimación por omisión. ${one(h.textOnly, 'La meta', 'Las metas')} ${listEs(h.textOnly)} ${one(h.textOnly, 'lo menciona', 'lo mencionan')} en el resto del texto o en fotos.`
				: `Ninguna meta del informe nombra a ${name}: no tiene estimación.` +
					(v.departmental.length
						? ` ${one(v.departmental, 'La meta', 'Las metas')} ${listEs(v.departmental.map((x) => x.number))} ${one(v.departmental, 'declara', 'declaran')} alcance departamental, pero el informe no nombra a ${name} en ${one(v.departmental, 'ella', 'ellas')}.`
						: '');
	return { figure: NO_ESTIMATE[kind], people: null, sentence };
}

/** A municipality's estimated share of a meta: «$ 48,1 millones y 53 personas», in the meta's own unit. */
export function shareText(s: ShareEstimate | null, meta: PublishedMeta): string | null {
	if (!s) return null;
	const b = meta.beneficiaries;
	const who =
		b.count !== null
			? ` y ${formatNumber(b.unitClass === 'organizaciones' ? s.organisations : s.people)} ${b.unit}`
			: '';
	return `${formatMillions(s.investmentMillionCop)}${who}`;
}

/** What the locator figure needs from the page's view: the same for the page's export and the ficha. */
export function locatorInput(v: View): MunicipalityFigureInput {
	const m = v.municipality;
	return {
		divipola: m.divipola,
		name: m.shortName,
		subregion: m.subregion,
		population: m.population,
		populationYear: v.populationYear,
		subregionMembers: v.subregionMembers.map((x) => x.divipola),
		localizacion: v.localizacion.map((e) => e.meta.number),
		textOnly: v.textOnly.map((e) => e.meta.number),
		departmental: v.departmental.map((x) => x.number)
	};
}

export interface ComparisonRow {
	label: string;
	total: string;
	per1000: string;
}

/** The page's comparison table: the municipality, its subregion, the department (same rule, same unit). */
export function comparisonRows(v: View): ComparisonRow[] {
	const c = v.comparison;
	const m = v.municipality;
	const total = (x: number) => formatValue(x, 'inversion', 'total');
	const rate = (x: number) => formatValue(x, 'inversion', 'por-mil');
	return [
		{ label: m.shortName, total: total(c.own.total), per1000: rate(c.own.per1000) },
		{
			label: `Subregión ${m.subregion} (${c.total.subregion.municipalities} municipios)`,
			total: total(c.total.subregion.value),
			per1000: rate(c.per1000.subregion.value)
		},
		{
			label: `Departamento (${c.total.department.municipalities} municipios)`,
			total: total(c.total.department.value),
			per1000: rate(c.per1000.department.value)
		}
	];
}
