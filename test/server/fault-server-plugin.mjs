/**
 * Starts the fault server (a real HTTP server on 127.0.0.1) next to the test
 * runner and tells the tests its address through a virtual module:
 *   import {faultServerUrl} from '/__fault-server.js';
 */
import {startFaultServer} from './fault-server.mjs';

export function faultServerPlugin() {
  let server;
  return {
    name: 'news-fault-server',
    async serverStart() {
      server = await startFaultServer();
    },
    async serverStop() {
      await server?.close();
    },
    serve(context) {
      if (context.path === '/__fault-server.js') {
        return {body: `export const faultServerUrl = ${JSON.stringify(server.url)};`, type: 'js'};
      }
    },
  };
}
