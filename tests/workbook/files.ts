/**
 * Real files of the kinds staff (or a mistake) may produce that are not a usable workbook: a
 * legacy .xls written by SheetJS's BIFF8 writer, a password-protected OOXML container (a CFB with
 * the EncryptionInfo and EncryptedPackage streams, the structure Office writes), a zip bomb (a
 * deflated sheet that inflates past the limit), a sheet declaring a million rows, a picture.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import type { WorkbookModel } from '../../src/lib/workbook/index.ts';
import { writeWorkbookBytes } from '../../src/lib/workbook/sheetjs.ts';

export function legacyXls(model: WorkbookModel): Uint8Array {
	const wb = XLSX.read(writeWorkbookBytes(model, 'xlsx'), { type: 'array' });
	return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xls' }) as ArrayBuffer);
}

export function encryptedOoxml(): Uint8Array {
	const cfb = XLSX.CFB.utils.cfb_new();
	// EncryptionInfo starts with the version (4.4 = agile encryption) and flags, then XML.
	XLSX.CFB.utils.cfb_add(
		cfb,
		'/EncryptionInfo',
		new Uint8Array([
			4,
			0,
			4,
			0,
			0x40,
			0,
			0,
			0,
			...new TextEncoder().encode('<?xml version="1.0"?><encryption/>')
		])
	);
	XLSX.CFB.utils.cfb_add(
		cfb,
		'/EncryptedPackage',
		new Uint8Array(4096).map((_, i) => (i * 37) % 256)
	);
	return new Uint8Array(XLSX.CFB.write(cfb, { type: 'array', fileType: 'cfb' }) as ArrayLike<number>);
}

interface Entry {
	name: string;
	data: Uint8Array;
	/** Stored as is (method 0), as ODF packages keep `mimetype` and encrypted streams. */
	stored?: boolean;
}

/** A zip, byte by byte (local headers, central directory, end record). */
export function zip(entries: readonly Entry[]): Uint8Array {
	const parts: Uint8Array[] = [];
	const central: Uint8Array[] = [];
	let offset = 0;
	for (const e of entries) {
		const name = new TextEncoder().encode(e.name);
		const packed = e.stored ? e.data : deflateRawSync(e.data);
		const method = e.stored ? 0 : 8;
		const crc = crc32(e.data);
		const local = new DataView(new ArrayBuffer(30));
		local.setUint32(0, 0x04034b50, true);
		local.setUint16(4, 20, true);
		local.setUint16(8, method, true);
		local.setUint32(14, crc, true);
		local.setUint32(18, packed.length, true);
		local.setUint32(22, e.data.length, true);
		local.setUint16(26, name.length, true);
		parts.push(new Uint8Array(local.buffer), name, packed);
		const cd = new DataView(new ArrayBuffer(46));
		cd.setUint32(0, 0x02014b50, true);
		cd.setUint16(4, 20, true);
		cd.setUint16(6, 20, true);
		cd.setUint16(10, method, true);
		cd.setUint32(16, crc, true);
		cd.setUint32(20, packed.length, true);
		cd.setUint32(24, e.data.length, true);
		cd.setUint16(28, name.length, true);
		cd.setUint32(42, offset, true);
		central.push(new Uint8Array(cd.buffer), name);
		offset += 30 + name.length + packed.length;
	}
	const cdSize = central.reduce((s, p) => s + p.length, 0);
	const end = new DataView(new ArrayBuffer(22));
	end.setUint32(0, 0x06054b50, true);
	end.setUint16(8, entries.length, true);
	end.setUint16(10, entries.length, true);
	end.setUint32(12, cdSize, true);
	end.setUint32(16, offset, true);
	const all = [...parts, ...central, new Uint8Array(end.buffer)];
	const out = new Uint8Array(all.reduce((s, p) => s + p.length, 0));
	let at = 0;
	for (const p of all) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

const xml = (s: string) => new TextEncoder().encode(s);

/** An .xlsx whose one sheet inflates to 120 MB of blank space (about 120 kB on disk). */
export function zipBomb(): Uint8Array {
	const sheet = new Uint8Array(120 * 1024 * 1024).fill(0x20);
	return zip([
		{ name: '[Content_Types].xml', data: xml('<?xml version="1.0"?><Types/>') },
		{ name: 'xl/workbook.xml', data: xml('<?xml version="1.0"?><workbook/>') },
		{ name: 'xl/worksheets/sheet1.xml', data: sheet }
	]);
}

/** A real .xlsx of `model` whose «metas» sheet declares (and uses) the last cell, XFD1048576. */
export function hugeDimensions(model: WorkbookModel): Uint8Array {
	const bytes = writeWorkbookBytes(model, 'xlsx');
	const cfb = XLSX.CFB.read(bytes, { type: 'array' });
	const wb = XLSX.read(bytes, { type: 'array', bookSheets: true });
	const index = wb.SheetNames.indexOf('metas') + 1;
	const path = cfb.FullPaths.findIndex((p: string) => p.endsWith(`xl/worksheets/sheet${index}.xml`));
	const entry = cfb.FileIndex[path];
	const text = new TextDecoder()
		.decode(entry.content)
		.replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD1048576"/>')
		.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="str"><v>x</v></c></row></sheetData>');
	entry.content = xml(text);
	entry.size = entry.content.length;
	return new Uint8Array(XLSX.CFB.write(cfb, { type: 'array', fileType: 'zip' }) as ArrayLike<number>);
}

/** The first bytes of a JPEG photo: what a wrong attachment looks like. */
export function jpeg(): Uint8Array {
	return new Uint8Array([
		0xff,
		0xd8,
		0xff,
		0xe0,
		0x00,
		0x10,
		0x4a,
		0x46,
		0x49,
		0x46,
		0x00,
		0x01,
		...new Uint8Array(500)
	]);
}
