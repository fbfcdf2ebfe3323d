/** Strict XML well-formedness (saxes follows the XML 1.0 spec and stops at the first error). */
import { SaxesParser } from 'saxes';

/** Throws with the parser's message when `xml` is not well-formed XML. */
export function assertWellFormedXml(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}
