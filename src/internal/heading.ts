import {html} from 'lit';
import type {TemplateResult} from 'lit';

// One plain template per level: lit/static-html.js would cost more than these six.
const LEVELS = [
  (name: string, content: TemplateResult) => html`<h1 part=${name} class=${name}>${content}</h1>`,
  (name: string, content: TemplateResult) => html`<h2 part=${name} class=${name}>${content}</h2>`,
  (name: string, content: TemplateResult) => html`<h3 part=${name} class=${name}>${content}</h3>`,
  (name: string, content: TemplateResult) => html`<h4 part=${name} class=${name}>${content}</h4>`,
  (name: string, content: TemplateResult) => html`<h5 part=${name} class=${name}>${content}</h5>`,
  (name: string, content: TemplateResult) => html`<h6 part=${name} class=${name}>${content}</h6>`,
];

/** A real heading element (`h1`…`h6`) whose level comes from a property; `name` is its part and class. */
export function headingTag(level: number, content: TemplateResult, name: string): TemplateResult {
  return LEVELS[Math.min(Math.max(Math.round(Number(level) || 3), 1), 6) - 1](name, content);
}
