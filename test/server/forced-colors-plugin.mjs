/**
 * Test-runner command that turns the forced-colors media feature (Windows
 * High Contrast) on or off, through the Chrome DevTools Protocol: the stock
 * `emulateMedia` command covers only colour scheme and reduced motion for
 * this launcher. Chromium then paints as in forced colours, not just
 * matching the media query.
 *
 *   executeServerCommand('forced-colors', true | false)
 */
export function forcedColorsPlugin() {
  // One protocol session per test page, kept open: the emulation ends with its session.
  const sessions = new Map();
  return {
    name: 'news-forced-colors',
    async executeCommand({command, payload, session}) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('forced-colors needs the Chrome launcher');
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: payload ? 'active' : 'none'}]});
      return true;
    },
  };
}
