/**
 * What a React 19 application writes with `import type {} from 'news-widgets/jsx'`, type-checked against the
 * built dist/jsx.d.ts by scripts/check-package.mjs (after the build; the project's own tsconfig leaves this
 * folder out). Each line is something React accepts on any element, or a mistake the types must catch.
 */
import type {} from 'news-widgets/jsx';
import type {NewsArticleCard} from 'news-widgets';
import {useRef} from 'react';

export function Teaser() {
  const ref = useRef<NewsArticleCard>(null);
  return (
    <>
      <news-article-card ref={ref} key={1n} article-id="42" variant="compact" inert onClick={() => {}} onKeyDown={() => {}}></news-article-card>
      <news-article-card ref={(card) => void card?.focus()} onnews-article-select={(event) => void event.detail.article.id}></news-article-card>
      {/* @ts-expect-error: not a variant */}
      <news-article-card variant="nope"></news-article-card>
      {/* @ts-expect-error: not an attribute of the card */}
      <news-article-card layout="grid"></news-article-card>
    </>
  );
}
