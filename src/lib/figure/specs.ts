/**
 * What each map view exports as a figure: built from the same pure results
 * the pages draw (explore values, legend, LOCALIZACIÓN classes, subregion
 * choropleth), so a figure always says what the screen says.
 */
import type { PublishedMeta } from '../dataset/index.ts';
import type { ExploreData } from '../dataset/explore.ts';
import {
	METRIC_LABELS,
	NORM_LABELS,
	paintFor,
	type ExploreResult,
	type SubregionChoropleth
} from '../explore/index.ts';
import { legend, localizacionLegend } from '../legend/legend.ts';
import { legendContent, subregionLegend } from '../legend/explore.ts';
import type { Territory } from '../geo/index.ts';
import type { LabelCandidate } from '../map/geometry.ts';
import { LOCALIZACION_COLORS, localizacionClasses, localizacionSummary } from '../report/localizacion.ts';
import { LOCATOR_COLORS, locatorKey, locatorScale } from '../scales/index.ts';
import { formatMillions, formatNumber, formatPercent, slug } from '../text/index.ts';
import type { EditionDescriptor } from '../report/schema.ts';
import type { FigureSpec } from './spec.ts';

/**
 * Whose figure it is: the edition's identity (from its descriptor) and the
 * territory's (from the geodata). Every name, period and source line a figure
 * prints comes from here, so a figure always names its own edition.
 */
export interface FigureContext {
	edition: Pick<EditionDescriptor, 'shortTitle' | 'period' | 'source' | 'populationYear'>;
	territory: Pick<
		Territory,
		| 'department'
		| 'subregions'
		| 'municipalities'
		| 'subregionsNote'
		| 'cartographySource'
		| 'populationSource'
	>;
}

/** The sources line every figure prints: the edition's source, the cartography and the population. */
export function figureSourceLine({ edition, territory }: FigureContext): string {
	return (
		`Fuente: ${edition.source}. Cartografía: ${territory.cartographySource}. ` +
		`Población ${edition.populationYear}: ${territory.populationSource}.`
	);
}

function beneficiariesText(meta: PublishedMeta): string {
	const b = meta.beneficiaries;
	if (b.count !== null) return `${formatNumber(b.count)} ${b.unit ?? ''}`.trim();
	return b.status === 'no-aplica'
		? 'beneficiarios: no aplica'
		: b.status === 'plantilla'
			? 'beneficiarios: plantilla sin llenar en el informe'
			: 'beneficiarios: sin datos en el informe';
}

/** The LOCALIZACIÓN map of one meta: the figure the report left empty. */
export function metaFigure(meta: PublishedMeta, codes: readonly string[], ctx: FigureContext): FigureSpec {
	const classes = localizacionClasses(meta, codes);
	const loc = codes.filter((c) => classes[c] === 'localizacion');
	const txt = codes.filter((c) => classes[c] === 'texto');
	const outside = [
		...new Set(meta.places.filter((p) => p.divipola === null).map((p) => p.writtenAs ?? ''))
	].filter(Boolean);
	const notes: string[] = [];
	if (meta.scope === 'unspecified') {
		notes.push(
			'El informe no indica la localización de esta meta: no se marca ningún municipio como lugar de intervención.'
		);
	}
	if (meta.scope === 'departmental') {
		notes.push(
			`Meta de alcance departamental: el informe la presenta para todo ${ctx.territory.department.name}.`
		);
	}
	if (outside.length)
		notes.push(`Lugares fuera del departamento nombrados por la meta (no dibujados): ${outside.join(', ')}.`);
	return {
		slug: `meta-${String(meta.number).padStart(2, '0')}-localizacion`,
		title: `Meta ${meta.number}: ${meta.title}`,
		subtitle:
			`LOCALIZACIÓN ¿Dónde se intervino? · ${localizacionSummary(meta)} · ` +
			`Inversión reportada ${formatMillions(meta.investmentMillionCop)} · ${beneficiariesText(meta)} · ` +
			`Cumplimiento ${ctx.edition.period.label}: ${formatPercent(meta.compliancePct)}`,
		legend: localizacionLegend(classes),
		fills: Object.fromEntries(codes.map((c) => [c, { fill: LOCALIZACION_COLORS[classes[c]], hatch: false }])),
		emphasis: loc,
		labelFirst: [...loc, ...txt],
		notes,
		source: figureSourceLine(ctx),
		stamp: meta.scope === 'unspecified' ? 'El informe no indica localización' : undefined,
		caption: `LOCALIZACIÓN de la meta ${meta.number} (${meta.title}). ${localizacionSummary(meta)}. Cifras reportadas por el informe; el mapa solo marca los municipios que el texto nombra.`
	};
}

/** The explorer's department choropleth for its current state. */
export function exploreFigure(
	result: ExploreResult,
	ctx: FigureContext,
	selected: string | null = null
): FigureSpec {
	const content = legendContent(result);
	const paint = paintFor(result);
	const { state } = result;
	// Every coloured municipality is named on the map (its class is the figure's point).
	const coloured = result.values.filter((v) => v.classIndex !== null).map((v) => v.divipola);
	const metaList = result.metas.map((m) => m.number);
	const filters = [
		state.metas.length ? `metas ${metaList.join(', ')}` : `las ${metaList.length} metas del informe`,
		state.funding === 'todas' ? null : state.funding === 'propios' ? 'recursos propios' : 'SGR',
		state.evidence === 'localizacion'
			? 'municipios nombrados en LOCALIZACIÓN'
			: 'también los mencionados en el texto'
	].filter(Boolean);
	const notes: string[] = [];
	const dep = result.allocation.departmental;
	if (dep.metas.length && state.metric !== 'metas') {
		notes.push(
			`Aparte, sin repartir entre municipios: alcance departamental (metas ${dep.metas.join(', ')}), ` +
				`${formatMillions(dep.investmentMillionCop)}${dep.people ? ` y ${formatNumber(dep.people)} personas` : ''}.`
		);
	}
	const un = result.allocation.unlocated;
	if (un.metas.length && state.metric !== 'metas') {
		notes.push(
			`Sin localización en el informe (metas ${un.metas.join(', ')}): ${formatMillions(un.investmentMillionCop)}` +
				`${un.people ? ` y ${formatNumber(un.people)} personas` : ''}, no representados en el mapa.`
		);
	}
	const title =
		state.metric === 'metas'
			? 'Número de metas que nombran a cada municipio'
			: `${METRIC_LABELS[state.metric]} por municipio · ${NORM_LABELS[state.norm]}`;
	return {
		slug: slug(
			`departamento-${state.metric}-${state.norm}-${state.rule}${state.metas.length ? `-metas-${metaList.join('-')}` : ''}${state.funding === 'todas' ? '' : `-${state.funding}`}${state.evidence === 'localizacion' ? '' : '-texto'}${state.spread ? '-repartido' : ''}`
		),
		title,
		subtitle: `${ctx.territory.department.name}, ${ctx.edition.shortTitle} · ${filters.join(' · ')}`,
		legend: content,
		fills: Object.fromEntries(Object.entries(paint).map(([c, p]) => [c, { fill: p.fill, hatch: p.hatch }])),
		emphasis: selected ? [selected] : [],
		labelFirst: [...new Set([...(selected ? [selected] : []), ...coloured])],
		notes,
		source: figureSourceLine(ctx),
		caption: `${title}. ${result.ruleText}`
	};
}

/** The subregion choropleth (sums of municipal estimates), labelled by subregion. */
export function subregionFigure(
	data: ExploreData,
	result: ExploreResult,
	choropleth: SubregionChoropleth,
	ctx: FigureContext
): FigureSpec {
	const labelPoints = ctx.territory.municipalities;
	const { measure, norm } = choropleth;
	// Each subregion's name at the area-weighted mean of its municipalities' label points.
	const labels: LabelCandidate[] = data.subregions.map((s) => {
		const pts = data.municipalities
			.filter((m) => m.subregion === s.name)
			.map((m) => labelPoints.find((p) => p.divipola === m.divipola)!);
		const area = pts.reduce((a, p) => a + p.areaKm2, 0);
		const lon = pts.reduce((a, p) => a + p.label[0] * p.areaKm2, 0) / area;
		const lat = pts.reduce((a, p) => a + p.label[1] * p.areaKm2, 0) / area;
		return {
			divipola: s.name,
			text: s.name,
			lonLat: [+lon.toFixed(5), +lat.toFixed(5)],
			priority: area
		};
	});
	const what = measure === 'people' ? 'Beneficiarios estimados (personas)' : 'Inversión estimada';
	const title = `${what} por subregión · ${NORM_LABELS[norm]}`;
	return {
		slug: slug(
			`subregiones-${measure === 'people' ? 'beneficiarios' : 'inversion'}-${norm}-${result.state.rule}`
		),
		title,
		subtitle: `Las ${data.subregions.length} subregiones de ${ctx.territory.department.name}: suma de las estimaciones de sus municipios`,
		legend: subregionLegend(choropleth, result.ruleText),
		fills: Object.fromEntries(
			Object.entries(choropleth.styles).map(([c, st]) => [c, { fill: st.fill, hatch: st.hatch }])
		),
		emphasis: [],
		labelFirst: data.subregions.map((s) => s.name),
		labels,
		groupOutlines: true,
		notes: [ctx.territory.subregionsNote],
		source: figureSourceLine(ctx),
		caption: `${title}. ${result.ruleText}`
	};
}

export interface MunicipalityFigureInput {
	divipola: string;
	name: string;
	subregion: string;
	population: number;
	populationYear: number;
	subregionMembers: string[];
	localizacion: number[];
	textOnly: number[];
	departmental: number[];
}

/** A municipality's locator map with the metas that reached it. */
export function municipalityFigure(
	v: MunicipalityFigureInput,
	codes: readonly string[],
	ctx: FigureContext
): FigureSpec {
	const members = new Set(v.subregionMembers);
	const fills = Object.fromEntries(
		codes.map((c) => [c, { fill: LOCATOR_COLORS[locatorKey(c, v.divipola, members)], hatch: false }])
	);
	const list = (xs: number[]) => (xs.length ? xs.join(', ') : 'ninguna');
	return {
		slug: `municipio-${v.divipola}-${slug(v.name)}`,
		title: `${v.name}: metas del informe que lo nombran`,
		subtitle: `Subregión ${v.subregion} · ${formatNumber(v.population)} habitantes (DANE, ${v.populationYear}) · DIVIPOLA ${v.divipola}`,
		legend: legend(locatorScale(v.name, v.subregion), null, null),
		fills,
		emphasis: [v.divipola],
		labelFirst: [v.divipola, ...v.subregionMembers],
		notes: [
			`Metas que lo nombran en LOCALIZACIÓN: ${list(v.localizacion)}. Solo en el resto del texto: ${list(v.textOnly)}. De alcance departamental que no lo nombran: ${list(v.departmental)}.`,
			ctx.territory.subregionsNote
		],
		source: figureSourceLine(ctx),
		caption: `${v.name} (subregión ${v.subregion}). Metas en LOCALIZACIÓN: ${list(v.localizacion)}.`
	};
}
