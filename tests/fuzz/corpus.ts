/**
 * The committed data files, indexed for mutation: every field name, value
 * and list item with its place in the text, so a mutation edits the text the
 * way a person would (rename a key, copy a list item) instead of rebuilding it.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Scalar } from 'yaml';
import { SOURCE_PATHS } from '../../scripts/data/sources.ts';

export type DataFile = 'edicion' | 'metas' | 'informe' | 'lugares';
export const FILES: readonly DataFile[] = ['edicion', 'metas', 'informe', 'lugares'];
export const FILE_NAMES: Record<DataFile, string> = {
	edicion: 'edicion.yaml',
	metas: 'metas.yaml',
	informe: 'informe.yaml',
	lugares: 'lugares.yaml'
};

export type Path = (string | number)[];

export interface PairInfo {
	path: Path;
	key: string;
	keyStart: number;
	keyEnd: number;
	/** End of the value's text (trailing whitespace excluded). */
	valueEnd: number;
	/** The value is a scalar or a flow collection written on the key's line. */
	oneLine: boolean;
	/** The enclosing map is a flow map `{ ... }`. */
	inFlow: boolean;
	/** The key is the first thing on its line (not after «- »). */
	startsLine: boolean;
	/** Index of the pair in its map, and the map's pairs. */
	index: number;
	siblings: number;
}

export interface ScalarInfo {
	path: Path;
	value: unknown;
	start: number;
	end: number;
	type: Scalar['type'];
	/** Inside a flow collection (commas and braces matter). */
	inFlow: boolean;
	/** Value of a block map pair whose key starts its line; column of that key. */
	blockKeyColumn: number | null;
}

export interface ItemInfo {
	path: Path;
	start: number;
	/** End of the item's text (trailing whitespace excluded). */
	end: number;
	flow: boolean;
	index: number;
	siblings: number;
}

export interface CollectionInfo {
	path: Path;
	start: number;
	end: number;
	flow: boolean;
	kind: 'map' | 'seq';
}

export interface Corpus {
	file: DataFile;
	name: string;
	text: string;
	data: unknown;
	pairs: PairInfo[];
	scalars: ScalarInfo[];
	items: ItemInfo[];
	collections: CollectionInfo[];
	/** Line (1-based) of an offset. */
	lineOf(offset: number): number;
}

function trimmedEnd(text: string, end: number): number {
	let e = end;
	while (e > 0 && /\s/.test(text[e - 1])) e--;
	return e;
}

export function indexText(file: DataFile, text: string): Corpus {
	const lc = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lc });
	const pairs: PairInfo[] = [];
	const scalars: ScalarInfo[] = [];
	const items: ItemInfo[] = [];
	const collections: CollectionInfo[] = [];
	const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

	const walk = (node: unknown, path: Path, inFlow: boolean, blockKeyColumn: number | null) => {
		if (isMap(node)) {
			const flow = Boolean(node.flow);
			const r = node.range as [number, number, number];
			collections.push({ path, start: r[0], end: trimmedEnd(text, r[1]), flow, kind: 'map' });
			node.items.forEach((pair, index) => {
				const key = pair.key as Scalar;
				const kr = key.range as [number, number, number];
				const value = pair.value as Node | null;
				const vr = value?.range as [number, number, number] | undefined;
				const valueEnd = trimmedEnd(text, vr ? vr[1] : kr[1]);
				const startsLine = text.slice(lineStart(kr[0]), kr[0]).trim() === '';
				const oneLine = !text.slice(kr[0], valueEnd).includes('\n');
				const k = String(key.value);
				pairs.push({
					path: [...path, k],
					key: k,
					keyStart: kr[0],
					keyEnd: kr[1],
					valueEnd,
					oneLine,
					inFlow: flow || inFlow,
					startsLine,
					index,
					siblings: node.items.length
				});
				const col = kr[0] - lineStart(kr[0]);
				walk(value, [...path, k], flow || inFlow, !flow && !inFlow && startsLine ? col : null);
			});
		} else if (isSeq(node)) {
			const flow = Boolean(node.flow);
			const r = node.range as [number, number, number];
			collections.push({ path, start: r[0], end: trimmedEnd(text, r[1]), flow, kind: 'seq' });
			node.items.forEach((item, index) => {
				const ir = (item as Node).range as [number, number, number];
				items.push({
					path: [...path, index],
					start: ir[0],
					end: trimmedEnd(text, ir[1]),
					flow: flow || inFlow,
					index,
					siblings: node.items.length
				});
				walk(item, [...path, index], flow || inFlow, null);
			});
		} else if (isScalar(node)) {
			const r = node.range as [number, number, number];
			scalars.push({
				path,
				value: node.value,
				start: r[0],
				end: r[1],
				type: node.type,
				inFlow,
				blockKeyColumn
			});
		}
	};
	walk(doc.contents, [], false, null);
	return {
		file,
		name: FILE_NAMES[file],
		text,
		data: doc.toJS(),
		pairs,
		scalars,
		items,
		collections,
		lineOf: (offset) => lc.linePos(offset).line
	};
}

export function readCorpus(): Record<DataFile, Corpus> {
	return Object.fromEntries(
		FILES.map((f) => [f, indexText(f, readFileSync(SOURCE_PATHS[f], 'utf8'))])
	) as Record<DataFile, Corpus>;
}
