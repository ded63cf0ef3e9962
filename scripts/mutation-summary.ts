/**
 * Writes MUTATION.md, the summary of the last mutation run that the repository keeps, from Stryker's
 * JSON report (reports/mutation/mutation.json, written by `npm run test:mutation`; the HTML report
 * beside it stays local): the score of src/lib and of each module, and every mutant that survived,
 * with its place and what it changed. README, "Mutation testing", says how the score is counted and
 * lists the mutants that are equivalent.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Mutant {
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly location: { readonly start: { readonly line: number; readonly column: number } };
}
interface Report {
  readonly files: Record<string, { readonly source: string; readonly mutants: readonly Mutant[] }>;
}

const root = process.cwd();
const report = JSON.parse(readFileSync(join(root, 'reports/mutation/mutation.json'), 'utf8')) as Report;

/** Stryker's counting: detected (killed, timed out) over valid mutants (detected, survived, not covered). */
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

function count(mutants: readonly Mutant[]) {
  const by = (status: string) => mutants.filter((m) => m.status === status).length;
  const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
  const undetected = mutants.filter((m) => UNDETECTED.has(m.status)).length;
  return {
    killed: by('Killed'),
    timeout: by('Timeout'),
    survived: by('Survived'),
    noCoverage: by('NoCoverage'),
    ignored: by('Ignored'),
    errors: by('CompileError') + by('RuntimeError'),
    score: detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected),
  };
}

const row = (name: string, c: ReturnType<typeof count>) =>
  `| ${name} | ${c.score.toFixed(2)} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.ignored} | ${c.errors} |`;

const files = Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b));
const all = count(files.flatMap(([, f]) => f.mutants));
/** src/lib/cite/model.ts → src/lib/cite/; a module at the top of src/lib is its own folder. */
const folderOf = (name: string) => name.replace(/^(src\/lib\/[^/]+\/).*$/, '$1');
const folders = [...new Set(files.map(([name]) => folderOf(name)))].map(
  (folder) =>
    [folder, count(files.filter(([name]) => folderOf(name) === folder).flatMap(([, f]) => f.mutants))] as const,
);

/** The line a mutant is on, shortened: what the reader sees before and after. */
const lineOf = (source: string, line: number) => source.split('\n')[line - 1]?.trim().slice(0, 100) ?? '';
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

const survivors = files.flatMap(([name, f]) =>
  f.mutants
    .filter((m) => UNDETECTED.has(m.status))
    .sort((a, b) => a.location.start.line - b.location.start.line)
    .map(
      (m) =>
        `| ${name}:${m.location.start.line}:${m.location.start.column} | ${m.status} | ${m.mutatorName} | \`${cell(
          (m.replacement ?? '').slice(0, 60),
        )}\` | \`${cell(lineOf(f.source, m.location.start.line))}\` |`,
    ),
);

const text = `# Mutation testing of src/lib

Written by \`npm run test:mutation\` (StrykerJS with its Vitest runner, \`stryker.config.mjs\`); how the
score is counted and which mutants are equivalent: README, "Mutation testing".

${files.length} modules and ${files.reduce((n, [, f]) => n + f.mutants.length, 0)} mutants in this report (a run narrowed with \`--mutate\` keeps the other modules' last results from the incremental file).

**Mutation score of src/lib: ${all.score.toFixed(2)}%** (${all.killed} killed, ${all.timeout} timed out, ${all.survived} survived, ${all.noCoverage} without a test; ${all.ignored} ignored as equivalent).

| folder | score (%) | killed | timed out | survived | no test | ignored | errors |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${row('**src/lib**', all)}
${folders.map(([name, c]) => row(name, c)).join('\n')}

| module | score (%) | killed | timed out | survived | no test | ignored | errors |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${files.map(([name, f]) => row(name, count(f.mutants))).join('\n')}

## Mutants no test detects (${survivors.length})

${survivors.length === 0 ? 'None.' : `| where | status | mutator | replacement | the line |\n| --- | --- | --- | --- | --- |\n${survivors.join('\n')}`}
`;

writeFileSync(join(root, 'MUTATION.md'), text);
console.log(`mutation-summary: src/lib ${all.score.toFixed(2)}%, ${survivors.length} undetected; wrote MUTATION.md.`);
