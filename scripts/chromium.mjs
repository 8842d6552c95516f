/**
 * How every tool here starts Chromium: Debian's package unless CHROME_PATH
 * names another, headless, with the background services a closed network
 * would otherwise flood with failing requests turned off.
 */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
