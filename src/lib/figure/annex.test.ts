/** The annex's indice.csv: the staff's spreadsheet dialect, one row per figure, hostile titles neutralised. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/data/sources.ts';
import { buildDataset } from '../dataset/index.ts';
import { parseTerritory } from '../geo/index.ts';
import { annexIndexCsv, annexSpecs } from './annex.ts';

const root = resolve(import.meta.dirname, '../../..');
const territory = parseTerritory(readFileSync(resolve(root, 'geodata/municipios.json'), 'utf8'));
const specs = annexSpecs(buildDataset(readSources()), territory);

describe('annexIndexCsv', () => {
	it('lists the 23 figures with BOM, «;» and CRLF', () => {
		const csv = annexIndexCsv(specs);
		expect(csv.startsWith('\uFEFFfigura;svg;png;titulo;leyenda_pie\r\n')).toBe(true);
		const rows = dsvFormat(';').parse(csv.slice(1));
		expect(rows).toHaveLength(23);
		expect(rows[0]).toMatchObject({
			figura: '1',
			svg: 'meta-01-localizacion.svg',
			png: 'meta-01-localizacion.png'
		});
		expect(rows[5].titulo).toBe(
			'Meta 6: Programas de gestión empresarial ejecutados en unidades productivas para el fortalecimiento de capacidades gerenciales'
		);
	});

	it('neutralises a title a spreadsheet would run', () => {
		const hostile = [{ ...specs[0], title: '=HYPERLINK("http://x.example";"clic")', caption: '@SUM(A1)' }];
		expect(annexIndexCsv(hostile).split('\r\n')[1]).toBe(
			'1;meta-01-localizacion.svg;meta-01-localizacion.png;"\'=HYPERLINK(""http://x.example"";""clic"")";\'@SUM(A1)'
		);
	});
});
