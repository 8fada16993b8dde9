/**
 * A report document in the Secretarías' template -> a draft of the edition
 * (metas, figures with their verbatim and status, places with evidence), for
 * staff to review instead of typing. Pure and browser-safe: readers take text
 * or bytes, never paths.
 */
export { readText, detectTextFormat, type CanonicalDocument } from './document.ts';
export { readDocx, DocxError } from './docx.ts';
export { draftFromDocument, type DraftContext, type DraftSource } from './draft.ts';
export { draftToRows, fundingText, type DraftRows, type MetaRow, type LugarRow } from './rows.ts';
export { scoreDraft, formatScore, type ScoreRow, type Outcome } from './score.ts';
export * from './schema.ts';
