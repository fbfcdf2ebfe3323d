/**
 * Debian's Chromium, the one browser every test, benchmark and audit drives. No browser is
 * ever downloaded: `apt-get install -y chromium`, or point CHROME_PATH elsewhere.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/**
 * Flags for a quiet, offline, unprivileged headless Chromium. Without the networking flags it
 * tries Google's services at every start, which this machine's closed network refuses.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** Throws a message that says how to install Chromium when it is missing. */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` or set CHROME_PATH.`,
    );
  }
  return CHROMIUM_PATH;
}
