/**
 * The layering of src/lib is enforced by ESLint (eslint.config.js, README "Layout"): these planted
 * imports must fail the lint with a message naming the rule, and the real tree must pass it.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const lint = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  // Only the layering rule: the planted snippets are not meant to pass the other rules (unused names).
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.fatal)
    .map((m) => `${m.ruleId}: ${m.message}`);
};

describe('the layering of src/lib', () => {
  it.each([
    ['src/lib/site/dates.ts', "import { fold } from '../search/match';", 'site/'],
    ['src/lib/content/schemas.ts', "import { paths } from '../text/parts';", 'content/'],
    ['src/lib/text/parts.ts', "import { annotate } from '../apparatus/annotate';", 'text/'],
    ['src/lib/apparatus/labels.ts', "import { cite } from '../cite/cite';", 'apparatus/'],
    ['src/lib/cite/cite.ts', "import { fold } from '../search/match';", 'cite/'],
    ['src/lib/search/pinyin.ts', "import { cite } from '../cite/cite';", 'search/'],
    ['src/lib/cite/fixtures/cite-edition.ts', "import { loadEdition } from '../../edition-data';", 'cite/'],
    ['src/lib/edition-data.ts', "import { files } from './data/files';", 'edition-data/'],
    ['src/lib/data/tei.ts', "import { fold } from '../search/match';", 'data/'],
  ])('%s may not import upward or sideways: %s', async (file, code, folder) => {
    const messages = await lint(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^no-restricted-imports: .*Layering of src\/lib/);
    expect(messages[0]).toContain(`${folder} may import only`);
  });

  it('nothing in src/lib imports a component, a client script, a layout or a page', async () => {
    const messages = await lint('src/lib/text/source.ts', "import Ui from '../../components/Ui.astro';");
    expect(messages.join('\n')).toMatch(/no-restricted-imports: .*client scripts, components, layouts or pages/);
  });

  it('a downward import passes', async () => {
    expect(await lint('src/lib/search/records.ts', "import { paths } from '../site/addresses';")).toEqual([]);
    expect(await lint('src/lib/data/content.ts', "import { x } from './dataset';")).toEqual([]);
  });
});
