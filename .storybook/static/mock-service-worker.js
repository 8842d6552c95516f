/**
 * Answers the stories' mock endpoints (mock-routes-core.mjs) in a static
 * build of Storybook, where no server of ours runs. Registered by the
 * preview (.storybook/preview.ts) in built Storybooks only; every other
 * request goes to the network untouched.
 */
import {answerMock} from './mock-routes-core.mjs';

const scope = () => self.registration.scope;

/** @type {import('./mock-routes-core.mjs').MockHost} */
const host = {
  wpPosts: async (lang) => (await fetch(new URL(`demo/data/${lang}/wp-posts.json`, scope()))).text(),
  get demoPath() {
    return new URL('demo/', scope()).pathname;
  },
};

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
// A page loaded past the worker (a hard reload) asks to be taken over.
self.addEventListener('message', (event) => {
  if (event.data === 'claim') event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  const answer = answerMock(url, host);
  if (!answer) return;
  event.respondWith(
    answer.then((mock) => {
      // Never answers: pending until the page gives up (the client's timeout aborts its fetch).
      if (!mock) return new Promise(() => {});
      if (mock.headers.Location) return Response.redirect(new URL(mock.headers.Location, self.location.origin).href, mock.status);
      return new Response(mock.body, {status: mock.status, headers: {'Cache-Control': 'no-store', ...mock.headers}});
    }),
  );
});
