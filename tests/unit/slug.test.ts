import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it.each([
    ['Het begin van het einde van GT Connect?', 'het-begin-van-het-einde-van-gt-connect'],
    ['Is het überhaupt verstandig?', 'is-het-uberhaupt-verstandig'],
    ['Teams & GT Connect 2', 'teams-en-gt-connect-2'],
    ["Scenario's voor één gemeente", 'scenarios-voor-een-gemeente'],
    ['Beleid & "praktijk" <Wmo> 🚀', 'beleid-en-praktijk-wmo'],
    ['  --Dubbele   streepjes -- weg--  ', 'dubbele-streepjes-weg'],
    ['Café coördinatie naïef', 'cafe-coordinatie-naief'],
    ['🚀🚀', ''],
    ['Teams 🚀 telefonie', 'teams-telefonie'],
    ['Het 14+netnummer', 'het-14-netnummer'],
    ['Wat kost het? (2021)', 'wat-kost-het-2021'],
    ['Scenario’s — deel 2/3', 'scenarios-deel-2-3'],
    ['IJmuiden en Ĳssel', 'ijmuiden-en-ijssel'],
    ['Beëindiging, geïnteresseerd & reünie', 'beeindiging-geinteresseerd-en-reunie'],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('shortens long titles at a word boundary', () => {
    const slug = slugify(
      'Een hele lange titel over gemeentelijke telefonie die maar doorgaat en doorgaat en nog verder gaat',
    );
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slug.endsWith('-')).toBe(false);
  });
});
