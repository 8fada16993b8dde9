import { datasetOf, editionEntries } from '$lib/server/dataset.ts';

export const entries = () => editionEntries();

export function load({ params }) {
	const d = datasetOf(params.edicion);
	const names = new Map(d.municipalities.map((m) => [m.divipola, m.shortName]));
	return {
		report: d.report,
		missingMetas: d.missingMetas,
		metas: d.metas.map((m) => ({
			number: m.number,
			title: m.title,
			investmentMillionCop: m.investmentMillionCop,
			compliancePct: m.compliancePct,
			progressPct: m.progressPct,
			beneficiaries: m.beneficiaries,
			scope: m.scope,
			localizacion: [
				...new Set(
					m.places
						.filter((p) => p.evidence === 'localizacion' && p.divipola)
						.map((p) => names.get(p.divipola as string) as string)
				)
			]
		}))
	};
}
