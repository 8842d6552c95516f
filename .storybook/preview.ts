import {setCustomElementsManifest} from '@storybook/web-components-vite';
import type {ArgTypes, Decorator, Loader, Preview} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {withActions} from 'storybook/actions/decorator';
import manifest from '../custom-elements.json';
import '../src/define.js';
import * as library from '../src/index.js';
import {loadLocale, matchLocale} from '../src/i18n/locale.js';

interface Member {
  name: string;
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  name: string;
  tagName?: string;
  members?: Member[];
  attributes?: {name: string; fieldName?: string}[];
  events?: {name: string}[];
}

interface Manifest {
  modules: {declarations?: Declaration[]}[];
}

/** Tag of every class exported by the library that is registered (src/define.ts registers them all). */
function registeredTags(): Map<string, string> {
  const tags = new Map<string, string>();
  for (const [name, value] of Object.entries(library)) {
    const tag = typeof value === 'function' ? customElements.getName(value as CustomElementConstructor) : null;
    if (tag) tags.set(name, tag);
  }
  return tags;
}

/**
 * The generated manifest as Storybook needs it. Storybook finds an element's
 * declaration by `tagName`, which the analyzer leaves out because elements
 * register through `defineElement` rather than `customElements.define`; the
 * live registry knows each tag. Private members are dropped: they are not
 * part of the API, and Storybook would list them as controls. So are
 * attributes that mirror a property, which would otherwise show twice
 * (`article-id` and `articleId`); stories take properties as args.
 */
function forStorybook(source: Manifest): Manifest {
  const tags = registeredTags();
  return {
    ...source,
    modules: source.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        const tagName = declaration.tagName ?? tags.get(declaration.name);
        const members = declaration.members?.filter((m) => !m.static && (m.privacy ?? 'public') === 'public');
        const properties = new Set(members?.map((m) => m.name));
        return {
          ...declaration,
          ...(tagName ? {tagName, customElement: true} : {}),
          members,
          attributes: declaration.attributes?.filter((a) => !a.fieldName || !properties.has(a.fieldName)),
        };
      }),
    })),
  };
}

const storybookManifest = forStorybook(manifest as Manifest);
setCustomElementsManifest(storybookManifest);

/** Every event the elements declare, so the Actions panel logs them (they bubble and are composed). */
const declaredEvents = [
  ...new Set(storybookManifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.events?.map((e) => e.name) ?? [])),
];

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/** Manifest rows that document an element but are not inputs to it. */
const DOCUMENTATION_ONLY = new Set(['events', 'css custom properties', 'css shadow parts', 'slots']);

/**
 * A control for each manifest row a story does not configure itself, from the
 * property's TypeScript type: `string | undefined` is a text field, a union
 * of string literals a select. Named types (`ArticleCardVariant`) are opaque
 * here; stories give those their options.
 */
function controlFor(typeText: string | undefined): Pick<ArgTypes[string], 'control' | 'options'> {
  const parts = (typeText ?? '').split('|').map((part) => part.trim()).filter((part) => part && part !== 'undefined');
  if (parts.length && parts.every((part) => /^'[^']*'$/.test(part))) {
    return {control: 'select', options: parts.map((part) => part.slice(1, -1))};
  }
  const simple = {string: 'text', number: 'number', boolean: 'boolean'} as const;
  return parts.length === 1 && parts[0] in simple ? {control: simple[parts[0] as keyof typeof simple]} : {};
}

const manifestControls: ArgTypesEnhancer = ({argTypes}) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (DOCUMENTATION_ONLY.has(String(argType.table?.category))) return [name, {...argType, control: false}];
      if (argType.control !== undefined) return [name, argType];
      return [name, {...argType, ...controlFor((argType.type as {name?: string} | undefined)?.name)}];
    }),
  );

/**
 * The language is set, and its catalog loaded, before the story renders, so
 * the first paint is already in that language.
 */
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
const contextDecorator: Decorator = (story, {globals, args}) => {
  const theme = globals.theme === 'light' || globals.theme === 'dark' ? globals.theme : undefined;
  const scheme = theme ?? args.theme ?? 'light dark';
  const dir = globals.dir === 'ltr' || globals.dir === 'rtl' ? globals.dir : undefined;
  // A story stays on its widget: a selected article is logged in Actions, not opened.
  const stayInStory = (event: Event) => event.preventDefault();
  return html`
    <div
      class="news-story"
      lang=${String(globals.locale ?? 'en')}
      dir=${ifDefined(dir)}
      style="color-scheme: ${scheme}; background: Canvas; color: CanvasText; min-height: 100vh; box-sizing: border-box; padding: 1rem"
      @news-article-select=${stayInStory}
    >
      ${story(theme ? {args: {...args, theme}} : undefined)}
    </div>
  `;
};

const preview: Preview = {
  parameters: {
    layout: 'fullscreen',
    actions: {handles: declaredEvents},
    controls: {expanded: true},
    // Violations fail the story in the a11y panel and in test runs.
    a11y: {test: 'error'},
  },
  globalTypes: {
    locale: {
      description: 'Language of the widgets, through the nearest lang attribute',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          {value: 'en', right: 'en', title: 'English'},
          {value: 'fr', right: 'fr', title: 'Français'},
          {value: 'vi', right: 'vi', title: 'Tiếng Việt'},
        ],
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
  argTypesEnhancers: [manifestControls],
  loaders: [languageLoader],
  decorators: [contextDecorator, withActions],
};

export default preview;
