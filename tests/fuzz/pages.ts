/**
 * The data every page renders, from the routes' real load functions. The
 * routes read the dataset through `datasetOf()`; a test that mocks
 * `src/lib/server/dataset.ts` (vi.mock) decides which dataset they see.
 */
import type { Dataset } from '../../src/lib/dataset/index.ts';

async function routes() {
	return {
		home: await import('../../src/routes/[[edicion=edicion]]/+page.server.ts'),
		metas: await import('../../src/routes/[[edicion=edicion]]/metas/+page.server.ts'),
		metodo: await import('../../src/routes/[[edicion=edicion]]/metodo/+page.server.ts'),
		meta: await import('../../src/routes/[[edicion=edicion]]/meta/[numero]/+page.server.ts'),
		municipio: await import('../../src/routes/[[edicion=edicion]]/municipio/[divipola]/+page.server.ts'),
		subregiones: await import('../../src/routes/[[edicion=edicion]]/subregiones/+page.server.ts')
	};
}

type Routes = Awaited<ReturnType<typeof routes>>;
type Loaded<T extends (...args: never[]) => unknown> = Exclude<ReturnType<T>, void>;

export interface Pages {
	home: Loaded<Routes['home']['load']>;
	metas: Loaded<Routes['metas']['load']>;
	metodo: Loaded<Routes['metodo']['load']>;
	meta: Loaded<Routes['meta']['load']>[];
	municipio: Loaded<Routes['municipio']['load']>['view'][];
	subregiones: Loaded<Routes['subregiones']['load']>;
}

/** Every page of the site for `d` (which the caller's mock of getDataset must return). */
export async function loadPages(d: Dataset): Promise<Pages> {
	const r = await routes();
	const params = <T>(p: T) => ({ params: p }) as never;
	return {
		home: r.home.load(params({})),
		metas: r.metas.load(params({})),
		metodo: r.metodo.load(params({})),
		meta: d.metas.map((m) => r.meta.load(params({ numero: String(m.number) }))),
		municipio: d.municipalities.map((m) => r.municipio.load(params({ divipola: m.divipola })).view),
		subregiones: r.subregiones.load(params({}))
	};
}
