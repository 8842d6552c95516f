/**
 * What the localization tests share: the translators' catalogs read from
 * xliff/*.xlf (served by the test runner from the project root), and ways to
 * look at a widget's shadow DOM as a reader (or a screen reader) would.
 */

/** English, the source, and every shipped catalog. */
export const LANGUAGES = ['en', 'ar', 'de', 'es', 'fr', 'id', 'it', 'ja', 'pt', 'ru', 'vi', 'zh-Hans'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A message as the XLIFF writes it: text, and `<x id="N"/>` placeholders as their index N. */
export type Pieces = Array<string | number>;

export interface Unit {
  id: string;
  source: Pieces;
  target?: Pieces;
}

const files = new Map<string, Promise<Map<string, Unit>>>();

function pieces(element: Element | undefined): Pieces | undefined {
  if (!element) return undefined;
  return Array.from(element.childNodes, (node) =>
    node.nodeType === Node.ELEMENT_NODE ? Number((node as Element).getAttribute('id')) : (node.textContent ?? ''),
  );
}

/** The trans-units of xliff/<file>.xlf, by id. */
export function readXliff(file: string): Promise<Map<string, Unit>> {
  let units = files.get(file);
  if (!units) {
    units = fetch(`/xliff/${file}.xlf`)
      .then((response) => {
        if (!response.ok) throw new Error(`xliff/${file}.xlf: HTTP ${response.status}`);
        return response.text();
      })
      .then((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        if (doc.querySelector('parsererror')) throw new Error(`xliff/${file}.xlf is not well-formed XML`);
        const map = new Map<string, Unit>();
        for (const unit of Array.from(doc.getElementsByTagName('trans-unit'))) {
          const id = unit.getAttribute('id')!;
          map.set(id, {
            id,
            source: pieces(unit.getElementsByTagName('source')[0])!,
            target: pieces(unit.getElementsByTagName('target')[0]),
          });
        }
        return map;
      });
    files.set(file, units);
  }
  return units;
}

/** The messages of one language, by id: English from the sources, the others from their targets. */
export async function catalog(lang: Language): Promise<Map<string, Pieces>> {
  const units = await readXliff(lang === 'en' ? 'fr' : lang);
  const messages = new Map<string, Pieces>();
  for (const unit of units.values()) {
    const text = lang === 'en' ? unit.source : unit.target;
    if (text) messages.set(unit.id, text);
  }
  return messages;
}

/** A message with its placeholders replaced, white space collapsed. */
export function fill(message: Pieces | undefined, ...values: string[]): string {
  if (!message) throw new Error('no such message in the catalog');
  return clean(message.map((piece) => (typeof piece === 'number' ? values[piece] : piece)).join(''));
}

/** White space collapsed, non-breaking spaces included, as a reader would not see them apart. */
export const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Text of the first match in `el`'s shadow root. */
export const shadowText = (el: Element, selector: string): string | undefined => {
  const found = el.shadowRoot?.querySelector(selector);
  return found ? clean(found.textContent) : undefined;
};

/** The first match in `el`'s shadow root. */
export const inShadow = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

/** The language that applies to a node: its nearest `lang`, crossing shadow roots. */
export function effectiveLang(node: Node): string | undefined {
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  while (element) {
    const withLang = element.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang')!;
    const root = element.getRootNode();
    element = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** Ids of the plural messages, by CLDR category. */
export const pluralId = (category: Intl.LDMLPluralRule): string => `comments.${category}`;
