/**
 * The import page (/importar): a workbook checked in the browser and previewed, or a report
 * document read into a draft, with nothing sent anywhere. The light parts are here (which files,
 * the problems and the draft as listed, the preview's figures); the readers, the checks and the
 * dataset build are in `engine.ts`, which `session.ts` loads when a file is read, after
 * `jitless.ts` (zod must not compile code under the site's policy).
 */
export { ACCEPT, planFiles, roleOf, PREVIEW_ID, DOCUMENT_BYTES } from './files.ts';
export type { Plan, PickedFile, FileRole } from './files.ts';
export { groupProblems, type ProblemGroup, type ProblemItem } from './problems.ts';
export { draftView, type DraftView, type DraftMetaView, type DraftFieldView } from './draft-view.ts';
export { previewOf, previewFigure, namedCodes, type Preview } from './preview.ts';
export { IMPORT_TEXT, STATUS_LABELS } from './labels.ts';
export { readPicked, announce, templateBlob, draftBlob, type Outcome, type Picked } from './session.ts';
