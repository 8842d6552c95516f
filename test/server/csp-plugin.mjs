/**
 * Serves the pages of test/csp with a strict Content Security Policy header,
 * Trusted Types included, as a careful host site would: nothing inline,
 * nothing from another origin, no string reaching an HTML sink.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "style-src 'self'",
  "script-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  // The policies the bundle creates: Lit's, the library's own (src/data/sanitize.ts),
  // and DOMPurify's in browsers without the Sanitizer API.
  'trusted-types lit-html news-widgets dompurify',
].join('; ');

/** A page that also runs Lit of its own, or loads the bundle twice, creates each policy more than once. */
const POLICIES = {
  'strict-page.html': STRICT_CSP,
  'host-lit-page.html': `${STRICT_CSP} 'allow-duplicates'`,
  // A list that leaves out the library's own policy (news-widgets): its feed text must still read.
  'refused-policy-page.html': STRICT_CSP.replace(' news-widgets', ''),
};

export function cspPlugin() {
  return {
    name: 'news-csp-pages',
    transform(context) {
      const page = /^\/test\/csp\/([^/]+\.html)$/.exec(context.path)?.[1];
      // ?refuse=all: DOMPurify's policy left out as well.
      if (page === 'refused-policy-page.html' && context.URL.searchParams.get('refuse') === 'all') {
        return {headers: {'Content-Security-Policy': POLICIES[page].replace(' dompurify', '')}};
      }
      if (page && POLICIES[page]) return {headers: {'Content-Security-Policy': POLICIES[page]}};
      return undefined;
    },
  };
}
