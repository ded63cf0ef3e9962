/**
 * Appends to e2e/published-addresses.txt every address the current build publishes that the list
 * lacks (pages, #pN, #pN.M sentence anchors, #n-<slug> notes, files). It never removes a line: a
 * published address stays published. Run after adding content: `npm run build && npm run addresses`.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { addressesOfBuild, publishedAddresses } from './site.ts';

const listed = new Set(publishedAddresses());
const added = addressesOfBuild().filter((a) => !listed.has(a));
if (added.length > 0) appendFileSync(join(process.cwd(), 'e2e/published-addresses.txt'), added.join('\n') + '\n');
console.log(`${added.length} addresses added.`);
