import {expect} from '@open-wc/testing';
import {forceSanitizerEngine, prepareSanitizer, safeUrl, safeSrcset, sanitizeHtml, toPlainText, slugify} from '../../src/data/sanitize.js';

const base = 'https://news.example/api/feed.json';

describe('safeUrl', () => {
  it('resolves relative URLs against the endpoint', () => {
    expect(safeUrl('/a/1', base)).to.equal('https://news.example/a/1');
    expect(safeUrl('img.jpg', base)).to.equal('https://news.example/api/img.jpg');
  });
  it('keeps http and https', () => {
    expect(safeUrl('http://x.example/', base)).to.equal('http://x.example/');
  });
  for (const hostile of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
  ]) {
    it(`rejects ${JSON.stringify(hostile)}`, () => {
      expect(safeUrl(hostile, base)).to.equal(undefined);
    });
  }
  it('treats an entity-encoded scheme as a harmless relative path', () => {
    const out = safeUrl('javascript&#58;alert(1)', base);
    expect(out?.startsWith('https://news.example/')).to.be.true;
  });
  it('returns undefined for empty or non-string input', () => {
    expect(safeUrl('', base)).to.equal(undefined);
    expect(safeUrl(42, base)).to.equal(undefined);
  });
});

describe('safeSrcset', () => {
  it('keeps safe candidates and drops hostile ones', () => {
    expect(safeSrcset('/a.jpg 300w, javascript:alert(1) 600w, b.jpg 900w', base)).to.equal(
      'https://news.example/a.jpg 300w, https://news.example/api/b.jpg 900w',
    );
  });
  it('returns undefined when nothing is safe', () => {
    expect(safeSrcset('javascript:alert(1) 1x', base)).to.equal(undefined);
  });
});

describe('toPlainText', () => {
  it('decodes entities and strips tags', () => {
    expect(toPlainText('Caf&eacute; &amp; <em>cr&egrave;me</em> &#8220;br&ucirc;l&eacute;e&#8221;')).to.equal(
      'Café & crème “brûlée”',
    );
  });
  it('keeps words of separate paragraphs apart', () => {
    expect(toPlainText('<p>One</p><p>Two</p>')).to.equal('One Two');
  });
  it('drops script and style content and runs nothing', () => {
    (window as unknown as {__pwned?: boolean}).__pwned = false;
    expect(toPlainText('<script>window.__pwned=true</script><img src=x onerror="window.__pwned=true">Hi')).to.equal('Hi');
    expect((window as unknown as {__pwned?: boolean}).__pwned).to.equal(false);
  });
  // Simple markup is read without a parser: it must read exactly as parsed markup does.
  it('reads simple markup exactly as the HTML parser does', () => {
    const parsed = (html: string) => {
      const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
      doc.body.querySelectorAll('script, style, template, noscript, iframe, object').forEach((node) => node.remove());
      let text = '';
      const walk = (node: Node) => {
        for (let child = node.firstChild; child; child = child.nextSibling) {
          const block = child instanceof Element && /^(P|DIV|BR|LI|H[1-6]|BLOCKQUOTE)$/.test(child.tagName);
          if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue;
          if (block) text += ' ';
          walk(child);
          if (block) text += ' ';
        }
      };
      walk(doc.body);
      return text.replace(/\s+/g, ' ').trim() || undefined;
    };
    for (const html of [
      'Port-Sauvin&#8217;s old bridge',
      '<p>Stonemasons replaced blocks.</p>\n',
      'A&#x2019;b &#X2019; &amp; &lt;tag&gt; &quot;q&quot; &apos; x&nbsp;y',
      'one<br>two<br/>three<br />four',
      '<h2>Head</h2><p>Body <em>with</em> <strong>bold</strong></p><ul><li>a</li><li>b</li></ul>',
      'word<em>joined</em>word',
      // Left to the parser, which reads these its own way:
      '&#128; euro, &#0; nul, &#xD800; surrogate, &#1114112; too large',
      '&AMP; &Amp; &amp &eacute; fish & chips',
      '<p class="x">attributes</p> <a href="/x">link</a>',
      '<script>hidden()</script>shown <style>p{}</style>',
      '<textarea><p>kept as text</p></textarea>',
      '<!-- comment -->text <![CDATA[x]]>',
      'a < b and c > d',
    ]) {
      expect(toPlainText(html), html).to.equal(parsed(html));
    }
  });
  it('returns undefined for blank input', () => {
    expect(toPlainText('  <p> </p> ')).to.equal(undefined);
    expect(toPlainText(undefined)).to.equal(undefined);
  });
});

// Both engines must give the same guarantees: the browser's Sanitizer API and DOMPurify.
for (const engine of ['native', 'dompurify'] as const) {
  describe(`sanitizeHtml (${engine})`, () => {
    before(async () => {
      forceSanitizerEngine(engine);
      await prepareSanitizer();
    });
    after(() => forceSanitizerEngine(undefined));

    it('keeps the allowed structure', () => {
      const html = sanitizeHtml('<h2>Title</h2><p>A <em>b</em> <strong>c</strong></p><ul><li>x</li></ul><blockquote>q</blockquote>', base);
      expect(html).to.equal('<h2>Title</h2><p>A <em>b</em> <strong>c</strong></p><ul><li>x</li></ul><blockquote>q</blockquote>');
    });
    it('resolves links, adds rel, and drops unsafe hrefs', () => {
      const html = sanitizeHtml('<a href="/x">ok</a><a href="javascript:alert(1)">bad</a>', base)!;
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const [ok, bad] = Array.from(doc.querySelectorAll('a'));
      expect(ok.getAttribute('href')).to.equal('https://news.example/x');
      expect(ok.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(bad.hasAttribute('href')).to.be.false;
    });
    it('keeps figures with images and captions, lazy-loaded', () => {
      const html = sanitizeHtml('<figure><img src="p.jpg" alt="A"><figcaption>Cap</figcaption></figure>', base)!;
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const img = doc.querySelector('figure img')!;
      expect(img.getAttribute('src')).to.equal('https://news.example/api/p.jpg');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(doc.querySelector('figcaption')!.textContent).to.equal('Cap');
    });
    it('removes scripts, handlers, styles, iframes and data: images', () => {
      const html = sanitizeHtml(
        '<p style="color:red" onclick="x()">t</p><script>x()</script><iframe src="https://e.example"></iframe><img src="data:image/png;base64,AAAA"><svg onload="x()"></svg>',
        base,
      );
      expect(html).to.equal('<p>t</p>');
    });
    it('returns undefined when nothing is left', () => {
      expect(sanitizeHtml('<script>x()</script>', base)).to.equal(undefined);
    });
    it('gives the placeholders of lazy-loading plugins their real sources, once', () => {
      const html = sanitizeHtml(
        '<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/photo.jpg" alt="A"><figcaption>Cap</figcaption></figure>' +
          '<p><img src="blank.gif" data-lazy-src="big.jpg" data-lazy-srcset="big.jpg 1x, big2.jpg 2x" alt="B"><noscript><img src="big.jpg" alt="B"></noscript></p>',
        base,
      )!;
      const images = Array.from(new DOMParser().parseFromString(html, 'text/html').querySelectorAll('img'));
      expect(images.map((img) => [img.getAttribute('src'), img.getAttribute('srcset'), img.alt])).to.deep.equal([
        ['https://news.example/photo.jpg', null, 'A'],
        ['https://news.example/api/big.jpg', 'https://news.example/api/big.jpg 1x, https://news.example/api/big2.jpg 2x', 'B'],
      ]);
      expect(html).to.not.match(/data-/);
    });
    it('keeps sizes on images only, and table cells spanning a few rows or columns, never thousands', () => {
      const html = sanitizeHtml(
        '<table height="9999999"><tr height="999"><td rowspan="65534" colspan="0" height="9">a</td><td colspan="3" rowspan="12">b</td></tr></table>' +
          '<hr width="99999"><img src="p.jpg" width="10" height="20" alt="">',
        base,
      );
      expect(html).to.equal(
        '<table><tbody><tr><td>a</td><td colspan="3" rowspan="12">b</td></tr></tbody></table><hr><img src="https://news.example/api/p.jpg" width="10" height="20" alt="" loading="lazy" decoding="async">',
      );
    });
    it('gives an image that brings only a srcset its first candidate as source', () => {
      const html = sanitizeHtml('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-srcset="a.jpg 1x, b.jpg 2x" alt="A">', base)!;
      const img = new DOMParser().parseFromString(html, 'text/html').querySelector('img')!;
      expect([img.getAttribute('src'), img.getAttribute('srcset')]).to.deep.equal(['https://news.example/api/a.jpg', 'https://news.example/api/a.jpg 1x, https://news.example/api/b.jpg 2x']);
    });
    it("points a footnote link at the story's page, however the feed spaced it", () => {
      const html = sanitizeHtml('<a href="\u0001 #fn3">3</a><a href="#fn4">4</a>', base, 'https://site.example/story/')!;
      const hrefs = Array.from(new DOMParser().parseFromString(html, 'text/html').querySelectorAll('a'), (a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['https://site.example/story/#fn3', 'https://site.example/story/#fn4']);
    });
    it('keeps code, tables, definitions, keys, ruby, edits and dates as markup, and the text of the wrappers it unwraps', async () => {
      const body = (await (await fetch('/test/fixtures/rich-body.json')).json()) as {kept: string; unwrapped: string; unwrappedText: string};
      expect(sanitizeHtml(body.kept, base)).to.equal(body.kept);
      expect(sanitizeHtml(body.unwrapped, base)).to.equal(body.unwrappedText);
    });
  });
}

describe('slugify', () => {
  it('makes readable slugs in several scripts', () => {
    expect(slugify('Actualité Économique')).to.equal('actualite-economique');
    expect(slugify('Thời sự')).to.equal('thoi-su');
    expect(slugify('経済')).to.equal('経済');
  });
});

describe('URL segments and srcset edge cases', () => {
  it('encodes a slug holding a lone surrogate instead of throwing', async () => {
    const {encodeSegment} = await import('../../src/data/sanitize.js');
    expect(encodeSegment('a\ud800b')).to.equal('a%EF%BF%BDb');
  });

  it('splits srcset candidates with no space after the comma', () => {
    expect(safeSrcset('a.jpg 1x,b.jpg 2x', base)).to.equal('https://news.example/api/a.jpg 1x, https://news.example/api/b.jpg 2x');
  });
});

describe('roughText (when a CSP forbids the parsing policy)', () => {
  it('drops tags and scripts and decodes the common entities', async () => {
    const {roughText} = await import('../../src/data/sanitize.js');
    expect(roughText('Caf&eacute; &amp; <em>cr&#232;me</em> &#x2014; <script>x()</script>&lt;b&gt;').replace(/\s+/g, ' ').trim()).to.equal(
      'Caf&eacute; & crème — <b>',
    );
  });
});
