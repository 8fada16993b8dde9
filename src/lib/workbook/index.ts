/**
 * The edition as a workbook and back: what the Secretaría's staff fill in a spreadsheet program.
 * Pure and browser-safe. The file formats (.xlsx, .ods through SheetJS) live in `sheetjs.ts`,
 * which is not re-exported here so that only a page or command that reads or writes files loads
 * the library: `const io = await loadSpreadsheetIO()`.
 */
export type { Cell, Sheet, WorkbookModel } from './model.ts';
export { columnLetter, columnIndex, showCell, isEmpty } from './model.ts';
export { SHEETS, EDITION_FIELDS, headerKey, specOfSheet } from './sheets.ts';
export type { SheetSpec, ColumnSpec, SheetName, EditionField } from './sheets.ts';
export { PROBLEM_CATALOGUE, formatProblem, formatNotice } from './problems.ts';
export type { Problem, Notice, ProblemCode } from './problems.ts';
export { editionToWorkbook, templateWorkbook, draftWorkbook, instructionsSheet, MARKER } from './export.ts';
export type { EditionSources, DraftSheets } from './export.ts';
export { workbookToEdition } from './import.ts';
export type { ImportOptions, ImportResult } from './import.ts';
export type { Base } from './read-edition.ts';
export type { EditionFiles } from './yaml.ts';
export { editionFiles } from './yaml.ts';
export { seal, isSealedUnchanged, fingerprint } from './seal.ts';
export { sniff, LIMITS } from './container.ts';
export { readCsvFiles, writeCsvFiles, asCsvModel, decodeText, separatorOf, sheetNameOfFile } from './csv.ts';
export { parseFunding, formatFunding } from './funding.ts';
export { parseNumberText, readNumber, readChoice, readText, MAX_MILLIONS } from './values.ts';

/** The spreadsheet file adapter (SheetJS), loaded on demand. */
export const loadSpreadsheetIO = () => import('./sheetjs.ts');
