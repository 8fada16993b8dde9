/**
 * «Descargar estas cifras»: the current view's figures as a file, CSV in the
 * two dialects or JSON. The page loads this (and the CSV writer, d3-dsv) on
 * the first download, not with the page.
 */
import { downloadBlob } from '../ui/download.ts';
import { CSV_ES_CO, CSV_INTERNACIONAL, csvSuffix, resultToCsv } from './csv.ts';
import { serializeState, type ExploreState } from './state.ts';
import type { ExploreResult } from './values.ts';

export type FiguresFormat = 'es-CO' | 'internacional' | 'json';

export interface FiguresFile {
	name: string;
	text: string;
	type: string;
}

/** The file of `result` (computed for `view`) in `format`, named after the edition and the view. */
export function figuresFile(
	result: ExploreResult,
	view: ExploreState,
	editionId: string,
	format: FiguresFormat
): FiguresFile {
	const vista = serializeState(view).toString();
	const stamp = vista.replace(/[^a-z0-9]+/gi, '-') || 'predeterminado';
	const base = `donde-se-intervino-${editionId}-${stamp}`;
	if (format === 'json') {
		const json = {
			vista,
			unidad: result.unit,
			regla: result.ruleText,
			// As in the CSV: no amount is null, never 0 (the status says why).
			municipios: result.values.map((v) => ({ ...v, value: v.status === 'alcanzado' ? v.value : null }))
		};
		return { name: `${base}.json`, text: JSON.stringify(json, null, 2), type: 'application/json' };
	}
	const dialect = format === 'es-CO' ? CSV_ES_CO : CSV_INTERNACIONAL;
	return {
		name: `${base}${csvSuffix(dialect)}.csv`,
		text: resultToCsv(result, dialect),
		type: 'text/csv;charset=utf-8'
	};
}

/** Saves that file through the browser's download. */
export function downloadFigures(...args: Parameters<typeof figuresFile>): void {
	const file = figuresFile(...args);
	downloadBlob(new Blob([file.text], { type: file.type }), file.name);
}
