import { describe, expect, it } from 'vitest';
import { cite, FORMATS, formatsFor, type FormId } from './cite';
import { mlaDate } from './model';
import { TEST_EDITION, TEST_TARGETS, testInput } from './fixtures/cite-edition';

const edition = TEST_EDITION;
const { speech } = TEST_TARGETS;
const input = testInput;

describe('every form', () => {
  it('takes the access date from the input, not from the version', () => {
    const later = (id: FormId) => cite(id, { edition, target: speech, accessed: '2027-01-05' });
    expect(later('mla')).toContain('Accessed 5 Jan. 2027.');
    expect(later('gbt7714-zh')).toContain('(2026-11-29)[2027-01-05]');
    expect(later('gbt7714-en')).toContain('(2026-11-29)[2027-01-05]');
    expect(later('bibtex')).toContain('urldate = {2027-01-05}');
    expect(later('ris')).toContain('Y2  - 2027/01/05');
    expect(JSON.parse(later('csl-json'))[0].accessed).toEqual({ 'date-parts': [[2027, 1, 5]] });
    // Chicago and APA give no access date to a dated, versioned source.
    for (const id of ['chicago', 'chicago-note', 'apa'] as const) expect(later(id)).toBe(cite(id, input(speech)));
  });
});

describe('the order of the formats on a citation page', () => {
  it('puts GB/T 7714 first for a Chinese reader and keeps every format, each once', () => {
    const ids = (lang: 'en' | 'zh') => formatsFor(lang).map((f) => f.id);
    expect(ids('en')).toEqual(FORMATS.map((f) => f.id));
    expect(ids('zh')[0]).toBe('gbt7714');
    expect([...ids('zh')].sort()).toEqual([...ids('en')].sort());
    expect(ids('zh').slice(1)).toEqual(ids('en').filter((id) => id !== 'gbt7714'));
  });
});

describe('what a reader sees of each format on a citation page, and the file each one downloads as', () => {
  it('names every format and form in English and in Chinese, and gives each download its type and extension', () => {
    const seen = FORMATS.map((f) => [
      `${f.id}: ${f.label} / ${f.labelZh} → .${f.fileExtension} (${f.mime})`,
      ...f.forms.map((form) => `  ${form.id}: ${form.label} / ${form.labelZh}${form.lang ? ` [${form.lang}]` : ''}`),
    ]).flat();
    expect(seen).toEqual([
      'chicago: Chicago (17th ed., notes and bibliography) / 芝加哥格式（第17版，注释—书目体系） → .txt (text/plain)',
      '  chicago-note: Note / 注释',
      '  chicago-short-note: Short note / 简注',
      '  chicago: Bibliography entry / 书目条目',
      'apa: APA (7th ed.) / APA格式（第7版） → .txt (text/plain)',
      '  apa-in-text: In-text citation / 文内引用',
      '  apa: Reference list entry / 参考文献条目',
      'mla: MLA (9th ed.) / MLA格式（第9版） → .txt (text/plain)',
      '  mla-in-text: In-text citation / 文内引用',
      '  mla: Works-cited entry / 引用文献条目',
      'gbt7714: GB/T 7714—2015 / GB/T 7714—2015 → .txt (text/plain)',
      '  gbt7714-zh: 中文著录 / 中文著录 [zh-Hans]',
      '  gbt7714-en: English record / 英文著录',
      'bibtex: BibTeX / BibTeX → .bib (application/x-bibtex)',
      '  bibtex: BibTeX / BibTeX',
      'ris: RIS / RIS → .ris (application/x-research-info-systems)',
      '  ris: RIS / RIS',
      'csl-json: CSL-JSON / CSL-JSON → .json (application/vnd.citationstyles.csl+json)',
      '  csl-json: CSL-JSON / CSL-JSON',
    ]);
  });
});

describe('MLA dates (an access date may fall in any month)', () => {
  it('abbreviates the months longer than four letters, as MLA 9 does', () => {
    const months = Array.from({ length: 12 }, (_, i) => mlaDate({ year: 2027, month: i + 1, day: 1, iso: '' }));
    expect(months).toEqual([
      '1 Jan. 2027',
      '1 Feb. 2027',
      '1 Mar. 2027',
      '1 Apr. 2027',
      '1 May 2027',
      '1 June 2027',
      '1 July 2027',
      '1 Aug. 2027',
      '1 Sept. 2027',
      '1 Oct. 2027',
      '1 Nov. 2027',
      '1 Dec. 2027',
    ]);
  });
});
