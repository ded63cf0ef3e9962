/**
 * What may be done with the edition's words, in one place: the /data/ page, the TEI header
 * (availability) and edition.json all read it.
 *
 * The speech is Eddie Wu's and the transcript's frame its publisher's: the edition reproduces them as
 * a historical record and can license neither. Its own text (the translation, notes, glossary and
 * introductions) is the editors', licensed under CC BY 4.0 from version 1.0.0 (EDITION_LICENCE); every
 * format states it.
 */
export interface Licence {
  readonly name: string;
  readonly id: string;
  readonly url: string;
}

export const CC_BY_4: Licence = {
  name: 'Creative Commons Attribution 4.0 International',
  id: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

/** The declared licence of the edition's own text (undefined would say that none is declared). */
export const EDITION_LICENCE: Licence | undefined = CC_BY_4;

/** The edition's own text: what the licence covers. */
export const OWN_TEXT = 'the English translation, the editorial notes, the glossary and the introductions';

/** One paragraph each, plain text, for every format. */
/** `licence` is what applies, `undefined` when none is declared (no default: an explicit `undefined` must say so). */
export function licenceStatements(licence: Licence | undefined): {
  speech: string;
  edition: string;
} {
  return {
    speech:
      'The Chinese text is the speech of Eddie Wu (吴泳铭), delivered at the 2024 Apsara Conference, and the lines around it (the news lead, the pull quote and the introduction to the full text) are its publisher’s. The edition reproduces them verbatim, byte for byte, as a historical record for study and commentary. It claims no rights in them and grants none: reusing them is a matter for their owners and for the law that applies to the user (for instance on quotation). The edition is not affiliated with, sponsored by or endorsed by Alibaba Group or Alibaba Cloud.',
    edition: licence
      ? `The edition’s own text (${OWN_TEXT}) is licensed under the ${licence.name} licence (${licence.id}, ${licence.url}): it may be shared and adapted, for any purpose, with attribution to the edition and its version.`
      : `The edition’s own text (${OWN_TEXT}) is the editors’. No licence for it has been declared yet: quote it with attribution, naming the edition, its version and the address, as for any publication.`,
  };
}

/** The same statements in Chinese, for the Chinese /zh/data/ page. */
export function licenceStatementsZh(licence: Licence | undefined): {
  speech: string;
  edition: string;
} {
  return {
    speech:
      '中文原文是吴泳铭在2024云栖大会上的演讲，原文前后的文字（新闻导语、引语和全文引导语）出自其发布方。本版逐字收录，作为供研究和评注之用的历史记录。本版对其不主张任何权利，也不授予任何权利：如何使用原文，由其权利人及使用者所适用的法律（例如关于引用的规定）决定。本版与阿里巴巴集团或阿里云无关联，未获其赞助或认可。',
    edition: licence
      ? `本版自撰的文字（英译、编者注释、术语表和导言）采用${licence.name}许可协议（${licence.id}，${licence.url}）：可为任何目的分享和改编，但须注明出自本版及其版本号。`
      : '本版自撰的文字（英译、编者注释、术语表和导言）归编者所有，尚未声明许可协议：引用时请注明本版、版本号和地址。',
  };
}
