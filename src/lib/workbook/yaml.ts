/**
 * The edition's data files written from checked data: the same YAML staff can read and that
 * `buildDataset` loads, with a header saying it was generated and from what.
 */
import { stringify } from 'yaml';
import {
	END_MARK,
	type EditionDescriptor,
	type Meta,
	type MetaInput,
	type ReportInfo
} from '../report/index.ts';

/** The loader refuses a data file without its end mark: a cut file is never read as whole. */
const end = (text: string) => `${text}\n${END_MARK}\n`;

export interface EditionFiles {
	'edicion.yaml': string;
	'metas.yaml': string;
	'informe.yaml': string;
}

const OPTIONS = { lineWidth: 0, minContentWidth: 0 } as const;

function header(schema: string, what: string, source: string | undefined): string {
	return (
		`# yaml-language-server: $schema=../../schema/${schema}\n#\n` +
		`# ${what}\n` +
		`# Generado por \`npm run data:import\`${source ? ` desde «${source}»` : ''}: para corregirlo, corrija el libro\n` +
		'# y vuelva a importarlo (o edite este archivo; ver src/data/README.md).\n\n'
	);
}

/** A meta without the defaults a reader adds back (empty lists, `main: false`), in schema order. */
function compactMeta(m: Meta | MetaInput): MetaInput {
	return {
		number: m.number,
		title: m.title,
		done: m.done,
		compliance: m.compliance,
		progress: m.progress,
		investment: m.investment,
		funding: {
			status: m.funding.status,
			sources: m.funding.sources.map((s) => ({
				source: s.source,
				sharePct: s.sharePct,
				...(s.main ? { main: true } : {})
			})),
			quote: m.funding.quote
		},
		beneficiaries: m.beneficiaries,
		...(m.groups?.length ? { groups: m.groups } : {}),
		partners: m.partners,
		period: m.period,
		localizacion: m.localizacion,
		...(m.places?.length ? { places: m.places } : {}),
		...(m.excluded?.length ? { excluded: m.excluded } : {}),
		...(m.notes?.length ? { notes: m.notes } : {})
	};
}

export function editionFiles(
	edition: EditionDescriptor,
	metas: readonly (Meta | MetaInput)[],
	info: ReportInfo,
	source?: string
): EditionFiles {
	const metasText = metas.map((m) => stringify([compactMeta(m)], OPTIONS)).join('\n');
	return {
		'edicion.yaml':
			header(
				'edicion.schema.json',
				`Identificación de la edición ${edition.id}: ${edition.shortTitle}.`,
				source
			) + end(stringify(edition, OPTIONS)),
		'metas.yaml':
			header('metas.schema.json', `Metas de la edición ${edition.id}.`, source) + end(metasText || '[]\n'),
		'informe.yaml':
			header(
				'informe.schema.json',
				`Totales narrativos, Tabla 1 y notas de la edición ${edition.id}.`,
				source
			) + end(stringify(info, OPTIONS))
	};
}
