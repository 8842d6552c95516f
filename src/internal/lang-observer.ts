/**
 * One MutationObserver for the whole page, watching every `lang` and `dir` attribute,
 * so that a language change on `<html>`, a provider or a widget reaches the
 * widgets below it. Started with the first widget, stopped with the last.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/** Makes every widget resolve its language again (a language was registered, see ../i18n/locale.ts). */
export function resolveLanguagesAgain(): void {
  listeners.forEach((l) => l());
}

export function observeLang(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang', 'dir'], subtree: true});
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
