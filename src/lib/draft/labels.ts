/**
 * The report template's words: the labels that open each part of a meta and
 * the instructions staff are meant to replace. Matched on folded text
 * (foldKeepingLength: lower case, no accents, same length), with the small
 * variations a copy of the template picks up («¿Cuánto se ha invertido?»).
 */

export type LabelId =
	| 'headerRow'
	| 'done'
	| 'investment'
	| 'beneficiaries'
	| 'ejecucion'
	| 'how'
	| 'who'
	| 'when'
	| 'impacto'
	| 'impactQuestion'
	| 'localizacion'
	| 'where'
	| 'photos';

/** Folded patterns; `g` so every occurrence can be listed. */
export const LABELS: Record<LabelId, RegExp> = {
	headerRow: /cumplimiento\s*\/\s*avance/g,
	done: /¿?\s*que se (?:hizo|ha hecho|realizo)\s*\??/g,
	investment: /¿?\s*cuanto se (?:ha )?(?:invirtio|invertido|invierte)\s*\??/g,
	beneficiaries: /¿?\s*(?:que|a que) poblacion se (?:ha )?(?:atendio|atendido|beneficio)\s*\??/g,
	ejecucion: /\bejecucion\b/g,
	how: /¿?\s*como se (?:hizo|realizo|ejecuto)\s*\??/g,
	who: /¿?\s*con quien(?:es)? se (?:ejecuto|realizo|hizo)\s*\??/g,
	when: /¿?\s*cuando se (?:realizo|ejecuto|hizo)\s*\??/g,
	impacto: /\bimpacto\b/g,
	impactQuestion: /¿?\s*que impacto(?: y\s*\/\s*o resultado)? se (?:produjo|genero|logro)\s*\??/g,
	localizacion: /\blocalizacion\b/g,
	where: /¿?\s*donde se (?:intervino|ejecuto|realizo)\s*\??/g,
	photos: /\bregistro fotografico\b/g
};

/**
 * Section headings (EJECUCIÓN, IMPACTO, LOCALIZACIÓN) are ordinary words too
 * («en ejecución desde...»): a heading is written in capitals, or followed
 * by its question.
 */
export const HEADING_QUESTION: Partial<Record<LabelId, LabelId>> = {
	ejecucion: 'how',
	impacto: 'impactQuestion',
	localizacion: 'where'
};

/** Headings that end the metas: the template's next parts. */
export const END_OF_METAS =
	/^[\t ]*(?:cumplimiento\s*\/\s*avance por nivel del pdd|analisis de los indicadores de resultado|tabla \d+\.? indicadores de resultado)/m;

/** Phrases of the template's instructions (folded), any one of which marks text left unfilled. */
export const TEMPLATE_PHRASES = [
	'indicar la participacion por grupos etarios',
	'incluir y destacar los resultados en atencion',
	'indicar municipios-subregiones',
	'indicar municipios - subregiones',
	'presentar mapa con municipios',
	'especificar si fueron zonas urbanas o rurales',
	'indicar que dificultades y oportunidades',
	'que gestion y con que aliados se trabajo',
	'instrumentos, normas, convenios, etc',
	'especificar el periodo de intervencion',
	'indicar como la meta de producto contribuyo',
	'indicar el valor invertido',
	'indicar la fuente de financiacion',
	'indicar el porcentaje',
	'exponer el porcentaje de cumplimiento'
];

/** Instructions start with an infinitive («Indicar...», «Especificar...»), sometimes after «IMPORTANTE:». */
const INSTRUCTION_START =
	/^(?:importante\s*:\s*)?(?:indicar|especificar|presentar|describir|incluir|relacionar|senalar|registrar|mencionar|detallar|diligenciar|exponer|anexar|adjuntar)\b/;

/** Whether a folded sentence is a template instruction. */
export function isInstruction(foldedSentence: string): boolean {
	const s = foldedSentence.trim();
	return INSTRUCTION_START.test(s) || TEMPLATE_PHRASES.some((p) => s.includes(p));
}

/** Whether a canonical line is only template labels (so it is never page furniture). */
export function isLabelLine(foldedLine: string): boolean {
	let rest = foldedLine;
	for (const re of Object.values(LABELS)) rest = rest.replace(new RegExp(re.source, 'g'), ' ');
	return rest.replace(/[\s\t¿?•.:-]/g, '') === '' && rest.length !== foldedLine.length;
}
