// @ts-check
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/**
 * The layers of src/lib (README, "Layout"), from the ground up. A folder imports only the folders
 * beneath it; folders on the same floor do not import each other (search/ and cite/ in particular).
 * `edition-data.ts` is the one loader that joins the floors beneath it for the pages.
 */
const FLOORS = [
  ['site'],
  ['content'],
  ['text'],
  ['apparatus'],
  ['cite', 'figures'],
  ['edition-data'],
  ['search', 'data'],
];
const FOLDERS = FLOORS.flat();
/** Beneath, but still apart: search and citation know nothing of each other. */
/** @type {Record<string, string[]>} */
const APART = { search: ['cite'] };

/**
 * An import of a lib folder, written from a file in src/lib (`./`) or one or two folders deep in it.
 * @param {string[]} names
 * @param {boolean} fromTop
 */
const importOf = (names, fromTop) => `^(${fromTop ? '\\./' : '(\\.\\./){1,2}'})(${names.join('|')})(/|(\\.ts)?$)`;

/** @type {import('eslint').Linter.Config[]} */
const layering = FLOORS.flatMap((floor, level) => {
  const above = FLOORS.slice(level + 1).flat();
  return floor.map((folder) => {
    const forbidden = [...above, ...floor.filter((f) => f !== folder), ...(APART[folder] ?? [])];
    const files = folder === 'edition-data' ? ['src/lib/edition-data.ts'] : [`src/lib/${folder}/**/*.{ts,mjs}`];
    return {
      files,
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: importOf(forbidden, folder === 'edition-data'),
                message: `Layering of src/lib (README, "Layout"): ${folder}/ may import only ${
                  FLOORS.slice(0, level)
                    .flat()
                    .filter((f) => !forbidden.includes(f))
                    .join(', ') || 'no other folder: it is the ground floor'
                }, never ${forbidden.join(', ')}.`,
              },
              {
                regex: '(^|/)(scripts|components|layouts|pages)/',
                message:
                  'Layering of src/lib (README, "Layout"): nothing in src/lib imports client scripts, components, layouts or pages.',
              },
            ],
          },
        ],
      },
    };
  });
});

if (FOLDERS.length !== new Set(FOLDERS).size) throw new Error('eslint.config.js: a folder is on two floors.');

export default defineConfig(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'reports/', '.stryker-tmp/'],
  },
  tseslint.configs.recommended,
  astro.configs.recommended,
  ...layering,
);
