/**
 * How the tests launch Chromium. Debian's Chromium runs as root in a sandbox-less container with no
 * network but the package registries: without these flags it tries, and fails, to reach Google's hosts.
 */
import { existsSync } from 'node:fs';

export const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else undefined (Playwright's own browser). */
export const chromiumPath: string | undefined =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
