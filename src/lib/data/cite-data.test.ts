import { describe, expect, it } from 'vitest';
import { dataBibtex, dataCitation, dataCitationZh } from './cite-data';

const input = { version: '1.0.0', date: '2026-11-29', url: 'https://example.org/data/#v1.0.0' };

describe('citing the data', () => {
  it('in prose: speaker, both titles, event, place and date, the edition, version and address', () => {
    expect(dataCitation(input)).toBe(
      'Wu, Eddie (吴泳铭). “吴泳铭2024云栖大会主题演讲” [Keynote at the 2024 Apsara Conference]. Keynote address, 2024 Apsara Conference, Hangzhou, 19 September 2024. In Eddie Wu at Apsara 2024 — an annotated edition: data files (TEI P5, TMX 1.4b, JSON and plain text), edited and translated by the Apsara 2024 Keynote Edition editors. Version 1.0.0. Apsara 2024 Keynote Edition, 29 November 2026. https://example.org/data/#v1.0.0.',
    );
  });

  it('as BibTeX', () => {
    expect(dataBibtex(input)).toBe(`@misc{wu2024apsara-data-1-0-0,
  author = {Wu, Eddie},
  title = {吴泳铭2024云栖大会主题演讲 [Keynote at the 2024 Apsara Conference]},
  howpublished = {Data files (TEI P5, TMX 1.4b, JSON and plain text) of Eddie Wu at Apsara 2024 — an annotated edition, edited and translated by the Apsara 2024 Keynote Edition editors},
  version = {1.0.0},
  year = {2026},
  date = {2026-11-29},
  url = {https://example.org/data/#v1.0.0},
  note = {Keynote address, 2024 Apsara Conference, Hangzhou, 19 September 2024. Chinese text verbatim; English translation by the editors},
}`);
  });

  it('for a Chinese reader, after GB/T 7714 ([DS/OL]): speaker, Chinese title, the formats, the edition, version, date and address', () => {
    expect(dataCitationZh(input)).toBe(
      '吴泳铭. 吴泳铭2024云栖大会主题演讲：数据文件（TEI P5、TMX 1.4b、JSON和纯文本）[DS/OL]. Apsara 2024 Keynote Edition编译. 版本1.0.0. (2026-11-29)[引用日期]. https://example.org/data/#v1.0.0.',
    );
  });
});
