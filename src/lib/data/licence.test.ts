import { describe, expect, it } from 'vitest';
import { EDITION_LICENCE, licenceStatements, licenceStatementsZh } from './licence';

describe('what may be done with the edition’s words', () => {
  it('says it in English: the speech and its frame are not the edition’s, and the edition’s own text is under the declared licence', () => {
    expect(licenceStatements(EDITION_LICENCE)).toEqual({
      speech:
        'The Chinese text is the speech of Eddie Wu (吴泳铭), delivered at the 2024 Apsara Conference, and the lines around it (the news lead, the pull quote and the introduction to the full text) are its publisher’s. The edition reproduces them verbatim, byte for byte, as a historical record for study and commentary. It claims no rights in them and grants none: reusing them is a matter for their owners and for the law that applies to the user (for instance on quotation). The edition is not affiliated with, sponsored by or endorsed by Alibaba Group or Alibaba Cloud.',
      edition:
        'The edition’s own text (the English translation, the editorial notes, the glossary and the introductions) is licensed under the Creative Commons Attribution 4.0 International licence (CC-BY-4.0, https://creativecommons.org/licenses/by/4.0/): it may be shared and adapted, for any purpose, with attribution to the edition and its version.',
    });
  });

  it('says it in Chinese for the Chinese data page: the speech is not the edition’s, and the edition’s own text is under the declared licence', () => {
    expect(licenceStatementsZh(EDITION_LICENCE)).toEqual({
      speech:
        '中文原文是吴泳铭在2024云栖大会上的演讲，原文前后的文字（新闻导语、引语和全文引导语）出自其发布方。本版逐字收录，作为供研究和评注之用的历史记录。本版对其不主张任何权利，也不授予任何权利：如何使用原文，由其权利人及使用者所适用的法律（例如关于引用的规定）决定。本版与阿里巴巴集团或阿里云无关联，未获其赞助或认可。',
      edition:
        '本版自撰的文字（英译、编者注释、术语表和导言）采用Creative Commons Attribution 4.0 International许可协议（CC-BY-4.0，https://creativecommons.org/licenses/by/4.0/）：可为任何目的分享和改编，但须注明出自本版及其版本号。',
    });
  });

  it('says, in both languages, that no licence is declared when none is, rather than naming one', () => {
    expect(licenceStatements(undefined).edition).toBe(
      'The edition’s own text (the English translation, the editorial notes, the glossary and the introductions) is the editors’. No licence for it has been declared yet: quote it with attribution, naming the edition, its version and the address, as for any publication.',
    );
    expect(licenceStatementsZh(undefined).edition).toBe(
      '本版自撰的文字（英译、编者注释、术语表和导言）归编者所有，尚未声明许可协议：引用时请注明本版、版本号和地址。',
    );
  });
});
