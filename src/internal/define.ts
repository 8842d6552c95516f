/**
 * Registers `tag` unless it is taken, so loading the script twice (or the ES
 * and classic builds together) is a no-op rather than an exception.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, ctor);
}
