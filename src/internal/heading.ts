import type {TemplateResult} from 'lit';
import {html, literal} from 'lit/static-html.js';

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A real heading element (`h1`…`h6`) whose level comes from a property. */
export function headingTag(level: number, content: TemplateResult, part: string, className: string): TemplateResult {
  const index = Math.min(Math.max(Math.round(Number(level) || 3), 1), 6) - 1;
  const tag = TAGS[index];
  // Static tag names from lit/static-html.js are allowed where plain bindings are not.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} part=${part} class=${className}>${content}</${tag}>`;
}
