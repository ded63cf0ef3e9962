/**
 * Appends to e2e/published-addresses.txt every address the current build publishes that the list
 * lacks (pages, #pN, #pN.M sentence anchors, #n-<slug> notes, data files under /data/). It never removes a line: a published
 * address stays published. Run after adding content: `npm run build && npm run addresses`.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, publishedAddresses } from './site.ts';

const listed = new Set(publishedAddresses());
const added: string[] = [];
for (const path of builtPages()) {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const found = [path];
  if (!(/<meta http-equiv="refresh"/.test(html) && path.startsWith('/p/'))) {
    for (const [, id] of html.matchAll(/\sid="(p\d+(?:\.\d+)?|n-[a-z0-9-]+)"/g)) found.push(`${path}#${id}`);
  }
  for (const a of found) {
    if (listed.has(a)) continue;
    added.push(a);
    listed.add(a);
  }
}
// The data files (/data/<version>/<file>), which are files, not pages.
const data = join(DIST, 'data');
for (const dir of existsSync(data) ? readdirSync(data, { withFileTypes: true }).filter((d) => d.isDirectory()) : []) {
  for (const name of readdirSync(join(data, dir.name))) {
    const a = `/data/${dir.name}/${name}`;
    if (!listed.has(a)) {
      added.push(a);
      listed.add(a);
    }
  }
}
if (added.length > 0) appendFileSync(join(process.cwd(), 'e2e/published-addresses.txt'), added.join('\n') + '\n');
console.log(`${added.length} addresses added.`);
