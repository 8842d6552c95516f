import {expect, waitUntil} from '@open-wc/testing';
import {faultServerUrl} from '/__fault-server.js';

/**
 * dist/reserve.css against the skeletons it stands in for: a page (in an
 * iframe, on the built files) holds widgets of every kind, variant and
 * layout, at several widths, whose feed never answers. Each widget's height
 * is measured before the bundle loads (only the stylesheet gives it one), and
 * again once it shows its skeleton: the two must agree, or the page moves
 * when the script arrives.
 */

const HANG = `${faultServerUrl}/hang?key=reserve`;

interface Case {
  label: string;
  markup: string;
  widths: number[];
}

const CASES: Case[] = [
  {label: 'category nav', markup: `<news-category-nav src="${HANG}"></news-category-nav>`, widths: [320, 900]},
  {label: 'article', markup: `<news-article src="${HANG}"></news-article>`, widths: [320, 480, 700, 1000]},
  {label: 'dark article', markup: `<news-article theme="dark" src="${HANG}"></news-article>`, widths: [360, 900]},
  ...(['standard', 'horizontal', 'compact', 'hero'] as const).map((variant) => ({
    label: `${variant} card`,
    markup: `<news-article-card variant="${variant}" src="${HANG}"></news-article-card>`,
    widths: [300, 420, 600, 900],
  })),
  {label: 'card without a variant', markup: `<news-article-card src="${HANG}"></news-article-card>`, widths: [360]},
  {label: 'related list', markup: `<news-related-list article-id="1" src="${HANG}"></news-related-list>`, widths: [320, 600]},
  {label: 'related list, limit 3', markup: `<news-related-list limit="3" article-id="1" src="${HANG}"></news-related-list>`, widths: [320]},
  {label: 'article list', markup: `<news-article-list src="${HANG}"></news-article-list>`, widths: [360, 800]},
  {label: 'article list with a heading, limit 2', markup: `<news-article-list heading="News" limit="2" src="${HANG}"></news-article-list>`, widths: [360, 800]},
  {label: 'grid', markup: `<news-article-list layout="grid" limit="6" heading="Top" src="${HANG}"></news-article-list>`, widths: [360, 800, 1200]},
  {label: 'carousel', markup: `<news-article-list layout="carousel" heading="All" src="${HANG}"></news-article-list>`, widths: [360, 900]},
];

describe('news-widgets/reserve.css', function () {
  this.timeout(20_000);
  let frame: HTMLIFrameElement | undefined;
  after(() => frame?.remove());

  // A typical page; and a theme that makes 1rem 10px and sets its text in rem, whose widgets' text (in em) is
  // as large as on the first page while their spacing (in rem) is smaller.
  const PAGES = {
    'on a typical page': 'body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }',
    'on a theme with html { font-size: 62.5% }': 'html { font-size: 62.5%; } body { margin: 0; font: 1.6rem/1.5 system-ui, sans-serif; }',
  };
  for (const [name, pageCss] of Object.entries(PAGES)) {
    it(`gives every widget, before the script defines it, the height of its skeleton, ${name}`, () => reservesSkeletons(pageCss));
  }

  async function reservesSkeletons(pageCss: string): Promise<void> {
    frame?.remove();
    const boxes = CASES.flatMap(({label, markup, widths}) => widths.map((width) => ({label, width, markup})));
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1300px; height: 800px; border: 0;';
    // Fonts and sizes of a typical page; the widgets inherit them.
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <link rel="stylesheet" href="/dist/reserve.css">
      <style>${pageCss} .box { margin-bottom: 8px; }</style>
      </head><body>${boxes.map((box, i) => `<div class="box" id="box-${i}" style="width: ${box.width}px">${box.markup}</div>`).join('')}</body></html>`;
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const widget = (i: number) => doc.getElementById(`box-${i}`)!.firstElementChild!;
    const height = (i: number) => widget(i).getBoundingClientRect().height;

    expect(doc.querySelector(':defined[src]'), 'no widget is defined yet').to.equal(null);
    const reserved = boxes.map((_, i) => height(i));

    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/news-widgets.js';
    doc.head.append(script);
    await waitUntil(() => boxes.every((_, i) => widget(i).shadowRoot?.querySelector('[aria-busy="true"]')), 'every widget shows its skeleton', {timeout: 10_000});

    const mismatches = boxes
      .map((box, i) => ({...box, reserved: Math.round(reserved[i] * 10) / 10, skeleton: Math.round(height(i) * 10) / 10}))
      .filter(({reserved, skeleton}) => skeleton === 0 || Math.abs(reserved - skeleton) > 1)
      .map(({label, width, reserved, skeleton}) => `${label} at ${width}px: reserved ${reserved}, skeleton ${skeleton}`);
    expect(mismatches).to.deep.equal([]);
  }

  /** An 800 by 600 page with reserve.css and a typical page's font, `head` and `body` added; its window once loaded. */
  async function openSmallFrame(head: string, body: string): Promise<Window & typeof globalThis> {
    frame?.remove();
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px; border: 0;';
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <link rel="stylesheet" href="/dist/reserve.css">
      <style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }</style>${head}
      </head><body>${body}</body></html>`;
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    await loaded;
    return frame.contentWindow as Window & typeof globalThis;
  }

  it('keeps a defined widget in place while its language catalog loads', async () => {
    const win = (await openSmallFrame('', `<div style="width: 600px"><news-article lang="xx" src="${HANG}"></news-article></div>`)) as Window &
      typeof globalThis & {releaseCatalog?: () => void};
    const article = win.document.querySelector('news-article')!;
    const reserved = article.getBoundingClientRect().height;
    expect(reserved).to.be.greaterThan(300);

    // A catalog that arrives only when the test says so, registered before the elements are defined.
    const script = win.document.createElement('script');
    script.type = 'module';
    script.textContent = `
      import {registerLocale} from '/src/i18n/locale.ts';
      registerLocale('xx', () => new Promise((resolve) => { window.releaseCatalog = () => resolve({templates: {}}); }));
      await import('/src/define.ts');
    `;
    win.document.head.append(script);
    await waitUntil(() => win.customElements.get('news-article') && win.releaseCatalog, 'the bundle is loaded', {timeout: 10_000});
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect(article.shadowRoot?.childElementCount ?? 0, 'nothing rendered yet').to.equal(0);
    expect(article.hasAttribute('data-pending')).to.be.true;
    expect(article.getBoundingClientRect().height).to.equal(reserved);

    win.releaseCatalog!();
    await waitUntil(() => article.shadowRoot?.querySelector('[aria-busy="true"]'), 'the skeleton');
    expect(article.hasAttribute('data-pending')).to.be.false;
    expect(Math.abs(article.getBoundingClientRect().height - reserved)).to.be.at.most(1);
  });

  it('keeps a lazy widget in place until the reader scrolls near it', async () => {
    const win = await openSmallFrame(
      '<script type="module" src="/dist/news-widgets.js"></script>',
      `<div style="height: 2400px"></div><div style="width: 600px"><news-article-list lazy heading="Later" src="${HANG}"></news-article-list></div>`,
    );
    const list = win.document.querySelector('news-article-list')!;
    await waitUntil(() => win.customElements.get('news-article-list'), 'the bundle is loaded', {timeout: 10_000});
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
    expect(list.shadowRoot?.childElementCount ?? 0, 'nothing rendered while far').to.equal(0);
    expect(list.hasAttribute('data-pending')).to.be.true;
    const reserved = list.getBoundingClientRect().height;
    expect(reserved, 'the reserve of a list of three cards').to.be.greaterThan(600);

    list.scrollIntoView();
    await waitUntil(() => list.shadowRoot?.querySelector('[aria-busy="true"]'), 'the skeleton, once near');
    expect(list.hasAttribute('data-pending')).to.be.false;
    expect(Math.abs(list.getBoundingClientRect().height - reserved)).to.be.at.most(1);
  });
});
