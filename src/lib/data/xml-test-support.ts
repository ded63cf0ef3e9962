/** For the tests of the XML formats: a strict parser that fails on any error or warning, and TEI validation. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { validateXML } from 'xmllint-wasm';

export function parseXml(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
}

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Elements of a name (any namespace) below a node, in document order. */
export function all(node: Document | Element, name: string): Element[] {
  return Array.from(node.getElementsByTagName(name));
}

/** Child elements of a name. */
export function children(node: Element, name?: string): Element[] {
  return Array.from(node.childNodes).filter(
    (c): c is Element => c.nodeType === 1 && (name === undefined || (c as Element).localName === name),
  );
}

export const xmlId = (e: Element) => e.getAttributeNS(XML_NS, 'id') ?? e.getAttribute('xml:id');
export const xmlLang = (e: Element) => e.getAttributeNS(XML_NS, 'lang') ?? e.getAttribute('xml:lang');
export const text = (e: Element) => e.textContent ?? '';

/**
 * Validates XML documents against TEI P5 tei_all (src/lib/data/fixtures/tei_all.rng) with
 * xmllint-wasm, so no system package is needed: the errors of each document, by file name.
 */
export async function teiAllErrors(
  documents: { fileName: string; contents: string }[],
): Promise<Map<string, string[]>> {
  const schema = readFileSync(join(process.cwd(), 'src/lib/data/fixtures/tei_all.rng'), 'utf8');
  const result = await validateXML({
    xml: documents,
    schema: { fileName: 'tei_all.rng', contents: schema },
    extension: 'relaxng',
    initialMemoryPages: 4096,
    maxMemoryPages: 16384,
  });
  return new Map(
    documents.map((d) => [
      d.fileName,
      result.errors.filter((e) => e.loc?.fileName === d.fileName).map((e) => e.rawMessage),
    ]),
  );
}
