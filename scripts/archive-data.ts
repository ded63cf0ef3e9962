/**
 * Archives the data files of the current version (the first entry of content/changes.yaml) into
 * archive/data/<version>/, to be committed: from then on the build serves that version's files from
 * the archive, byte for byte, at /data/<version>/…, including after later versions are added.
 *
 * Run it when a version is final, before the next version is added to content/changes.yaml:
 *
 *   npm run data:archive
 *
 * It builds the site (astro build) for the placeholder root ARCHIVE_ROOT (the files name their own
 * URLs; the build serves the archive with the site's own root in its place, so the archive does not
 * depend on where the edition is published), copies dist/data/<version>/ and checks the copy against
 * its sha256sums.txt. It never overwrites an archive: an archived version's files never change.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ARCHIVE_ROOT } from '../src/lib/site/site-config.mjs';

const root = process.cwd();
const fail = (message: string): never => {
  console.error(`data:archive: ${message}`);
  process.exit(1);
};

const changes = parse(readFileSync(join(root, 'content/changes.yaml'), 'utf8')) as { versions: { version: string }[] };
const version = changes.versions[0]?.version ?? fail('content/changes.yaml lists no version.');
if (Number(version.split('.')[0]) < 1) fail(`version ${version} has no data files (they begin with 1.0.0).`);

const target = join(root, 'archive/data', version);
if (existsSync(target)) fail(`archive/data/${version}/ exists already: archived files never change.`);

const archiveRoot = new URL(ARCHIVE_ROOT);
execFileSync('npx', ['astro', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, SITE_URL: archiveRoot.origin, BASE_PATH: archiveRoot.pathname, DEPLOY: '' },
});

const built = join(root, 'dist/data', version);
if (!existsSync(built)) fail(`the build has no dist/data/${version}/.`);
mkdirSync(target, { recursive: true });
for (const name of readdirSync(built)) copyFileSync(join(built, name), join(target, name));

const sums = readFileSync(join(target, 'sha256sums.txt'), 'utf8').trim().split('\n');
for (const line of sums) {
  const [sum, name] = line.split(/ {2}/) as [string, string];
  const actual = createHash('sha256')
    .update(readFileSync(join(target, name)))
    .digest('hex');
  if (actual !== sum) fail(`archive/data/${version}/${name}: checksum mismatch.`);
}
console.log(
  `data:archive: archived ${sums.length + 1} files of version ${version} in archive/data/${version}/. Commit them.`,
);
