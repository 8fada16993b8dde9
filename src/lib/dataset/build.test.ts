/**
 * The checks across files: place names against lugares.yaml and the
 * territory, a place once per evidence level, candidate metas against
 * metas.yaml. Each is a DataError at the line of the name or number.
 */
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/data/sources.ts';
import { DataError } from '../report/index.ts';
import { buildDataset, type SourceTexts } from './index.ts';

const sources = readSources();
const text = (k: keyof SourceTexts) => new TextDecoder().decode(sources[k] as Uint8Array);

function patched(file: 'metas' | 'informe' | 'lugares', from: string, to: string): SourceTexts {
	const original = text(file);
	if (!original.includes(from)) throw new Error(`${file} no contiene ${from}`);
	return { ...sources, [file]: original.replace(from, to) };
}

function errorOf(texts: SourceTexts): DataError {
	try {
		buildDataset(texts);
	} catch (e) {
		if (e instanceof DataError) return e;
		throw e;
	}
	throw new Error('no hubo error');
}

describe('buildDataset across files', () => {
	it.each([
		{
			name: 'a municipality twice at one evidence level, under two of its names',
			texts: patched(
				'metas',
				'    - { name: San José de Cúcuta, evidence: localizacion }\n',
				'    - { name: San José de Cúcuta, evidence: localizacion }\n    - { name: Cúcuta, evidence: localizacion }\n'
			),
			error:
				'metas.yaml, línea 546, columna 15: meta 8, campo «places[2].name», valor "Cúcuta": el lugar ya está en «places» con evidencia «localizacion» («San José de Cúcuta», línea 545): deje una sola entrada por lugar y nivel de evidencia, con todas sus citas en «quotes»'
		},
		{
			name: 'an unknown place, with the nearest municipality',
			texts: patched(
				'metas',
				'    - { name: Cágota, evidence: localizacion }',
				'    - { name: Cagotta, evidence: localizacion }'
			),
			error:
				'metas.yaml, línea 381, columna 15: meta 6, campo «places[6].name», valor "Cagotta": Lugar desconocido «Cagotta»: no es un municipio de Norte de Santander ni tiene una decisión registrada en lugares.yaml. ¿Quiso decir «Cácota»?'
		},
		{
			name: 'a candidate meta that is not in metas.yaml',
			texts: patched('informe', 'candidateMetas: [6, 7, 8, 9]', 'candidateMetas: [6, 7, 8, 16]'),
			error:
				'informe.yaml, línea 37, columna 31: campo «narrativeTotals[2].candidateMetas[4]», valor 16: la meta 16 no está en metas.yaml (metas: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19, 20)'
		},
		{
			name: 'a decision for a name that already is a municipality',
			texts: patched(
				'lugares',
				'# fin del archivo',
				"- { name: Cucuta, decision: alias, divipola: '54001', reason: 'Nombre corto de la capital.' }\n# fin del archivo"
			),
			error:
				'lugares.yaml, línea 66, columna 11: fila 12 («Cucuta»), campo «name», valor "Cucuta": «Cucuta» ya es el nombre de un municipio (San José de Cúcuta) y se reconoce solo: sobra esta decisión'
		},
		{
			name: 'a decision pointing at a code no municipality has',
			texts: patched('lugares', "divipola: '54125'", "divipola: '54999'"),
			error:
				'lugares.yaml, línea 15, columna 13: fila 1 («Cágota»), campo «divipola», valor "54999": 54999 no es el código de ningún municipio de Norte de Santander'
		},
		{
			name: 'a decision removed while a meta still uses the name (blamed where the name is)',
			texts: patched(
				'lugares',
				"- name: La Gabarra\n  decision: corregimiento\n  divipola: '54810'\n",
				"- name: La Gavarra\n  decision: corregimiento\n  divipola: '54810'\n"
			),
			error:
				'metas.yaml, línea 384, columna 13: meta 6, campo «places[9].name», valor "La Gabarra": Lugar desconocido «La Gabarra»: no es un municipio de Norte de Santander ni tiene una decisión registrada en lugares.yaml.'
		}
	])('rejects $name', ({ texts, error }) => {
		expect(errorOf(texts).message).toBe(error);
	});
});
