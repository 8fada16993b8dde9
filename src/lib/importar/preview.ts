/**
 * A checked workbook's dataset as the preview shows it: the explorer's data, the metas for the
 * LOCALIZACIÓN maps, and figures marked as a local preview so a printed one cannot pass for a
 * published figure. Pure.
 */
import type { Dataset, PublishedMeta } from '../dataset/build.ts';
import { toExploreData, type ExploreData } from '../dataset/explore.ts';
import type { FigureSpec } from '../figure/compose.ts';
import { IMPORT_TEXT } from './labels.ts';

export interface Preview {
	/** The file (or files) the data came from. */
	file: string;
	dataset: Dataset;
	explore: ExploreData;
	metaTitles: { number: number; title: string }[];
	/** Short name of each municipality by DIVIPOLA code. */
	names: Record<string, string>;
	/** The meta the LOCALIZACIÓN map opens on: the first that names a municipality, else the first. */
	firstMeta: number | null;
	/** Places of intervention (LOCALIZACIÓN or text) counted once per meta and municipality. */
	places: number;
}

export function previewOf(dataset: Dataset, file: string): Preview {
	return {
		file,
		dataset,
		explore: toExploreData(dataset),
		metaTitles: dataset.metas.map((m) => ({ number: m.number, title: m.title })),
		firstMeta:
			(dataset.metas.find((m) => m.places.some((p) => p.divipola)) ?? dataset.metas[0])?.number ?? null,
		names: Object.fromEntries(dataset.municipalities.map((m) => [m.divipola, m.shortName])),
		places: dataset.metas.reduce(
			(n, m) => n + new Set(m.places.filter((p) => p.divipola).map((p) => p.divipola)).size,
			0
		)
	};
}

/** The municipalities a meta names (the labels its map places first). */
export function namedCodes(meta: PublishedMeta): string[] {
	return [...new Set(meta.places.filter((p) => p.divipola).map((p) => p.divipola as string))];
}

/** A figure of the preview: its file name, subtitle and notes say it is not published. */
export function previewFigure(spec: FigureSpec, file: string): FigureSpec {
	return {
		...spec,
		slug: `vista-previa-${spec.slug}`,
		subtitle: `${IMPORT_TEXT.figureSubtitle} · ${spec.subtitle}`,
		notes: [IMPORT_TEXT.figureNote(file), ...spec.notes]
	};
}
