/** The build and e2e suites test dist/: fail early and clearly when it has not been built. */
import { existsSync } from 'node:fs';

export default function requireDist(): void {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` first (or `npm test`, which builds).');
  }
}
