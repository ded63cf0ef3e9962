import { describe, expect, it } from 'vitest';
import { tei } from './tei';
import { dataset, links } from './test-support';
import { teiAllErrors } from './xml-test-support';

/**
 * The TEI document against TEI P5 tei_all, apart from tei.test.ts because it takes most of the unit
 * tests' time (compiling the schema): the mutation runs leave it out (vitest.mutation.config.ts), and
 * test:dist validates the file the build serves as well (e2e/build/data.test.ts).
 */
describe('the TEI document', () => {
  it('validates against TEI P5 tei_all (and the validator rejects an invalid document)', async () => {
    const xml = tei(dataset(), links);
    const invalid = xml.replace('<extent>', '<extent><p>not allowed here</p>');
    const errors = await teiAllErrors([
      { fileName: 'edition.tei.xml', contents: xml },
      { fileName: 'invalid.tei.xml', contents: invalid },
    ]);
    expect(errors.get('edition.tei.xml')).toEqual([]);
    expect(errors.get('invalid.tei.xml')!.length).toBeGreaterThan(0);
  }, 180_000);
});
