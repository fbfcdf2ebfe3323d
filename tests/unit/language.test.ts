/** The foreign-language heuristic (A3) flags English passages and leaves Dutch text alone. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { invalidLangValues, unmarkedForeignPassages } from '../helpers/language.ts';

const doc = (body: string) =>
  parseHTML(`<!doctype html><html lang="nl"><body>${body}</body></html>`)
    .document as unknown as Document;
const ENGLISH =
  'The collective agreement was terminated because the supplier could not meet the security requirements that were set.';
const dutch = readFileSync('tests/fixtures/client-article-000.txt', 'utf8')
  .split(/\n\s*\n/)
  .filter((p) => p.trim());

describe('unmarkedForeignPassages', () => {
  it('finds an English paragraph without lang', () => {
    expect(unmarkedForeignPassages(doc(`<p>${ENGLISH}</p>`))).toHaveLength(1);
    expect(
      unmarkedForeignPassages(doc(`<blockquote lang="nl"><p>${ENGLISH}</p></blockquote>`)),
    ).toHaveLength(1);
  });

  it('accepts the same paragraph marked as English, and Dutch text with English terms', () => {
    expect(
      unmarkedForeignPassages(doc(`<blockquote lang="en"><p>${ENGLISH}</p></blockquote>`)),
    ).toEqual([]);
    expect(unmarkedForeignPassages(doc(dutch.map((p) => `<p>${p}</p>`).join('')))).toEqual([]);
    expect(
      unmarkedForeignPassages(
        doc(
          `<ul><li><a href="x"><span lang="en">${ENGLISH}</span></a>, Unify, geldig vanaf 28 februari 2023.</li></ul>`,
        ),
      ),
    ).toEqual([]);
    expect(
      unmarkedForeignPassages(
        doc(
          '<ul><li><a href="https://vdocuments.net/x">vdocuments.net/moving-to-a-cloud-phone-system-and-ucaas-moving-to-a-clo…</a></li></ul>',
        ),
      ),
    ).toEqual([]);
    expect(
      unmarkedForeignPassages(
        doc(
          '<p>Ontbinding bij overeenkomsten ICT-diensten gemeenten, IT en Recht (IT 3945), 2022.</p>',
        ),
      ),
    ).toEqual([]);
    expect(
      unmarkedForeignPassages(
        doc(
          '<p>Met Operator Connect, Direct Routing of een Calling Plan sluit u Microsoft Teams aan op het telefoonnet.</p>',
        ),
      ),
    ).toEqual([]);
  });
});

describe('invalidLangValues', () => {
  it('rejects values that are not language tags', () => {
    expect(
      invalidLangValues(doc('<p lang="en">x</p><p lang="Engels">y</p><p lang="">z</p>')),
    ).toEqual(['Engels', '']);
  });
});
