/**
 * What `npm run figures` accepts and how it recognises its own output. Kept
 * apart from the builder so that a refused command line or folder answers
 * without loading the figure code or Playwright.
 */
import { checkIsoDate, type CommandSpec } from '../lib/args.ts';
import type { OutputKind } from '../lib/output.ts';

/** The annex's manifest: what `npm run figures` wrote into DIR, so a later run may replace it. */
export const ANNEX_OUTPUT: OutputKind = {
	command: 'npm run figures',
	manifestName: '.anexo-manifiesto.json'
};

export const ANNEX_COMMAND = {
	usage: 'npm run figures --',
	summary:
		'Escribe el anexo de mapas del informe: el mapa de LOCALIZACIÓN de cada meta y los mapas del departamento y de\n' +
		'las subregiones, en SVG y PNG a 300 ppp, más anexo-mapas.pdf e indice.csv. La carpeta --out debe ser nueva, estar\n' +
		'vacía o tener un anexo anterior escrito por este comando (sin archivos añadidos ni cambiados); si algo falla o se\n' +
		'interrumpe, queda como estaba.',
	options: {
		out: { type: 'string', valueName: 'CARPETA', help: 'Carpeta donde escribir el anexo', required: true },
		papel: {
			type: 'string',
			valueName: 'a4|carta',
			help: 'Tamaño del papel del PNG y del PDF',
			default: 'a4',
			choices: ['a4', 'carta'],
			aliases: { letter: 'carta', oficio: 'carta', legal: 'carta' }
		},
		orientacion: {
			type: 'string',
			valueName: 'vertical|horizontal',
			help: 'Orientación de la página',
			default: 'vertical',
			choices: ['vertical', 'horizontal'],
			aliases: { portrait: 'vertical', landscape: 'horizontal', apaisada: 'horizontal', retrato: 'vertical' }
		},
		edicion: {
			type: 'string',
			valueName: 'ID',
			help: 'La edición del informe (una carpeta de src/data/ediciones/; por defecto la más reciente)'
		},
		fichas: {
			type: 'boolean',
			help: 'Añade la ficha A4 de cada municipio: un PNG a 300 ppp por municipio y fichas-municipales.pdf'
		},
		fecha: {
			type: 'string',
			valueName: 'AAAA-MM-DD',
			help: 'Fecha impresa en cada figura (por defecto: hoy; fíjela para repetir el mismo resultado)',
			check: checkIsoDate('--fecha')
		}
	},
	examples: [
		'npm run figures -- --out anexo',
		'npm run figures -- --out anexo-2024-2025 --edicion 2024-2025',
		'npm run figures -- --out anexo-con-fichas --fichas',
		'npm run figures -- --out anexo-carta --papel carta --orientacion horizontal --fecha 2025-11-28'
	]
} as const satisfies CommandSpec;
