/**
 * Writes the edition's version (the first entry of content/changes.yaml, the one place it is set) into
 * package.json and package-lock.json, so that the npm package says the version the site, the
 * citations and the data files say. Run it after adding a version to content/changes.yaml:
 *
 *   npm run version:sync
 *
 * A unit test (src/lib/content/versions.test.ts) fails while the two differ, naming this command.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = process.cwd();
const changes = parse(readFileSync(join(root, 'content/changes.yaml'), 'utf8')) as {
  versions?: { version?: unknown }[];
};
const version = changes.versions?.[0]?.version;
if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) {
  console.error(
    `version:sync: content/changes.yaml: the first entry has no version such as "1.1.0" (got ${String(version)}).`,
  );
  process.exit(1);
}
// npm writes package.json and package-lock.json in its own format; no git tag, no commit.
execFileSync('npm', ['version', version, '--no-git-tag-version', '--allow-same-version'], {
  cwd: root,
  stdio: 'inherit',
});
console.log(`version:sync: package.json and package-lock.json say ${version}, as content/changes.yaml does.`);
