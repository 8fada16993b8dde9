/**
 * What a municipality's one-page «ficha» says: its locator map, its estimate
 * with the rule, the metas that name it with the report's own figures, the
 * department-wide and unlocated amounts that are not split, sources and date.
 * Built from the municipality page's view, so the ficha says what the page says.
 */
import type { FichaRow, FichaSpec } from '../figure/ficha.ts';
import { figureSourceLine, municipalityFigure, type FigureContext } from '../figure/specs.ts';
import { formatMillions, formatNumber, formatPercent, listEs, slug } from '../text/index.ts';
import type { municipalityView } from './municipality.ts';
import { amountsText, headlineText, locatorInput, shareText } from './municipality-text.ts';

type View = ReturnType<typeof municipalityView>;

const money = (m: number) => formatMillions(+m.toFixed(2));

export function fichaSpec(v: View, codes: readonly string[], ctx: FigureContext): FichaSpec {
	const m = v.municipality;
	const own = headlineText(v);
	const row = (e: View['localizacion'][number]): FichaRow => {
		const b = e.meta.beneficiaries;
		return {
			meta: `Meta ${e.meta.number}: ${e.meta.title}`,
			reported:
				`${formatMillions(e.meta.investmentMillionCop)}` +
				`${b.count !== null ? ` · ${formatNumber(b.count)} ${b.unit ?? ''}`.trimEnd() : ''}` +
				` · cumplimiento ${formatPercent(e.meta.compliancePct)}`,
			share:
				(e.headline.kind === 'share' ? shareText(e.headline.share, e.meta) : null) ??
				(e.headline.kind === 'departamental'
					? 'No se reparte: alcance departamental'
					: 'No se reparte: sin localización')
		};
	};
	const { departmental, unlocated } = v.notSplit;
	const bucket = (label: string, b: typeof departmental, where: string) =>
		b.metas.length
			? `${label} (${b.metas.length === 1 ? 'meta' : 'metas'} ${listEs(b.metas)}): ${[money(b.investmentMillionCop), amountsText(b)].filter(Boolean).join(' y ')}${where}.`
			: '';
	return {
		slug: `ficha-${m.divipola}-${slug(m.shortName)}`,
		title: `${m.name}: lo que el ${ctx.edition.shortTitle} dice del municipio`,
		subtitle: `Subregión ${m.subregion} · ${formatNumber(m.population)} habitantes (DANE, ${v.populationYear}) · DIVIPOLA ${m.divipola}`,
		map: municipalityFigure(locatorInput(v), codes, ctx),
		estimate: {
			title: `Estimación para ${m.shortName}`,
			figure: own.figure,
			people: own.people,
			sentence: own.sentence,
			rule: `${v.ruleText} El informe da las cifras por meta, no por municipio.`
		},
		sections: [
			{
				title: 'Metas que lo nombran en «LOCALIZACIÓN ¿Dónde se intervino?»',
				rows: v.localizacion.map(row),
				shareHeading: 'Parte estimada',
				empty: 'Ninguna.'
			},
			{
				title: 'Metas que lo mencionan solo en el resto del texto o en fotos (no entran en su estimación)',
				rows: v.textOnly.map(row),
				shareHeading: 'Parte si se cuentan las menciones fuera de LOCALIZACIÓN',
				empty: 'Ninguna.'
			}
		],
		notSplit: [
			bucket(
				'No se reparten por municipio: metas de alcance departamental',
				departmental,
				`, para todo ${ctx.territory.department.name}`
			),
			bucket('Sin localización en el informe, no representadas en el mapa', unlocated, '')
		].filter(Boolean),
		source: figureSourceLine(ctx)
	};
}
