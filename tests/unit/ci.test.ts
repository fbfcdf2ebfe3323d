/**
 * The GitHub Actions workflow and .ci/run must not drift apart: the same Debian packages, the
 * same commands in the same order, with the content check as its own, clearly named step
 * before the tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
}
const workflow = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
  on: { pull_request: unknown; push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { container?: string; steps: Step[] }>;
};
const ciRun = readFileSync('.ci/run', 'utf8');
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

/** The packages an `apt-get install` line names (its non-option words). */
function aptPackages(script: string): string[] {
  const line = /apt-get install ([^\n|&;]*)/.exec(script)?.[1] ?? '';
  return line.split(/\s+/).filter((word) => word && !word.startsWith('-') && !word.startsWith('"'));
}

describe('CI workflow', () => {
  it('runs on every pull request and every push to main, read-only', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('installs the same Debian packages as .ci/run, on Debian', () => {
    const workflowPackages = steps.flatMap((step) =>
      step.run?.includes('apt-get install') ? aptPackages(step.run) : [],
    );
    const ciRunPackages = [...ciRun.matchAll(/need\+=\(([\w.+-]+)\)/g)].map((m) => m[1]);
    expect(workflowPackages.sort()).toEqual(['chromium', 'nginx-light', 'openssl']);
    expect(ciRunPackages.sort()).toEqual(workflowPackages);
    expect(Object.values(workflow.jobs)[0]?.container).toMatch(/bookworm/);
  });

  it('runs the same npm commands as .ci/run, in the same order, ending with the test command', () => {
    const workflowCommands = steps
      .flatMap((step) => (step.run ?? '').split('\n'))
      .map((l) => l.trim())
      .filter((l) => l.startsWith('npm '));
    const ciRunCommands = ciRun
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('npm '));
    expect(workflowCommands).toEqual(['npm ci', 'npm run check:content', 'npm test']);
    expect(ciRunCommands).toEqual(workflowCommands);
  });

  it('checks the content in its own step, named for editors, before building and testing', () => {
    const check = steps.findIndex((step) => step.run === 'npm run check:content');
    const test = steps.findIndex((step) => step.run === 'npm test');
    expect(steps[check]?.name).toMatch(/^Inhoud controleren/);
    expect(check).toBeLessThan(test);
  });
});
