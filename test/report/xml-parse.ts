import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

// Characters XML 1.0 forbids outright; fast-xml-parser's validator does not look for them.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Checks an XML report is well-formed and parses it: attributes unprefixed, values as strings, references decoded. */
export function parseXml<T>(xml: string, arrays: string[]): T {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(XML_ILLEGAL.test(xml)).toBe(false);
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => arrays.includes(name),
  });
  return parser.parse(xml) as T;
}
