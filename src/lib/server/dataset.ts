/**
 * The dataset as the app sees it, built once at build time from the same
 * source files as `npm run data:json` (imported as text by Vite): the newest
 * edition under src/data/ediciones/, as `data:json` picks it by default.
 */
import lugares from '../../data/lugares.yaml?raw';
import municipios from '../../../geodata/municipios.json?raw';
import { buildDataset, type Dataset } from '../dataset/index.ts';
import { newestFirst, parseEdition } from '../report/index.ts';

const files = import.meta.glob<string>('../../data/ediciones/*/{edicion,metas,informe}.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
});

/** The edition folders (those with an edicion.yaml), newest first. */
function editions(): { id: string; text: (name: string) => string }[] {
	const folders = Object.keys(files)
		.filter((p) => p.endsWith('/edicion.yaml'))
		.map((p) => p.slice(0, -'/edicion.yaml'.length));
	return folders
		.map((dir) => {
			const id = dir.slice(dir.lastIndexOf('/') + 1);
			const descriptor = parseEdition(files[`${dir}/edicion.yaml`], `ediciones/${id}/edicion.yaml`);
			const text = (name: string) => {
				const t = files[`${dir}/${name}`];
				if (t === undefined) throw new Error(`ediciones/${id}/${name}: falta el archivo`);
				return t;
			};
			return { id, date: descriptor.published.date, text };
		})
		.sort(newestFirst);
}

let cached: Dataset | undefined;

export function getDataset(): Dataset {
	if (!cached) {
		const [newest] = editions();
		if (!newest)
			throw new Error('src/data/ediciones/: no hay ninguna edición (una carpeta con su edicion.yaml)');
		cached = buildDataset({
			edicion: newest.text('edicion.yaml'),
			metas: newest.text('metas.yaml'),
			informe: newest.text('informe.yaml'),
			lugares,
			municipios
		});
	}
	return cached;
}
