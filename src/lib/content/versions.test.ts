import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { changes, CURRENT } from './versions';

const json = (file: string) => JSON.parse(readFileSync(join(process.cwd(), file), 'utf8'));

describe('the edition’s version', () => {
  it('is the first entry of content/changes.yaml, read as the file says', () => {
    const file = parse(readFileSync(join(process.cwd(), 'content/changes.yaml'), 'utf8')) as {
      versions: { version: string }[];
    };
    expect(CURRENT.version).toBe(file.versions[0]!.version);
    expect(changes.versions.map((v) => v.version)).toEqual(file.versions.map((v) => v.version));
  });

  it('is what package.json and package-lock.json say (npm run version:sync writes it there)', () => {
    const message = `package.json says another version than content/changes.yaml (${CURRENT.version}): run npm run version:sync`;
    expect(json('package.json').version, message).toBe(CURRENT.version);
    const lock = json('package-lock.json');
    expect([lock.version, lock.packages[''].version], message).toEqual([CURRENT.version, CURRENT.version]);
  });
});
