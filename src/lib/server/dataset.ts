/**
 * The dataset as the app sees it, built once at build time from the same
 * source files as `npm run data:json` (imported as text by Vite).
 */
import edicion from '../../data/ediciones/2024-2025/edicion.yaml?raw';
import metas from '../../data/ediciones/2024-2025/metas.yaml?raw';
import informe from '../../data/ediciones/2024-2025/informe.yaml?raw';
import lugares from '../../data/lugares.yaml?raw';
import municipios from '../../../geodata/municipios.json?raw';
import { buildDataset, type Dataset } from '../dataset/index.ts';

let cached: Dataset | undefined;

export function getDataset(): Dataset {
	cached ??= buildDataset({ edicion, metas, informe, lugares, municipios });
	return cached;
}
