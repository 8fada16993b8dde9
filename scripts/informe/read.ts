/** The CLI side of the draft: reads a report file from disk and the territory the resolver needs. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parsePlaceDecisions } from '../../src/lib/report/index.ts';
import { parseTerritory } from '../../src/lib/geo/index.ts';
import { readDocx, readText, type CanonicalDocument, type DraftContext } from '../../src/lib/draft/index.ts';
import { SOURCE_PATHS } from '../data/sources.ts';

/** A report file larger than this is not a report in the template (the 2024-2025 .docx would be a few MB). */
export const MAX_BYTES = 60 * 1024 * 1024;

export class InputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'InputError';
	}
}

export interface ReadDocument {
	document: CanonicalDocument;
	file: string;
	sha256: string;
}

/** Reads a .docx or a text file (PDF extraction or plain dump); Spanish errors for anything else. */
export function readReport(path: string): ReadDocument {
	if (!existsSync(path)) throw new InputError(`No se encontró el archivo «${path}».`);
	if (statSync(path).isDirectory())
		throw new InputError(`«${path}» es una carpeta; indique el archivo del informe.`);
	const size = statSync(path).size;
	if (size > MAX_BYTES) {
		throw new InputError(
			`«${path}» pesa ${Math.round(size / 1024 / 1024)} MB; un informe en la plantilla pesa mucho menos (máximo ${MAX_BYTES / 1024 / 1024} MB).`
		);
	}
	const bytes = new Uint8Array(readFileSync(path));
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const ext = extname(path).toLowerCase();
	const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
	const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf;
	let document: CanonicalDocument;
	if (ext === '.docx' || ext === '.doc' || zip || ole) document = readDocx(bytes);
	else if (ext === '.pdf' || (bytes[0] === 0x25 && bytes[1] === 0x50)) {
		throw new InputError(
			`«${basename(path)}» es un PDF: extraiga primero su texto (por ejemplo con «pdftotext -layout») o use el documento de Word (.docx).`
		);
	} else {
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			throw new InputError(
				`«${basename(path)}» no es texto UTF-8 ni un documento de Word (.docx): guárdelo como .docx o como texto UTF-8.`
			);
		}
		document = readText(text);
	}
	return { document, file: basename(path), sha256 };
}

/** Municipalities, recorded place decisions and subregions from the repository's data. */
export function draftContext(paths = SOURCE_PATHS): DraftContext {
	const territory = parseTerritory(readFileSync(paths.municipios, 'utf8'));
	return {
		department: territory.department.name,
		municipalities: territory.municipalities,
		decisions: parsePlaceDecisions(readFileSync(paths.lugares, 'utf8')),
		subregions: territory.subregions
	};
}
