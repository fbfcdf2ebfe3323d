/**
 * `npm run new` as an editor runs it, in a copy of the site: the new draft passes the content
 * checks and the site still builds (without the draft); a taken slug is refused; without a
 * title the script asks for one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/content-checks.ts';
import { checkContent } from '../../src/lib/content/checkers.ts';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';

let fixture: FixtureSite;

/** Runs an npm script in the copy, as an editor would in a terminal. */
function npm(
  args: string[],
  input?: string,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', ['run', '--silent', ...args], {
    cwd: fixture.dir,
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  fixture = createFixtureSite();
});

afterAll(() => fixture?.dispose());

describe('npm run new', () => {
  let created: ReturnType<typeof npm>;
  const path = 'content/articles/wat-kost-teams-telefonie-een-gemeente.mdx';

  let part: number;

  beforeAll(async () => {
    const { context } = checkContent(readContentFiles(fixture.dir));
    part =
      Math.max(
        ...context.articles.map((a) => (a.data?.series === 'gt-connect' ? a.data.seriesPart! : 0)),
      ) + 1;
    created = npm(['new', '--', 'Wat kost Teams-telefonie een gemeente?', '--reeks', 'gt-connect']);
  });

  it('creates the draft and says where it is and what to do next, in Dutch', () => {
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain(`Nieuw concept: ${path}`);
    expect(created.stdout).toContain(
      `Webadres na publicatie: /artikelen/wat-kost-teams-telefonie-een-gemeente/ (deel ${part} van de reeks "gt-connect")`,
    );
    expect(created.stdout).toContain(
      'npm run dev, dan http://127.0.0.1:4321/artikelen/wat-kost-teams-telefonie-een-gemeente/',
    );
    expect(created.stdout).toContain('Zet "draft: false"');
    const source = readFileSync(join(fixture.dir, path), 'utf8');
    expect(source).toMatch(/^---\ntitle: "Wat kost Teams-telefonie een gemeente\?"\n/);
    expect(source).toMatch(/\npubDate: \d{4}-\d{2}-\d{2} /);
    expect(source).toContain('\nauthor: redactie ');
    expect(source).toContain(`\nseries: gt-connect\nseriesPart: ${part} `);
    expect(source).toContain('\ndraft: true ');
    expect(source).toContain('\n## Bronnen\n');
  });

  it('leaves content that passes npm run check:content without any remark about the new file', () => {
    const check = npm(['check:content']);
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).not.toContain(path);
  });

  it('refuses the same title again, explaining why', () => {
    const again = npm(['new', '--', 'Wat kost Teams-telefonie een gemeente?']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      `Er bestaat al een artikel met het webadres /artikelen/wat-kost-teams-telefonie-een-gemeente/: ${path}.`,
    );
  });

  it('refuses a slug that exists in a subfolder', () => {
    fixture.write(
      'content/articles/2021/dubbel-artikel.mdx',
      readFileSync(join(fixture.dir, path), 'utf8'),
    );
    const result = npm(['new', '--', 'Dubbel artikel']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/articles/2021/dubbel-artikel.mdx');
    fixture.remove('content/articles/2021');
  });

  it('asks for the title and the series when none is given', () => {
    const result = npm(['new'], 'Gevraagd artikel\n\n');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Titel van het nieuwe artikel: Gevraagd artikel');
    expect(result.stdout).toContain('Nieuw concept: content/articles/gevraagd-artikel.mdx');
    expect(
      readFileSync(join(fixture.dir, 'content/articles/gevraagd-artikel.mdx'), 'utf8'),
    ).not.toContain('\nseries:');
  });

  it('builds the site afterwards, without the drafts', () => {
    const build = fixture.build();
    expect(build.status, build.output).toBe(0);
    expect(
      existsSync(
        join(fixture.dir, 'dist/artikelen/het-begin-van-het-einde-van-gt-connect/index.html'),
      ),
    ).toBe(true);
    expect(
      existsSync(
        join(fixture.dir, 'dist/artikelen/wat-kost-teams-telefonie-een-gemeente/index.html'),
      ),
    ).toBe(false);
  });
});
