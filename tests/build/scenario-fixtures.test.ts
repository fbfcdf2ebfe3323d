/**
 * Real builds of temporary copies of the site: the articles that link to a scenario appear on
 * its page and in the quiz result (computed, never listed by hand; drafts excluded), and a quiz
 * with a bad reference fails the build naming file, line and reference.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { TODAY } from '../helpers/content-sources.ts';

function mdx(slug: string, title: string, body: string, extra = ''): [string, string] {
  return [
    `content/articles/${slug}.mdx`,
    `---\ntitle: "${title}"\ndescription: "Een artikel voor de test, met een samenvatting die lang genoeg is voor de eisen."\npubDate: 2024-05-01\nreviewedDate: ${TODAY}\nauthor: redactie\ntags: [scenarios]\n${extra}---\n\n${body}\n`,
  ];
}

describe('a build where articles link to a scenario', () => {
  let fixture: FixtureSite;
  let read: (path: string) => Document;

  beforeAll(() => {
    fixture = createFixtureSite();
    fixture.write(
      ...mdx(
        'kiezen-voor-teams',
        'Kiezen voor Teams',
        'Lees [de risico’s](/kennisbank/scenarios/teams-eigen-aanbesteding/#risicos) eerst.',
      ),
    );
    fixture.write(
      ...mdx(
        'concept-over-teams',
        'Concept over Teams',
        'Zie [scenario](/kennisbank/scenarios/teams-eigen-aanbesteding/).',
        'draft: true\n',
      ),
    );
    fixture.write(
      ...mdx(
        'alleen-code',
        'Alleen code',
        '```md\n[scenario](/kennisbank/scenarios/cloudtelefonie/)\n```',
      ),
    );
    // The KCC question links to the published fixture article and to the draft.
    const questions = parse(readFileSync('content/scenariokompas.yaml', 'utf8')) as {
      id: string;
      links?: unknown[];
    }[];
    questions.find((q) => q.id === 'kcc')!.links = [
      { article: 'kiezen-voor-teams' },
      { article: 'concept-over-teams' },
    ];
    fixture.write('content/scenariokompas.yaml', stringify(questions));
    const result = fixture.build();
    expect(result.status, result.output).toBe(0);
    read = (path) =>
      parseHTML(readFileSync(join(fixture.dir, 'dist', path), 'utf8'))
        .document as unknown as Document;
  });

  afterAll(() => fixture?.dispose());

  // The real articles link to scenarios too; these tests look only at the fixture articles.
  const linked = (file: string) =>
    [
      ...(read(file).getElementById('artikelen')?.closest('section')?.querySelectorAll('li a') ??
        []),
    ].map((a) => [a.getAttribute('href'), a.textContent]);

  it('lists the published article that links to the scenario on its page, not the draft', () => {
    const list = linked('kennisbank/scenarios/teams-eigen-aanbesteding/index.html');
    expect(list).toContainEqual(['/artikelen/kiezen-voor-teams/', 'Kiezen voor Teams']);
    expect(list.map(([href]) => href)).not.toContain('/artikelen/concept-over-teams/');
  });

  it('does not count a link inside a code block', () => {
    const list = linked('kennisbank/scenarios/cloudtelefonie/index.html');
    expect(list.map(([href]) => href)).not.toContain('/artikelen/alleen-code/');
  });

  it('shows the linking article in the quiz result of that scenario, and resolves quiz links to published articles only', () => {
    const doc = read('scenariokompas/index.html');
    expect(
      [
        ...doc.querySelectorAll('[data-detail="teams-eigen-aanbesteding"] a[href^="/artikelen/"]'),
      ].map((a) => a.getAttribute('href')),
    ).toContain('/artikelen/kiezen-voor-teams/');
    expect(
      doc.querySelector('[data-links] li[data-q~="k"] a[href="/artikelen/kiezen-voor-teams/"]')
        ?.textContent,
    ).toBe('Kiezen voor Teams');
    expect(doc.querySelector('a[href="/artikelen/concept-over-teams/"]')).toBeNull();
  });
});

describe('a build with a broken quiz reference', () => {
  let fixture: FixtureSite;
  afterAll(() => fixture?.dispose());

  it('fails, naming the file, the line and the unknown scenario', () => {
    fixture = createFixtureSite();
    const source = readFileSync('content/scenariokompas.yaml', 'utf8');
    const broken = source.replace(
      'weights: { huidig-platform-verlengen: 2,',
      'weights: { huidig-platform-verlenge: 2,',
    );
    expect(broken).not.toBe(source);
    fixture.write('content/scenariokompas.yaml', broken);
    const line = broken.slice(0, broken.indexOf('huidig-platform-verlenge:')).split('\n').length;
    const result = fixture.build();
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      `content/scenariokompas.yaml:${line}: "contract.options[0].weights.huidig-platform-verlenge" verwijst naar scenario "huidig-platform-verlenge", dat niet bestaat — oplossing: bedoelt u "huidig-platform-verlengen"?`,
    );
  });
});
