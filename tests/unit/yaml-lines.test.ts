/** The one YAML position helper: lines of keys, list items and nested values, in file lines. */
import { describe, expect, it } from 'vitest';
import { parseYamlDocument } from '../../src/lib/content/yaml-lines.ts';

const QUIZ = [
  '- id: een',
  '  options:',
  '    - key: a',
  '      weights:',
  '        cloudtelefonie: 2',
  '    - key: b',
  '- id: twee',
  '',
].join('\n');

describe('parseYamlDocument', () => {
  it('finds the line of a nested value, and of the deepest part that exists', () => {
    const doc = parseYamlDocument(QUIZ);
    expect(doc.lineAt([0, 'options', 0, 'weights', 'cloudtelefonie'])).toBe(5);
    expect(doc.lineAt([0, 'options', 1])).toBe(6);
    expect(doc.lineAt([1])).toBe(7);
    // A key that is not there: the line of its parent, where the editor adds it.
    expect(doc.lineAt([0, 'options', 1, 'weights'])).toBe(6);
    expect(doc.lineAt([])).toBe(1);
  });

  it('lists the keys of the mapping at a path, and nothing for a path that does not exist', () => {
    const doc = parseYamlDocument(QUIZ);
    expect([...doc.keyLines([0])]).toEqual([
      ['id', 1],
      ['options', 2],
    ]);
    expect(doc.keyLines([5]).size).toBe(0);
  });

  it('counts from the line the text starts on (frontmatter starts on line 2)', () => {
    const doc = parseYamlDocument('title: x\nfitsWhen:\n  - a\n  - b\n', 2);
    expect(doc.keyLines()).toEqual(
      new Map([
        ['title', 2],
        ['fitsWhen', 3],
      ]),
    );
    expect(doc.lineAt(['fitsWhen', 1])).toBe(5);
    expect(doc.value).toEqual({ title: 'x', fitsWhen: ['a', 'b'] });
  });

  it('reports a syntax error at its file line and gives no value', () => {
    const doc = parseYamlDocument('title: x\ntitle: y\n', 2);
    expect(doc.value).toBeUndefined();
    expect(doc.errors.map((e) => e.line)).toEqual([3]);
  });
});
