import { expect, test, type Page } from '@playwright/test';
import { paragraphsOf, paths, withQuery } from '../src/lib/site/addresses.ts';
import { englishParagraph, parts, rel, sourceParagraphs } from './site.ts';

/**
 * How the speech is set (issue 30): a note marker takes at most half an em of its line and keeps a
 * thumb's target of its own; copying a paragraph gives exactly its words; and the Chinese follows the
 * W3C's Requirements for Chinese Text Layout (clreq) where the browser does it: no stop at the start
 * of a line, no opening mark at its end, no last line of one character, every line the same distance
 * from the next, the source's ASCII commas and colons a full character wide.
 */
const source = sourceParagraphs();

/** A marker, measured where it stands: the line width it takes, in ems of its paragraph. */
interface Marker {
  where: string;
  n: string;
  em: number;
  fragments: number;
  oneLine: boolean;
}

/** Every visible note marker of the page, with the line width between its two sides. */
function markersOf(page: Page): Promise<Marker[]> {
  return page.evaluate(() => {
    const out: Marker[] = [];
    for (const para of document.querySelectorAll<HTMLElement>('.ed-para__zh, .ed-para__en')) {
      if (!para.checkVisibility()) continue;
      const em = parseFloat(getComputedStyle(para).fontSize);
      for (const a of para.querySelectorAll<HTMLElement>('a.ed-noteref')) {
        if (!a.checkVisibility()) continue;
        // Two empty probes, one on each side of the marker, take no room; the distance between them
        // is what the marker adds to its line.
        const [before, after] = [document.createElement('span'), document.createElement('span')];
        a.before(before);
        a.after(after);
        const [b, e] = [before.getBoundingClientRect(), after.getBoundingClientRect()];
        before.remove();
        after.remove();
        out.push({
          where: `${para.closest('.ed-para')?.id} ${para.lang}`,
          n: a.dataset['n'] ?? '',
          em: (e.left - b.left) / em,
          fragments: a.getClientRects().length,
          oneLine: Math.abs(e.top - b.top) < 1,
        });
      }
    }
    return out;
  });
}

/** A character of a Chinese paragraph and its box. */
interface Char {
  ch: string;
  left: number;
  right: number;
  top: number;
  height: number;
}

/**
 * Each visible Chinese paragraph of the speech: its font size, its right edge and every character's
 * box, as set or, with `ragged`, as it would be set without justification.
 */
function chineseParagraphs(
  page: Page,
  ragged = false,
): Promise<{ id: string; em: number; right: number; chars: Char[] }[]> {
  return page.evaluate(
    (ragged) =>
      [...document.querySelectorAll<HTMLElement>('.ed-para__zh')]
        .filter((p) => p.checkVisibility())
        .map((p) => {
          if (ragged) p.style.textAlign = 'start';
          const chars: Char[] = [];
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
            for (let i = 0; i < t.data.length; i++) {
              range.setStart(t, i);
              range.setEnd(t, i + 1);
              const r = range.getClientRects()[0];
              if (r) chars.push({ ch: t.data[i]!, left: r.left, right: r.right, top: r.top, height: r.height });
            }
          }
          const out = {
            id: p.closest('.ed-para')?.id ?? '',
            em: parseFloat(getComputedStyle(p).fontSize),
            right: p.getBoundingClientRect().right,
            chars,
          };
          if (ragged) p.style.textAlign = '';
          return out;
        }),
    ragged,
  );
}

/** Characters in lines: a new line where a character stands left of the one before. */
function linesOf(chars: readonly Char[]): Char[][] {
  const lines: Char[][] = [];
  for (const c of chars) {
    const line = lines.at(-1);
    if (!line || c.left < line.at(-1)!.right - 1) lines.push([c]);
    else line.push(c);
  }
  return lines;
}

const STOPS = '。，、：；！？）》」』”’,:;.!?';
const OPENINGS = '（《「『“‘(';
const PUNCTUATION = new RegExp(`[${STOPS}${OPENINGS}——…]`, 'gu');

for (const viewport of [
  { name: 'a phone', width: 390, height: 844 },
  { name: 'a desktop', width: 1280, height: 900 },
]) {
  test.describe(`on ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const part of parts) {
      for (const mode of ['both', 'zh'] as const) {
        test(`on ${paths.part(part.id)} in ${mode} mode every note marker takes at most half an em of its line, and the Chinese is set by clreq`, async ({
          page,
        }) => {
          await page.goto(rel(withQuery(paths.part(part.id), { mode })));
          const markers = await markersOf(page);
          expect(markers.length).toBeGreaterThan(0);
          test.info().annotations.push({
            type: 'widest marker',
            description: `${Math.max(...markers.map((m) => m.em)).toFixed(3)} em`,
          });
          // Half an em at the most, on one line with its words, in one piece.
          expect(markers.filter((m) => !(m.em > 0 && m.em <= 0.5) || !m.oneLine || m.fragments !== 1)).toEqual([]);

          for (const { id, em, chars } of await chineseParagraphs(page)) {
            const lines = linesOf(chars);
            const texts = lines.map((l) => l.map((c) => c.ch).join(''));
            // clreq 3.1.4: no stop or closing mark starts a line, no opening mark ends one.
            expect(
              texts.filter((t, i) => i > 0 && STOPS.includes(t[0]!)),
              `${id} starts a line with a stop`,
            ).toEqual([]);
            expect(
              texts.filter((t) => OPENINGS.includes(t.at(-1)!)),
              `${id} ends a line with an opening`,
            ).toEqual([]);
            // clreq 3.4.4: the last line holds more than one character (and its stop).
            const last = texts.at(-1)!.replace(PUNCTUATION, '');
            expect(texts.length === 1 || [...last].length >= 2, `${id} ends with "${texts.at(-1)}" alone`).toBe(true);
            // clreq 2.3.5: every line the same distance from the next; a marker pushes no line down.
            // Han characters only: a Latin letter's box may stand higher or lower.
            const tops = lines
              .map((l) => Math.min(...l.filter((c) => /\p{Script=Han}/u.test(c.ch)).map((c) => c.top)))
              .filter(Number.isFinite);
            const gaps = tops.slice(1).map((t, i) => t - tops[i]!);
            expect(
              Math.max(...gaps, 0) - Math.min(...gaps, Infinity),
              `${id} line gaps ${gaps.join(' ')}`,
            ).toBeLessThan(gaps.length > 0 ? 1 : Infinity);
            // The source's ASCII commas and colons take a Chinese character's cell, as ， and ： would.
            expect(
              chars.filter((c) => /[,:]/.test(c.ch) && (c.right - c.left) / em < 0.9).map((c) => c.right - c.left),
              `${id}: narrow ASCII commas or colons`,
            ).toEqual([]);
          }

          // Justified, no line is spread much: the room a line leaves, set ragged, shared among its
          // characters, is under 0.3 em a character (a long Latin word on a phone leaves up to 0.22).
          for (const { id, em, right, chars } of await chineseParagraphs(page, true)) {
            const spread = linesOf(chars)
              .slice(0, -1)
              .map((l) => ({
                text: l.map((c) => c.ch).join(''),
                per: (right - l.at(-1)!.right) / Math.max(1, l.length - 1) / em,
              }))
              .filter((l) => l.per > 0.3);
            expect(spread, `${id}: lines spread by justification`).toEqual([]);
          }
        });
      }
    }
  });
}

test.describe('on a phone, a thumb', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const part of parts) {
    test(`on ${paths.part(part.id)} finds each note marker under a target of its own, 24 px unless another marker is that close`, async ({
      page,
    }) => {
      await page.goto(rel(withQuery(paths.part(part.id), { mode: 'both' })));
      const count = await page.locator('a.ed-noteref').count();
      const short: string[] = [];
      for (let i = 0; i < count; i++) {
        const marker = page.locator('a.ed-noteref').nth(i);
        if (!(await marker.isVisible())) continue;
        await marker.evaluate((a) => a.scrollIntoView({ block: 'center' }));
        short.push(
          ...(await marker.evaluate((a) => {
            const box = a.getBoundingClientRect();
            const y = box.top + box.height / 2;
            const hits = (x: number, py = y) => document.elementFromPoint(x, py)?.closest('a.ed-noteref') === a;
            // Across the middle of the line: the longest run of points that reach this marker.
            let best = { from: 0, to: -1 };
            for (let x = Math.floor(box.left) - 30, from = NaN; x <= box.right + 30; x++) {
              if (hits(x)) {
                if (Number.isNaN(from)) from = x;
                if (x - from > best.to - best.from) best = { from, to: x };
              } else from = NaN;
            }
            const wide = best.to - best.from + 1;
            const mid = (best.from + best.to) / 2;
            let [up, down] = [0, 0];
            while (up < 40 && hits(mid, y - up - 1)) up++;
            while (down < 40 && hits(mid, y + down + 1)) down++;
            const tall = wide > 0 && hits(mid) ? up + down + 1 : 0;
            // A 24 px target, unless another marker's target overlaps it: then 16 px of it stay its
            // own (its side of a pair), or, between two such neighbours, at least its digits.
            const others = [...document.querySelectorAll('a.ed-noteref')]
              .filter((o) => o !== a && o.checkVisibility())
              .map((o) => o.getBoundingClientRect())
              .filter((r) => r.top < box.bottom && box.top < r.bottom && r.left < box.right && box.left < r.right);
            const sides = new Set(others.map((r) => (r.left < box.left ? 'left' : 'right'))).size;
            const need = [24, 16, 4][sides]!;
            const where = `${a.closest('.ed-para')?.id} ${a.closest('[lang]')?.getAttribute('lang')} ${a.dataset['n']}`;
            return wide >= need && tall >= 24 ? [] : [`${where}: ${wide}×${tall}, ${need} wide needed`];
          })),
        );
      }
      expect(short).toEqual([]);
    });
  }
});

test.describe('copying a paragraph', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  for (const part of parts) {
    test(`on ${paths.part(part.id)} gives each paragraph's words exactly, its Chinese byte for byte as the source`, async ({
      page,
    }) => {
      await page.goto(rel(withQuery(paths.part(part.id), { mode: 'both' })));
      const copy = async (selector: string) => {
        await page.locator(selector).evaluate((el) => getSelection()?.selectAllChildren(el));
        await page.keyboard.press('Control+C');
        return page.evaluate(() => navigator.clipboard.readText());
      };
      for (const n of paragraphsOf(part)) {
        const zh = await copy(`[id="p${n}"] .ed-para__zh`);
        expect(Buffer.from(zh).equals(Buffer.from(source[n - 1]!)), `¶${n} in Chinese: ${zh}`).toBe(true);
        expect(await copy(`[id="p${n}"] .ed-para__en`), `¶${n} in English`).toBe(englishParagraph(n));
      }
    });
  }
});
