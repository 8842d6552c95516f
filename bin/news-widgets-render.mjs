#!/usr/bin/env node
/**
 * news-widgets-render: one widget, rendered on the server, as an HTML
 * fragment for static sites and CMS themes. See `--help`.
 */
import {readFile, writeFile} from 'node:fs/promises';
import {parseArgs} from 'node:util';
import {renderWidget, WIDGET_TAGS} from '../dist/ssr/index.js';

const USAGE = `Usage: news-widgets-render <tag> --feed <file|url> [options]

Renders <tag> (news-provider, ${WIDGET_TAGS.join(', ')}) to HTML with declarative shadow DOM,
the feed it rendered from (for news-widgets.hydrate.js), plain links to its
articles and, with --json-ld, structured data.

  --feed <file|url>    The feed: a JSON file, or an http(s) URL to fetch.
  --src <url>          The widget's src in the page (default: --feed when it is a URL).
                       Without one the fragment is static and never hydrates.
  --base <url>         Base for relative URLs in a feed file (default: --src).
  --lang <tag>         Language of labels and dates (default: en).
  --format <name>      auto (default), jsonfeed, wordpress or native.
  --map <json>         A JSON field map for any other shape.
  --attr name=value    Any other attribute of the widget; repeat as needed
                       (article-id=42, limit=6, layout=grid, heading=Latest, ...).
  --child "<tag> name=value ..."
                       For news-provider: a widget inside it, sharing its feed; repeat
                       in page order (e.g. --child "news-article-list limit=6 heading='À la une'").
  --json-ld            Add schema.org JSON-LD (ItemList for lists, NewsArticle for news-article).
  --no-fallback        Leave out the plain links.
  --no-embed           Leave out the feed: another widget with the same --src on the
                       page carries it (render one of them without this flag).
  --now <date>         Write dates as at this time (ISO 8601), for reproducible builds.
  --time-zone <zone>   Time zone of dates for widgets without a time-zone attribute
                       (default: the machine's); the reader's applies once hydrated.
  --out <file>         Write there instead of to standard output.
  --help               This text.`;

/** `name=value` strings as attributes; `undefined` (after saying why) when one is not. */
function pairs(list) {
  const attributes = {};
  for (const pair of list) {
    const at = pair.indexOf('=');
    if (at < 1) {
      console.error(`Attributes are name=value, got: ${pair}`);
      return undefined;
    }
    attributes[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return attributes;
}

async function main() {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {
      feed: {type: 'string'},
      src: {type: 'string'},
      base: {type: 'string'},
      lang: {type: 'string'},
      format: {type: 'string'},
      map: {type: 'string'},
      attr: {type: 'string', multiple: true},
      child: {type: 'string', multiple: true},
      'json-ld': {type: 'boolean'},
      'no-fallback': {type: 'boolean'},
      'no-embed': {type: 'boolean'},
      out: {type: 'string'},
      now: {type: 'string'},
      'time-zone': {type: 'string'},
      help: {type: 'boolean'},
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [tag] = positionals;
  if (!tag || !(tag === 'news-provider' || WIDGET_TAGS.includes(tag)) || !values.feed || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const attributes = pairs(values.attr ?? []);
  // "news-article-list limit=6 heading='À la une'": values with spaces in single or double quotes.
  const children = (values.child ?? []).map((text) => {
    const [childTag, ...rest] = text.trim().match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? [];
    return {tag: childTag, attributes: pairs(rest.map((part) => part.replace(/^([^=]*=)(["'])(.*)\2$/s, '$1$3')))};
  });
  if (!attributes || children.some((child) => !child.attributes)) return 2;
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) {
    console.error(`--now wants an ISO 8601 date, got: ${values.now}`);
    return 2;
  }
  const isUrl = /^https?:\/\//i.test(values.feed);
  const src = values.src ?? (isUrl ? values.feed : undefined);
  const html = await renderWidget({
    tag,
    src,
    ...(isUrl ? {fetchUrl: values.feed} : {json: JSON.parse(await readFile(values.feed, 'utf8')), baseUrl: values.base ?? src}),
    lang: values.lang,
    format: values.format,
    map: values.map,
    attributes,
    children: tag === 'news-provider' ? children : undefined,
    jsonLd: values['json-ld'],
    fallback: !values['no-fallback'],
    embedFeed: !values['no-embed'],
    now: values.now === undefined ? undefined : Date.parse(values.now),
    timeZone: values['time-zone'],
  });
  if (values.out) await writeFile(values.out, html + '\n');
  else await writeOut(html + '\n');
  return 0;
}

/**
 * Writes to stdout and waits until it is written. A pipe (a CMS theme reading the command through
 * PHP's shell_exec, say) takes 64 KiB at a time, and on Linux Node writes the rest later:
 * process.exit() right after write() would cut the fragment there.
 */
const writeOut = (text) => new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`news-widgets-render: ${error?.message ?? error}`);
    process.exit(1);
  },
);
