/**
 * `npm run --silent informe:puntaje [-- FILE]`: drafts a report and compares
 * the draft with the committed edition (the real buildDataset), per field:
 * coinciden / por revisar / errados. Exit 1 when anything is wrong.
 * Without FILE it uses the edition's own report text.
 */
import { draftFromDocument } from '../../src/lib/draft/index.ts';
import { formatScore, scoreDraft } from '../../src/lib/draft/score.ts';
import { buildDataset } from '../../src/lib/dataset/index.ts';
import { readSources, REPORT_TEXT_PATH } from '../data/sources.ts';
import { draftContext, readReport } from './read.ts';

const [path = REPORT_TEXT_PATH] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const { document, file, sha256 } = readReport(path);
const draft = draftFromDocument(document, { file, sha256 }, draftContext());
const rows = scoreDraft(draft, buildDataset(readSources()).metas);
console.log(`Borrador de «${file}» (${document.format}) frente a metas.yaml\n`);
console.log(formatScore(rows, !process.argv.includes('--sin-detalle')));
if (rows.some((r) => r.wrong > 0)) process.exitCode = 1;
