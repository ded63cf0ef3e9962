/**
 * Sentence splitting for the alignment of Chinese and English. A sentence ends after 。 ! ? or their
 * full-width forms (！ ？); any run of enders stays with its sentence. Joining the pieces gives the
 * input back exactly, which the alignment tests rely on.
 */
const SENTENCE = /[^。!?！？]+[。!?！？]*|[。!?！？]+/gu;

export function splitSentences(text: string): string[] {
  return text.match(SENTENCE) ?? [];
}
