/**
 * One pick of files on the import page, from the files to what the page shows: refused with a
 * reason, a workbook's problems, a workbook's preview, or a document's draft. The engine (and
 * with it zod, YAML, the dataset build, SheetJS) and what lists its answer are loaded the first
 * time a file is read.
 */
import type { Draft } from '../draft/schema.ts';
import type { DraftView } from './draft-view.ts';
import { planFiles } from './files.ts';
import { IMPORT_TEXT } from './labels.ts';
import type { Preview } from './preview.ts';
import type { ProblemGroup } from './problems.ts';

/** What the page needs of a picked file (a DOM `File` is one). */
export interface Picked {
	name: string;
	size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

export type Outcome =
	| { kind: 'refused'; message: string }
	| { kind: 'problems'; file: string; groups: ProblemGroup[]; count: number; notices: string[] }
	| { kind: 'preview'; preview: Preview; notices: string[] }
	| { kind: 'draft'; file: string; draft: Draft; view: DraftView };

type Engine = typeof import('./engine.ts');
let loaded: Promise<{ engine: Engine; ctx: ReturnType<Engine['importContext']> }> | undefined;

/** The engine and its context, loaded once (zod set to jitless before any schema exists). */
export function engine() {
	loaded ??= (async () => {
		await import('./jitless.ts');
		const e = await import('./engine.ts');
		return { engine: e, ctx: e.importContext() };
	})();
	loaded.catch(() => (loaded = undefined));
	return loaded;
}

/** What turns the engine's answer into what the page lists: loaded with the engine, not with the page. */
const views = () => Promise.all([import('./preview.ts'), import('./draft-view.ts'), import('./problems.ts')]);

const names = (files: readonly Picked[]) => files.map((f) => f.name).join(', ');

export async function readPicked(files: readonly Picked[]): Promise<Outcome> {
	const plan = planFiles(files);
	if (!plan.ok) return { kind: 'refused', message: plan.message };
	try {
		const [{ engine: e, ctx }, [{ previewOf }, { draftView }, { groupProblems }]] = await Promise.all([
			engine(),
			views()
		]);
		const inputs = await Promise.all(
			files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))
		);
		const file = names(files);
		if (plan.role === 'libro') {
			const out = await e.checkWorkbook(inputs, ctx);
			if (!out.ok) {
				return {
					kind: 'problems',
					file,
					groups: groupProblems(out.problems),
					count: out.problems.length,
					notices: out.notices
				};
			}
			return { kind: 'preview', preview: previewOf(out.dataset, file), notices: out.notices };
		}
		const out = await e.draftDocument(inputs[0], ctx);
		if (!out.ok) return { kind: 'refused', message: out.message };
		return { kind: 'draft', file, draft: out.draft, view: draftView(out.draft) };
	} catch (err) {
		return { kind: 'refused', message: IMPORT_TEXT.failed((err as Error).message) };
	}
}

/** What the live region says once a pick is read. */
export function announce(o: Outcome): string {
	switch (o.kind) {
		case 'refused':
			return o.message;
		case 'problems':
			return `${IMPORT_TEXT.problemsHeading(o.count)}.`;
		case 'preview':
			return `${IMPORT_TEXT.previewBanner} ${IMPORT_TEXT.previewSummary(o.preview.dataset.metas.length, o.preview.places)}`;
		case 'draft':
			return `${IMPORT_TEXT.draftHeading(o.file)}: ${IMPORT_TEXT.draftSummary(o.view.metas.length, o.view.review)}`;
	}
}

/** The template workbook, as `data:export --plantilla` writes it. */
export async function templateBlob(): Promise<Blob> {
	const { engine: e, ctx } = await engine();
	return e.templateFile(ctx);
}

/** The draft as the workbook to review and import. */
export async function draftBlob(draft: Draft): Promise<Blob> {
	const { engine: e, ctx } = await engine();
	return e.draftFile(draft, ctx);
}
