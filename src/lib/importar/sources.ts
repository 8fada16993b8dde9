/**
 * The files the build reads, as text, for the import page: the recorded place decisions, the
 * territory and the newest edition's descriptor and report info (the base an imported workbook
 * takes missing fields from, and the identity the template and the draft start from). Loaded
 * only through `engine.ts`, so no other page ships them.
 */
import lugares from '../../data/lugares.yaml?raw';
import municipios from '../../../geodata/municipios.json?raw';

const files = import.meta.glob<string>('../../data/ediciones/*/{edicion,informe}.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
});

export interface EditionTexts {
	id: string;
	edicion: string;
	informe: string;
}

export interface SourceTexts {
	lugares: string;
	municipios: string;
	/** Every edition folder with both files (the caller picks the newest). */
	editions: EditionTexts[];
}

export function sourceTexts(): SourceTexts {
	const editions: EditionTexts[] = [];
	for (const [path, edicion] of Object.entries(files)) {
		if (!path.endsWith('/edicion.yaml')) continue;
		const dir = path.slice(0, -'/edicion.yaml'.length);
		const informe = files[`${dir}/informe.yaml`];
		if (informe === undefined) continue;
		editions.push({ id: dir.slice(dir.lastIndexOf('/') + 1), edicion, informe });
	}
	return { lugares, municipios, editions };
}
