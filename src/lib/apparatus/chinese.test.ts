import { describe, expect, it } from 'vitest';
import { checkReferences, checkTwins, referenceRuns, withoutReferences, type ApparatusFile } from './chinese';

const known = { notes: new Set(['token', 'hpn-cluster']), terms: new Set(['gpu']) };
const options = (required: boolean) => ({ required, known, twinName: (s: string) => `content/notes/${s}.zh.md` });
const en = (slug: string, corrected?: string[]): ApparatusFile => ({
  slug,
  file: `content/notes/${slug}.md`,
  corrected: corrected?.map((date) => ({ date })),
});
const zh = (slug: string, body: string, corrected?: string[]): ApparatusFile => ({
  slug,
  file: `content/notes/${slug}.zh.md`,
  body,
  corrected: corrected?.map((date) => ({ date })),
});
const BODY = '阿里云在¶23称其单网络集群已达十万卡级别，见[单网络集群](note:hpn-cluster)。';

describe('the Chinese twins of the apparatus', () => {
  it('accepts a Chinese twin whose references exist and whose corrections match', () => {
    expect(() =>
      checkTwins([en('token', ['2026-11-30'])], [zh('token', BODY, ['2026-11-30'])], options(true)),
    ).not.toThrow();
  });

  it('names the English file whose twin is missing, only when twins are required', () => {
    expect(() => checkTwins([en('token')], [], options(true))).toThrow(
      'content/notes/token.md: its Chinese twin content/notes/token.zh.md is missing.',
    );
    expect(() => checkTwins([en('token')], [], options(false))).not.toThrow();
  });

  it('fails for a twin without its English file', () => {
    expect(() => checkTwins([], [zh('tokn', BODY)], options(false))).toThrow(
      'content/notes/tokn.zh.md: a Chinese twin without its English file (content/notes/tokn.zh.md).',
    );
  });

  it.each([
    ['', 'the Chinese body is empty'],
    ['  \n', 'the Chinese body is empty'],
    ['TODO: translate this note.', 'the body is not written in Chinese'],
    ['The edition reads 推理能力 as inference capability here.', 'the body is not written in Chinese'],
  ])('fails for a body that is empty or English: %j', (body, message) => {
    expect(() => checkTwins([en('token')], [zh('token', body)], options(false))).toThrow(
      `content/notes/token.zh.md: ${message}`,
    );
  });

  it('fails when the correction records do not match the English ones date for date', () => {
    expect(() =>
      checkTwins([en('token', ['2026-11-30', '2026-12-07'])], [zh('token', BODY, ['2026-11-30'])], options(false)),
    ).toThrow(
      "content/notes/token.zh.md: corrected must hold one Chinese record for each of content/notes/token.md's, with the same dates in the same order (2026-11-30, 2026-12-07); found 2026-11-30.",
    );
  });
  it('names "none" for the side that has no correction record', () => {
    expect(() => checkTwins([en('token', ['2026-11-30'])], [zh('token', BODY)], options(false))).toThrow(
      '(2026-11-30); found none.',
    );
    expect(() => checkTwins([en('token')], [zh('token', BODY, ['2026-11-30'])], options(false))).toThrow(
      '(none); found 2026-11-30.',
    );
    expect(() => checkTwins([en('token')], [zh('token', BODY, ['2026-11-30', '2026-12-07'])], options(false))).toThrow(
      '(none); found 2026-11-30, 2026-12-07.',
    );
  });

  it('accepts a twin without a body (a glossary entry’s Chinese twin is its YAML fields)', () => {
    const entry: ApparatusFile = { slug: 'gpu', file: 'content/glossary/gpu.zh.yaml' };
    expect(() => checkTwins([en('gpu')], [entry], options(true))).not.toThrow();
  });

  it('fails for a link in the Chinese body to a note that does not exist, naming the twin', () => {
    const body = '阿里云在¶23称其集群已达十万卡级别，见[集群](note:hpn-clusters)。';
    expect(() => checkTwins([en('token')], [zh('token', body)], options(false))).toThrow(
      'content/notes/token.zh.md: links to the note "hpn-clusters", which does not exist',
    );
  });
});

describe('references in a body', () => {
  it('accepts ¶1–¶26 and links to notes and entries that exist', () => {
    expect(() => checkReferences('f.md', '¶1、¶26，[GPU](glossary:gpu)，[Token](note:token)', known)).not.toThrow();
  });

  it.each([
    ['见¶27。', 'f.md: refers to ¶27, but the speech has paragraphs ¶1–¶26.'],
    ['见¶0。', 'f.md: refers to ¶0, but the speech has paragraphs ¶1–¶26.'],
    ['[集群](note:cluster)', 'f.md: links to the note "cluster", which does not exist (no content/notes/cluster.md).'],
    [
      '[芯片](glossary:chip)',
      'f.md: links to the glossary entry "chip", which does not exist (no content/glossary/chip.yaml).',
    ],
  ])('fails for a reference to nothing: %s', (body, message) => {
    expect(() => checkReferences('f.md', body, known)).toThrow(message);
  });
});

describe('a glossary entry’s Chinese text with links to notes and entries', () => {
  it('is cut into its words and its links, each link with its words, scheme and slug', () => {
    expect(referenceRuns('见[单网络集群](note:hpn-cluster)与[词元](glossary:token)。')).toEqual([
      { text: '见' },
      { text: '单网络集群', ref: { scheme: 'note', slug: 'hpn-cluster' } },
      { text: '与' },
      { text: '词元', ref: { scheme: 'glossary', slug: 'token' } },
      { text: '。' },
    ]);
    // Links that begin and end the text, side by side: no empty words between them.
    expect(referenceRuns('[词元](glossary:token)[集群](note:hpn-cluster)')).toEqual([
      { text: '词元', ref: { scheme: 'glossary', slug: 'token' } },
      { text: '集群', ref: { scheme: 'note', slug: 'hpn-cluster' } },
    ]);
    // Not a link: a slug with a space, or no words.
    expect(referenceRuns('[词元](glossary:to ken)[](note:x)')).toEqual([{ text: '[词元](glossary:to ken)[](note:x)' }]);
    expect(referenceRuns('')).toEqual([]);
  });

  it('reads as its words only in the search index and the data files', () => {
    expect(withoutReferences('见[单网络集群](note:hpn-cluster)与[词元](glossary:token)。')).toBe(
      '见单网络集群与词元。',
    );
  });
});
