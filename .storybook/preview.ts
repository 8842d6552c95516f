/// <reference types="vite/client" />
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import type {Decorator, Loader, Preview} from '@storybook/web-components-vite';
import {setStorybookHelpersConfig} from '@wc-toolkit/storybook-helpers';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {withActions} from 'storybook/actions/decorator';
import manifest from '../custom-elements.json';
import '../src/define.js';
import {allLocales} from '../src/i18n/generated/locale-codes.js';
import {loadLocale, matchLocale} from '../src/i18n/locale.js';
import {expandNamedTypes} from './named-types.js';

interface Typed {
  type?: {text?: string};
  parsedType?: {text: string};
}

interface Manifest {
  modules: {declarations?: ({members?: Typed[]; attributes?: Typed[]} & Record<string, unknown>)[]}[];
}

/** `parsedType` is where @wc-toolkit/storybook-helpers looks first for a member's values. */
const withParsedType = <T extends Typed>(item: T): T => {
  const parsed = expandNamedTypes(item.type?.text);
  return parsed ? {...item, parsedType: {text: parsed}} : item;
};

/**
 * The generated manifest, with the values of named union types spelled out
 * (see named-types.ts), so that `layout` gets a select rather than a text
 * field. Elements carry their `tagName` in the manifest: Storybook and the
 * helpers find them by it.
 */
function forStorybook(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.map(withParsedType),
        attributes: declaration.attributes?.map(withParsedType),
      })),
    })),
  };
}

setCustomElementsManifest(forStorybook(manifest as Manifest));
setStorybookHelpersConfig({
  // Stories set attributes themselves; syncing them back to the controls would re-render every story once more.
  disableArgObserver: true,
  // Off: its `@scope` rewrite breaks CSS property names that contain the tag name. stories/helpers.ts
  // scopes each story's CSS property and part controls to the story's own element instead.
  useScopedStyles: false,
  // The arg name is the attribute's: `article-id`, as a page writes it.
  hideArgRef: true,
});

/**
 * The language is set, and its catalog loaded, before the story renders, so
 * the first paint is already in that language.
 */
/**
 * A built Storybook has no server of ours: there, a service worker answers
 * the stories' mock endpoints (static/mock-service-worker.js), and stories
 * wait until it controls the page, at most a few seconds (without one, the
 * fault stories show a plain 404 error instead of their state).
 */
const mockWorker = import.meta.env.PROD && 'serviceWorker' in navigator ? registerMockWorker() : undefined;

async function registerMockWorker(): Promise<void> {
  try {
    const controlled = new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {once: true}));
    await navigator.serviceWorker.register(new URL('mock-service-worker.js', document.baseURI), {type: 'module'});
    if (navigator.serviceWorker.controller) return;
    // A worker already active does not take a page loaded past it (a hard reload) unless asked.
    (await navigator.serviceWorker.ready).active?.postMessage('claim');
    await Promise.race([controlled, new Promise((resolve) => setTimeout(resolve, 5000))]);
  } catch (error) {
    console.warn('No service worker for the mock endpoints of the fault stories:', error);
  }
}

const mockLoader: Loader = async () => {
  await mockWorker;
  return {};
};

const languageLoader: Loader = async ({globals}) => {
  const lang = String(globals.locale ?? 'en');
  document.documentElement.lang = lang;
  await loadLocale(matchLocale(lang));
};

/**
 * Wraps every story in the element the widgets read their context from: the
 * nearest `lang` and `dir`. A theme chosen in the toolbar overrides the
 * story's `theme` arg; "auto" leaves the story (or the reader's preference) in charge.
 */
const contextDecorator: Decorator = (story, {globals, args, viewMode}) => {
  const theme = globals.theme === 'light' || globals.theme === 'dark' ? globals.theme : undefined;
  const scheme = theme ?? args.theme ?? 'light dark';
  const dir = globals.dir === 'ltr' || globals.dir === 'rtl' ? globals.dir : undefined;
  // A story stays on its widget: a selected article is logged in Actions, not opened.
  const stayInStory = (event: Event) => event.preventDefault();
  // On a docs page the stories sit in the page's flow; alone, each fills the canvas.
  const height = viewMode === 'docs' ? '' : 'min-height: 100vh;';
  return html`
    <div
      class="news-story"
      lang=${String(globals.locale ?? 'en')}
      dir=${ifDefined(dir)}
      style="color-scheme: ${scheme}; background: Canvas; color: CanvasText; ${height} box-sizing: border-box; padding: 1rem"
      @news-article-select=${stayInStory}
    >
      ${story(theme ? {args: {...args, theme}} : undefined)}
    </div>
  `;
};

const preview: Preview = {
  // A Docs page per element, from the manifest and the element's stories.
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    controls: {expanded: true},
    // Violations fail the story in the a11y panel and in test runs.
    a11y: {test: 'error'},
    docs: {toc: true},
    options: {
      storySort: {order: ['Guides', ['Getting started', 'Data formats', 'Theming', 'Languages', 'Events'], 'Elements']},
    },
  },
  globalTypes: {
    locale: {
      description: 'Language of the widgets, through the nearest lang attribute',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        // Every shipped catalog, each named in its own language.
        items: allLocales.map((code) => ({value: code, right: code, title: new Intl.DisplayNames([code], {type: 'language'}).of(code) ?? code})),
      },
    },
    theme: {
      description: 'Colour scheme: the theme attribute of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          {value: 'auto', title: 'Theme: as the story says'},
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
        ],
      },
    },
    dir: {
      description: 'Text direction around the widgets',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          {value: 'auto', title: 'Direction: as the page says'},
          {value: 'ltr', title: 'Left to right'},
          {value: 'rtl', title: 'Right to left'},
        ],
      },
    },
  },
  initialGlobals: {locale: 'en', theme: 'auto', dir: 'auto'},
  loaders: [mockLoader, languageLoader],
  decorators: [contextDecorator, withActions],
};

export default preview;
