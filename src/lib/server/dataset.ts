/**
 * The datasets as the app sees them, built at build time from the same source
 * files as `npm run data:json` (imported as text by Vite): every edition folder
 * under src/data/ediciones/, newest first, as the commands order them. The
 * newest is the one the site shows at its root; each is also at /<id>/.
 *
 * A build with EDICIONES_PRUEBA=1 adds the fictitious fixture editions of
 * tests/fixtures/ediciones/ (for the browser tests of editions side by side);
 * a normal build never reads them.
 */
import { error } from '@sveltejs/kit';
import lugares from '../../data/lugares.yaml?raw';
import municipios from '../../../geodata/municipios.json?raw';
import { buildDataset, type Dataset } from '../dataset/index.ts';
import { newestFirst, parseEdition } from '../report/index.ts';

type Files = Record<string, string>;

const shipped: Files = import.meta.glob<string>('../../data/ediciones/*/{edicion,metas,informe}.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
});
const fixtures: Files = import.meta.glob<string>(
	'../../../tests/fixtures/ediciones/*/{edicion,metas,informe}.yaml',
	{ query: '?raw', import: 'default', eager: true }
);

export interface EditionEntry {
	id: string;
	/** The period label pages name it by ("2024-2025"). */
	label: string;
	date: string;
	dataset: () => Dataset;
}

function entriesOf(files: Files): EditionEntry[] {
	return Object.keys(files)
		.filter((p) => p.endsWith('/edicion.yaml'))
		.map((p) => p.slice(0, -'/edicion.yaml'.length))
		.map((dir) => {
			const id = dir.slice(dir.lastIndexOf('/') + 1);
			const descriptor = parseEdition(files[`${dir}/edicion.yaml`], `ediciones/${id}/edicion.yaml`);
			const text = (name: string) => {
				const t = files[`${dir}/${name}`];
				if (t === undefined) throw new Error(`ediciones/${id}/${name}: falta el archivo`);
				return t;
			};
			let built: Dataset | undefined;
			return {
				id,
				label: descriptor.period.label,
				date: descriptor.published.date,
				dataset: () =>
					(built ??= buildDataset({
						edicion: text('edicion.yaml'),
						metas: text('metas.yaml'),
						informe: text('informe.yaml'),
						lugares,
						municipios
					}))
			};
		});
}

let cached: EditionEntry[] | undefined;

/** Every edition the site publishes, newest first (never empty). */
export function editions(): EditionEntry[] {
	if (!cached) {
		const all = [...entriesOf(shipped), ...(process.env.EDICIONES_PRUEBA ? entriesOf(fixtures) : [])];
		const ids = all.map((e) => e.id);
		const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
		if (repeated) throw new Error(`Hay dos ediciones con el identificador «${repeated}»`);
		if (all.length === 0)
			throw new Error('src/data/ediciones/: no hay ninguna edición (una carpeta con su edicion.yaml)');
		cached = all.sort(newestFirst);
	}
	return cached;
}

/** The edition with that id, or the newest when none is given; undefined for an unknown id. */
export function findEdition(id?: string): EditionEntry | undefined {
	const all = editions();
	return id === undefined ? all[0] : all.find((e) => e.id === id);
}

/** The dataset of an edition (the newest by default). Throws for an unknown id. */
export function getDataset(id?: string): Dataset {
	const e = findEdition(id);
	if (!e) throw new Error(`No hay ninguna edición «${id}»`);
	return e.dataset();
}

/**
 * For a route: the dataset of its `[[edicion]]` segment (the newest when the
 * URL has none); a 404 page for an id no edition has.
 */
export function datasetOf(param: string | undefined): Dataset {
	const e = findEdition(param);
	if (!e) error(404, `No hay una edición «${param}» del informe en este sitio`);
	return e.dataset();
}

/**
 * Prerender entries of a route under `[[edicion]]`: the route's own entries for
 * every edition at /<id>/… and, for the newest, at the root as well (the
 * addresses published before there were editions).
 */
export function editionEntries<T extends Record<string, string>>(
	own: (d: Dataset) => T[] = () => [{} as T]
): (T & { edicion?: string })[] {
	const all = editions();
	return [
		...own(all[0].dataset()),
		...all.flatMap((e) => own(e.dataset()).map((x) => ({ ...x, edicion: e.id })))
	];
}
