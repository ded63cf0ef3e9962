/** Parsing for the tests of the XML formats: a strict parser that fails on any error or warning. */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

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
