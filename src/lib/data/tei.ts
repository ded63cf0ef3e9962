/**
 * The whole edition as one TEI P5 document, valid against tei_all:
 *
 * - teiHeader: the speech and this edition (titles, speaker, editors and translators, version,
 *   extent, publication with its permanent URLs and availability, the source with its SHA-256 and
 *   the publisher's frame), the editorial method (encodingDesc, with taxonomies of the note kinds,
 *   fact-check verdicts and glossary categories), the languages (profileDesc) and the versions
 *   (revisionDesc, from content/changes.yaml).
 * - front: the publisher's frame, source lines 1–5, and its translation.
 * - body: the Chinese, verbatim, in its five parts: ¶N is <p xml:id="pN" n="N">, sentence M
 *   <s xml:id="pN.M">; joining the <s> of ¶N gives source line N + 5 exactly. Then the English, the
 *   same way, each <p> and <s> pointing to its Chinese with @corresp (en-pN, en-pN.M).
 * - The words a note explains are a <seg xml:id="a-slug"> (a-slug-en in the English) and the note
 *   points to it with @target; glossary terms in the text are <term ref="#gl-slug">.
 * - back: the notes, in reading order, and the glossary (<list type="gloss">: <label><term>,
 *   <item> with <gloss>, pinyin, aliases, definition, usage, related entries, occurrences, sources).
 * - standOff: a <linkGrp type="translation"> pairing every Chinese sentence with its English.
 */
import { withoutReferences } from '../apparatus/chinese';
import { termPattern, type MatchTerm } from '../apparatus/term-match';
import { anchor, localLink } from '../site/addresses';
import { EDITION, SPEECH } from '../text/edition';
import { formatDate } from '../site/dates';
import { CATEGORY_LABELS, KIND_LABELS, VERDICT_LABELS } from '../apparatus/labels';
import { NOTE_KINDS, TERM_CATEGORIES, VERDICTS, type SourceData } from '../content/schemas';
import { sentencesOf, type Dataset, type DataLinks, type DataNote, type Lang } from './dataset';
import { EDITION_LICENCE, licenceStatements, type Licence } from './licence';
import { el, markdownToTei, serialize, type XmlElement, type XmlNode } from './xml';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
/** The schema the document declares (and is tested against): tei_all of TEI P5 4.9.0. */
export const TEI_SCHEMA_URL = 'https://www.tei-c.org/Vault/P5/4.9.0/xml/tei/custom/schema/relaxng/tei_all.rng';

const ZH = 'zh-Hans';
const PINYIN = 'zh-Latn-pinyin';

const dateEl = (iso: string, type?: string) => el('date', { type, when: iso }, formatDate(iso));
const dateElZh = (iso: string, type?: string) => el('date', { type, when: iso }, formatDate(iso, 'zh'));
/** A link between the apparatus's texts (note:slug, glossary:slug) as a pointer inside the document. */
const reference = (url: string): string => url.replace(/^note:/, '#n-').replace(/^glossary:/, '#gl-');

function bibl(s: SourceData): XmlElement {
  return el(
    'bibl',
    {},
    el('title', {}, s.title),
    ', ',
    el('publisher', {}, s.publisher),
    s.date !== undefined && [', ', dateEl(s.date)],
    s.url !== undefined && [', ', el('ptr', { target: s.url })],
  );
}

const listBibl = (sources: readonly SourceData[]) =>
  sources.length > 0 ? el('listBibl', {}, sources.map(bibl)) : undefined;

/** The pieces of one sentence in one language: note segments and, outside and inside them, terms. */
function sentenceContent(
  text: string,
  lang: Lang,
  notes: readonly DataNote[],
  terms: ReturnType<typeof termPattern>,
  segId: (slug: string) => string,
): XmlNode[] {
  const withTerms = (piece: string): XmlNode[] => {
    const out: XmlNode[] = [];
    let at = 0;
    for (const m of piece.matchAll(new RegExp(terms.re.source, terms.re.flags))) {
      if (m.index > at) out.push(piece.slice(at, m.index));
      out.push(el('term', { ref: localLink(`gl-${terms.slugOf(m[0])}`) }, m[0]));
      at = m.index + m[0].length;
    }
    if (at < piece.length) out.push(piece.slice(at));
    return out;
  };
  const spans = new Map<string, { start: number; end: number; slug: string }>();
  for (const n of notes) {
    const r = lang === 'zh' ? n.range.zh : n.range.en;
    if (!r) continue;
    const key = `${r.start}-${r.end}`;
    if (!spans.has(key)) spans.set(key, { ...r, slug: n.slug });
  }
  const out: XmlNode[] = [];
  let at = 0;
  for (const s of [...spans.values()].sort((a, b) => a.start - b.start)) {
    if (s.start < at) throw new Error(`The words of the note "${s.slug}" overlap another note's (${lang}).`);
    out.push(...withTerms(text.slice(at, s.start)));
    out.push(el('seg', { type: 'annotated', 'xml:id': segId(s.slug) }, withTerms(text.slice(s.start, s.end))));
    at = s.end;
  }
  out.push(...withTerms(text.slice(at)));
  return out;
}

/** The xml:id of the segment holding a note's words: the first slug of the notes sharing them. */
function segIds(notes: readonly DataNote[]): Map<string, { zh: string; en?: string | undefined }> {
  const out = new Map<string, { zh: string; en?: string | undefined }>();
  const first = new Map<string, string>();
  for (const n of notes) {
    const zhKey = `${n.sentence}:zh:${n.range.zh.start}-${n.range.zh.end}`;
    if (!first.has(zhKey)) first.set(zhKey, n.slug);
    let en: string | undefined;
    if (n.range.en) {
      const enKey = `${n.sentence}:en:${n.range.en.start}-${n.range.en.end}`;
      if (!first.has(enKey)) first.set(enKey, n.slug);
      en = `a-${first.get(enKey)!}-en`;
    }
    out.set(n.slug, { zh: `a-${first.get(zhKey)!}`, en });
  }
  return out;
}

function availability(licence: Licence | undefined): XmlElement {
  const s = licenceStatements(licence);
  return el(
    'availability',
    { status: licence ? 'free' : 'unknown' },
    licence ? el('licence', { target: licence.url }, s.edition) : el('p', {}, s.edition),
    el('p', {}, s.speech),
  );
}

export interface TeiOptions {
  readonly licence?: Licence | undefined;
}

export function teiDocument(d: Dataset, links: DataLinks, options: TeiOptions = {}): XmlElement {
  const licence = 'licence' in options ? options.licence : EDITION_LICENCE;
  const v = d.version;
  const sentences = sentencesOf(d);
  const matchTerms: MatchTerm[] = d.terms.map((t) => ({
    slug: t.slug,
    file: `content/glossary/${t.slug}.yaml`,
    zh: [t.term, ...t.aliases.zh],
    en: [t.english, ...t.aliases.en],
  }));
  const patterns = { zh: termPattern(matchTerms, 'zh'), en: termPattern(matchTerms, 'en') };
  const ids = segIds(d.notes);
  const speaker = [
    el('persName', { 'xml:lang': 'en' }, SPEECH.speaker),
    el('persName', { 'xml:lang': ZH }, SPEECH.speakerZh),
  ];

  const header = el(
    'teiHeader',
    {},
    el(
      'fileDesc',
      {},
      el(
        'titleStmt',
        {},
        el('title', { type: 'main', 'xml:lang': ZH }, SPEECH.titleZh),
        el('title', { type: 'main', 'xml:lang': 'en' }, SPEECH.titleEn),
        el('title', { type: 'sub' }, EDITION.title),
        el('author', {}, speaker),
        el('editor', {}, el('orgName', {}, EDITION.publisher)),
        el(
          'respStmt',
          {},
          el('resp', {}, 'Edition, English translation, editorial notes and glossary'),
          el('orgName', {}, `The editors of ${EDITION.publisher}`),
        ),
      ),
      el('editionStmt', {}, el('edition', { n: v.version }, `Version ${v.version}, `, dateEl(v.date))),
      el(
        'extent',
        {},
        el('measure', { unit: 'paragraph', quantity: d.paragraphs.length }, `${d.paragraphs.length} paragraphs`),
        el('measure', { unit: 'sentence', quantity: sentences.length }, `${sentences.length} sentences`),
        el('measure', { unit: 'note', quantity: d.notes.length }, `${d.notes.length} editorial notes`),
        el('measure', { unit: 'entry', quantity: d.terms.length }, `${d.terms.length} glossary entries`),
      ),
      el(
        'publicationStmt',
        {},
        el('publisher', {}, el('orgName', {}, EDITION.publisher)),
        el('date', { when: v.date }, formatDate(v.date)),
        el('idno', { type: 'URI' }, links.dataFile(v.version, 'edition.tei.xml')),
        el('idno', { type: 'URI', subtype: 'latest' }, links.dataFile('latest', 'edition.tei.xml')),
        el('idno', { type: 'URI', subtype: 'edition' }, links.home),
        availability(licence),
      ),
      el(
        'sourceDesc',
        {},
        el(
          'bibl',
          { type: 'transcript' },
          el('author', {}, speaker),
          ', ',
          el('title', { 'xml:lang': ZH }, SPEECH.titleZh),
          ' [',
          el('title', { 'xml:lang': 'en', type: 'translated' }, SPEECH.titleEn),
          '], keynote at the ',
          el('name', { type: 'event' }, SPEECH.event),
          ' (',
          el('name', { type: 'event', 'xml:lang': ZH }, SPEECH.eventZh),
          '), ',
          el('placeName', {}, SPEECH.place),
          ', ',
          dateEl(SPEECH.date),
          '. Chinese transcript as published with a news lead: ',
          el('extent', {}, `${d.source.lines} lines, UTF-8, no final newline`),
          '; file ',
          el('idno', { type: 'filename' }, d.source.file),
          ', SHA-256 ',
          el('idno', { type: 'SHA-256' }, d.source.sha256),
          '. ',
          el(
            'note',
            { type: 'frame' },
            `Source lines 1–5 are the publisher’s frame, not the speech: a news lead, a pull quote between quotation marks, and the words 以下为演讲全文 (“the full text of the speech follows”). They are given in the front matter (xml:id line1–line5), with the edition’s translation. The speech is source lines 6–${d.source.lines}, numbered ¶1–¶${d.paragraphs.length}: ¶N is source line N + 5.`,
          ),
        ),
      ),
    ),
    el(
      'encodingDesc',
      {},
      el(
        'projectDesc',
        {},
        el(
          'p',
          {},
          'A reference edition of the keynote: the Chinese text reproduced byte for byte, paragraph by paragraph, with permanent paragraph and sentence numbers, the edition’s own English translation aligned sentence by sentence, editorial notes anchored to the words they explain, and a glossary. Generated at build time from the edition’s sources; the same content is published as HTML at ',
          el('ref', { target: links.home }, links.home),
          '.',
        ),
      ),
      el(
        'editorialDecl',
        {},
        el(
          'correction',
          {},
          el(
            'p',
            {},
            'Nothing in the Chinese is corrected: quirks of the source (Huggingface, Tokens beside Token, app beside APP) are kept, and notes comment on them where they matter.',
          ),
        ),
        el(
          'normalization',
          {},
          el(
            'p',
            {},
            'None: the characters are the source’s, including its ASCII commas and colons beside full-width full stops and quotation marks.',
          ),
        ),
        el(
          'segmentation',
          {},
          el(
            'p',
            {},
            'Paragraphs are the source’s lines. A Chinese sentence ends after 。 ! ? ！ or ？ (a run of them stays with its sentence); each is paired with its English rendering.',
          ),
        ),
        el(
          'interpretation',
          {},
          el(
            'p',
            {},
            'Notes are classified by kind, and fact checks by verdict, in the taxonomies below (@ana on each note, @type its kind). Each note carries the date it was written or last checked; notes on later events carry the date of the event.',
          ),
        ),
      ),
      el(
        'refsDecl',
        {},
        el(
          'p',
          {},
          'Addresses, as on the edition’s pages: pN is ¶N (xml:id on the Chinese <p>, the page anchor #pN); pN.M is its sentence M (#pN.M); en-pN and en-pN.M are their English; n-slug is a note (#n-slug on its part page); gl-slug a glossary entry (/glossary/slug/); a-slug and a-slug-en the words a note explains; line1–line5 the publisher’s frame.',
        ),
      ),
      el(
        'classDecl',
        {},
        el(
          'taxonomy',
          { 'xml:id': 'note-kinds' },
          NOTE_KINDS.map((k) => el('category', { 'xml:id': `kind-${k}` }, el('catDesc', {}, KIND_LABELS[k]))),
        ),
        el(
          'taxonomy',
          { 'xml:id': 'verdicts' },
          VERDICTS.map((k) => el('category', { 'xml:id': `verdict-${k}` }, el('catDesc', {}, VERDICT_LABELS[k]))),
        ),
        el(
          'taxonomy',
          { 'xml:id': 'glossary-categories' },
          TERM_CATEGORIES.map((k) =>
            el('category', { 'xml:id': `category-${k}` }, el('catDesc', {}, CATEGORY_LABELS[k])),
          ),
        ),
      ),
    ),
    el(
      'profileDesc',
      {},
      el(
        'creation',
        {},
        dateEl(SPEECH.date),
        ', ',
        el('placeName', {}, SPEECH.place),
        `: delivered at the ${SPEECH.event}.`,
      ),
      el(
        'langUsage',
        {},
        el(
          'language',
          { ident: ZH },
          'Chinese in simplified characters: the speech and its frame, verbatim; glossary terms.',
        ),
        el('language', { ident: 'en' }, 'English: the edition’s translation, notes and glossary.'),
        el('language', { ident: PINYIN }, 'Hanyu Pinyin with tone marks: readings of glossary terms.'),
      ),
    ),
    el(
      'revisionDesc',
      {},
      d.versions.map((ver) =>
        el(
          'change',
          { when: ver.date, n: ver.version },
          el(
            'list',
            {},
            ver.changes.map((c) => el('item', { n: c.kind }, c.what)),
          ),
        ),
      ),
    ),
  );

  const front = el(
    'front',
    {},
    el(
      'div',
      { type: 'frame', 'xml:lang': ZH },
      el('head', { 'xml:lang': 'en' }, 'The publisher’s frame (source lines 1–5)'),
      d.frame.map((l) => el('ab', { 'xml:id': `line${l.line}`, n: l.line }, l.zh)),
    ),
    el(
      'div',
      { type: 'translation', 'xml:lang': 'en' },
      el('head', {}, 'The publisher’s frame, translated'),
      d.frame
        .filter((l) => l.en !== undefined)
        .map((l) => el('ab', { n: l.line, corresp: localLink(`line${l.line}`) }, l.en!)),
    ),
  );

  const partDivs = (lang: Lang) =>
    d.parts.map((part) =>
      el(
        'div',
        {
          type: 'part',
          n: part.id,
          'xml:id': `${lang === 'en' ? 'en-' : ''}part-${part.id}`,
          corresp: lang === 'en' ? localLink(`part-${part.id}`) : undefined,
        },
        el('head', { 'xml:lang': 'en' }, part.title),
        lang === 'zh' && el('argument', { 'xml:lang': 'en' }, el('p', {}, part.summary)),
        d.paragraphs
          .filter((p) => p.part === part.id)
          .map((p) => {
            const ss = p.sentences.map((s) =>
              el(
                's',
                lang === 'zh' ? { 'xml:id': s.id } : { 'xml:id': `en-${s.id}`, corresp: localLink(s.id) },
                sentenceContent(
                  s[lang],
                  lang,
                  d.notes.filter((n) => n.sentence === s.id),
                  patterns[lang],
                  (slug) => (lang === 'zh' ? ids.get(slug)!.zh : ids.get(slug)!.en!),
                ),
              ),
            );
            return lang === 'zh'
              ? el('p', { 'xml:id': anchor.paragraph(p.n), n: p.n }, ss)
              : el(
                  'p',
                  { 'xml:id': `en-${anchor.paragraph(p.n)}`, n: p.n, corresp: localLink(anchor.paragraph(p.n)) },
                  ss.flatMap((s, i) => (i === 0 ? [s] : [' ', s])),
                );
          }),
      ),
    );

  const partTitle = (id: string) => d.parts.find((p) => p.id === id)!.shortTitle;
  const notes = el(
    'div',
    { type: 'notes', 'xml:id': 'notes' },
    el('head', {}, 'Editorial notes'),
    d.notes.flatMap((n) => {
      const seg = ids.get(n.slug)!;
      const target = [localLink(seg.zh), seg.en && localLink(seg.en)].filter(Boolean).join(' ');
      const ana = [localLink(`kind-${n.kind}`), n.verdict && localLink(`verdict-${n.verdict}`)]
        .filter(Boolean)
        .join(' ');
      const english = el(
        'note',
        {
          'xml:id': anchor.note(n.slug),
          'xml:lang': 'en',
          type: n.kind,
          n: `${partTitle(n.part)}, note ${n.number}`,
          target,
          ana,
        },
        el('label', {}, n.title),
        el('ptr', { type: 'page', target: links.note(n.part, n.slug) }),
        markdownToTei(n.body, `content/notes/${n.slug}.md`, reference),
        n.laterDate !== undefined && el('p', {}, 'Later event: ', dateEl(n.laterDate, 'event'), '.'),
        el('p', {}, 'As of ', dateEl(n.asOf, 'checked'), '.'),
        n.corrected.length > 0 &&
          el(
            'list',
            { type: 'corrections' },
            n.corrected.map((c) => el('item', {}, 'Corrected ', dateEl(c.date, 'corrected'), `: ${c.what}`)),
          ),
        listBibl(n.sources),
      );
      // The Chinese twin beside it: the same note for a reader of the original, the same sources.
      const zh =
        n.zh &&
        el(
          'note',
          {
            'xml:id': `${anchor.note(n.slug)}.zh`,
            'xml:lang': ZH,
            type: n.kind,
            n: `${partTitle(n.part)}, note ${n.number}`,
            target,
            ana,
            corresp: localLink(anchor.note(n.slug)),
          },
          el('label', {}, n.zh.title),
          el('ptr', { type: 'page', target: links.note(n.part, n.slug, 'zh') }),
          markdownToTei(n.zh.body, `content/notes/${n.slug}.zh.md`, reference),
          n.laterDate !== undefined && el('p', {}, '后续事件：', dateElZh(n.laterDate, 'event'), '。'),
          el('p', {}, '截至', dateElZh(n.asOf, 'checked'), '。'),
          n.zh.corrected.length > 0 &&
            el(
              'list',
              { type: 'corrections' },
              n.zh.corrected.map((c) => el('item', {}, '更正于', dateElZh(c.date, 'corrected'), `：${c.what}`)),
            ),
        );
      return zh ? [english, zh] : [english];
    }),
  );

  const glossary = el(
    'div',
    { type: 'glossary', 'xml:id': 'glossary' },
    el('head', {}, 'Glossary'),
    el(
      'list',
      { type: 'gloss' },
      d.terms.flatMap((t) => {
        // The Chinese of the frame has its lines' ids (line1–line5); its English is pointed to through them.
        const occ = [
          ...new Set([
            ...t.frameOccurrences.map((o) => localLink(`line${o.line}`)),
            ...t.occurrences.map((o) => localLink(o.lang === 'zh' ? o.sentence : `en-${o.sentence}`)),
          ]),
        ];
        return [
          el(
            'label',
            {},
            el('term', { 'xml:id': `gl-${t.slug}`, 'xml:lang': ZH, ana: localLink(`category-${t.category}`) }, t.term),
          ),
          el(
            'item',
            {},
            el('gloss', { 'xml:lang': 'en' }, t.english),
            el('ptr', { type: 'page', target: links.term(t.slug) }),
            t.pinyin !== undefined && el('term', { type: 'pinyin', 'xml:lang': PINYIN }, t.pinyin),
            t.aliases.zh.map((a) => el('term', { type: 'alias', 'xml:lang': ZH }, a)),
            t.aliases.en.map((a) => el('term', { type: 'alias', 'xml:lang': 'en' }, a)),
            el('desc', { type: 'definition', 'xml:lang': 'en' }, t.definition),
            el('desc', { type: 'usage', 'xml:lang': 'en' }, t.usage),
            t.zh && el('desc', { type: 'definition', 'xml:lang': ZH }, withoutReferences(t.zh.definition)),
            t.zh && el('desc', { type: 'usage', 'xml:lang': ZH }, withoutReferences(t.zh.usage)),
            t.related.length > 0 &&
              el('ptr', { type: 'related', target: t.related.map((r) => localLink(`gl-${r}`)).join(' ') }),
            occ.length > 0 && el('ptr', { type: 'occurrences', target: occ.join(' ') }),
            listBibl(t.sources),
          ),
        ];
      }),
    ),
  );

  const standOff = el(
    'standOff',
    {},
    el(
      'linkGrp',
      { type: 'translation' },
      sentences.map((s) => el('link', { target: `${localLink(s.id)} ${localLink(`en-${s.id}`)}` })),
    ),
  );

  return el(
    'TEI',
    { xmlns: TEI_NS, 'xml:lang': 'en' },
    header,
    el(
      'text',
      {},
      front,
      el(
        'body',
        {},
        el('div', { type: 'edition', 'xml:lang': ZH, 'xml:id': 'zh' }, el('head', {}, SPEECH.titleZh), partDivs('zh')),
        el(
          'div',
          { type: 'translation', 'xml:lang': 'en', 'xml:id': 'en' },
          el('head', {}, SPEECH.titleEn),
          partDivs('en'),
        ),
      ),
      el('back', {}, notes, glossary),
    ),
    standOff,
  );
}

/** The TEI document as UTF-8 text, with the XML declaration and the schema it declares. */
export function tei(d: Dataset, links: DataLinks, options: TeiOptions = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="${TEI_SCHEMA_URL}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
${serialize(teiDocument(d, links, options))}
`;
}
