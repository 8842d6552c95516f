/**
 * Test-runner commands for leak tests, through the Chrome DevTools Protocol.
 * No launch flag is needed (`window.gc` would need --js-flags=--expose-gc),
 * and the numbers are exact (`performance.memory` in this Chromium does not
 * change between reads).
 *
 *   executeServerCommand('collect-garbage')   → {usedSize, totalSize} of the page's JS heap, after a full collection
 *   executeServerCommand('count-objects', {prototype: 'customElements.get("news-article-card").prototype'})
 *                                             → {count} of live objects with that prototype in their chain
 */
export function heapPlugin() {
  return {
    name: 'news-heap',
    async executeCommand({command, payload, session}) {
      if (command !== 'collect-garbage' && command !== 'count-objects') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the Chrome launcher`);
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      const group = 'news-heap';
      const count = async (expression) => {
        const {result, exceptionDetails} = await cdp.send('Runtime.evaluate', {expression, objectGroup: group});
        if (exceptionDetails || !result.objectId) throw new Error(`${expression} is not an object`);
        const {objects} = await cdp.send('Runtime.queryObjects', {prototypeObjectId: result.objectId, objectGroup: group});
        const {result: length} = await cdp.send('Runtime.callFunctionOn', {
          objectId: objects.objectId,
          functionDeclaration: 'function () { return this.length; }',
          returnByValue: true,
        });
        return length.value;
      };
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        if (command === 'count-objects') return {count: await count(payload.prototype)};
        const {usedSize, totalSize} = await cdp.send('Runtime.getHeapUsage');
        return {usedSize, totalSize};
      } finally {
        await cdp.send('Runtime.releaseObjectGroup', {objectGroup: group}).catch(() => undefined);
        await cdp.detach();
      }
    },
  };
}
