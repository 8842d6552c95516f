import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/article-card/news-article-card.js';
import type {NewsArticleCard} from '../../src/components/article-card/article-card.js';
import {formatDate, formatDateTime} from '../../src/i18n/format.js';
import type {DateMode} from '../../src/i18n/format.js';
import {shadowText} from './i18n-helpers.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** 23:30 in Paris on the 12th, 05:30 in Ho Chi Minh City on the 13th. */
const T = '2024-03-12T22:30:00Z';
const t = Date.parse(T);
const iso = (ms: number) => new Date(ms).toISOString();

const LANGS = ['en', 'fr', 'vi', 'ar', 'ja'] as const;
type Lang = (typeof LANGS)[number];

interface Expected {
  now: string;
  minutes5: string;
  hours3: string;
  yesterday: string;
  days5: string;
  paris: string;
  saigon: string;
  parisFull: string;
  saigonFull: string;
}

// What ICU writes in the Chromium under test. Digits are written in ASCII and
// turned into the locale's own digits (Arabic may use Arabic-Indic ones).
const EXPECTED: Record<Lang, Expected> = {
  en: {
    now: 'now',
    minutes5: '5 minutes ago',
    hours3: '3 hours ago',
    yesterday: 'yesterday',
    days5: '5 days ago',
    paris: 'Mar 12, 2024',
    saigon: 'Mar 13, 2024',
    parisFull: 'March 12, 2024 at 11:30 PM',
    saigonFull: 'March 13, 2024 at 5:30 AM',
  },
  fr: {
    now: 'maintenant',
    minutes5: 'il y a 5 minutes',
    hours3: 'il y a 3 heures',
    yesterday: 'hier',
    days5: 'il y a 5 jours',
    paris: '12 mars 2024',
    saigon: '13 mars 2024',
    parisFull: '12 mars 2024 à 23:30',
    saigonFull: '13 mars 2024 à 05:30',
  },
  vi: {
    now: 'bây giờ',
    minutes5: '5 phút trước',
    hours3: '3 giờ trước',
    yesterday: 'Hôm qua',
    days5: '5 ngày trước',
    paris: '12 thg 3, 2024',
    saigon: '13 thg 3, 2024',
    parisFull: 'lúc 23:30 12 tháng 3, 2024',
    saigonFull: 'lúc 05:30 13 tháng 3, 2024',
  },
  ar: {
    now: 'الآن',
    minutes5: 'قبل 5 دقائق',
    hours3: 'قبل 3 ساعات',
    yesterday: 'أمس',
    days5: 'قبل 5 أيام',
    paris: '12\u200F/03\u200F/2024',
    saigon: '13\u200F/03\u200F/2024',
    parisFull: '12 مارس 2024 في 11:30 م',
    saigonFull: '13 مارس 2024 في 5:30 ص',
  },
  ja: {
    now: '今',
    minutes5: '5 分前',
    hours3: '3 時間前',
    yesterday: '昨日',
    days5: '5 日前',
    paris: '2024/03/12',
    saigon: '2024/03/13',
    parisFull: '2024年3月12日 23:30',
    saigonFull: '2024年3月13日 5:30',
  },
};

/** `text` with its ASCII digits written in `lang`'s digits. */
function digits(lang: string, text: string): string {
  const format = new Intl.NumberFormat(lang, {useGrouping: false});
  return text.replace(/\d/g, (d) => format.format(Number(d)));
}

/** White space of any kind as one plain space, as ICU puts narrow no-break spaces before AM/PM. */
const spaces = (s: string | undefined) => s?.replace(/\s+/g, ' ');

describe('i18n: dates with a frozen clock and a pinned time zone', () => {
  for (const lang of LANGS) {
    describe(lang, () => {
      const want = (key: keyof Expected) => digits(lang, EXPECTED[lang][key]);
      const at = (ms: number, now: number, mode?: DateMode, timeZone = 'Europe/Paris') =>
        spaces(formatDate(iso(ms), lang, {now, mode, timeZone}));

      it('auto: relative under a day', () => {
        expect(at(t, t + 30_000)).to.equal(want('now'));
        expect(at(t, t + 5 * MINUTE + 10_000)).to.equal(want('minutes5'));
        expect(at(t, t + 3 * HOUR + MINUTE)).to.equal(want('hours3'));
      });

      it('auto: the date from a day old, in the given time zone', () => {
        expect(at(t, t + DAY + HOUR, 'auto', 'Europe/Paris')).to.equal(want('paris'));
        expect(at(t, t + DAY + HOUR, 'auto', 'Asia/Ho_Chi_Minh')).to.equal(want('saigon'));
      });

      it('relative: calendar days up to a month, then the date', () => {
        // 23:30 on the 12th: a day and a minute later is still the next day; an hour later, two days on.
        expect(at(t, t + DAY + MINUTE, 'relative')).to.equal(want('yesterday'));
        const twoDays = spaces(new Intl.RelativeTimeFormat(lang, {numeric: 'auto'}).format(-2, 'day'));
        expect(twoDays).to.not.equal(want('yesterday'));
        expect(at(t, t + DAY + HOUR, 'relative')).to.equal(twoDays);
        expect(at(t, t + 5 * DAY + MINUTE, 'relative')).to.equal(want('days5'));
        expect(at(t, t + 40 * DAY, 'relative')).to.equal(want('paris'));
      });

      it('absolute: the date even when minutes old', () => {
        expect(at(t, t + 5 * MINUTE, 'absolute', 'Europe/Paris')).to.equal(want('paris'));
        expect(at(t, t + 5 * MINUTE, 'absolute', 'Asia/Ho_Chi_Minh')).to.equal(want('saigon'));
      });

      it('the full date and time, in the given time zone', () => {
        expect(spaces(formatDateTime(T, lang, 'Europe/Paris'))).to.equal(spaces(want('parisFull')));
        expect(spaces(formatDateTime(T, lang, 'Asia/Ho_Chi_Minh'))).to.equal(spaces(want('saigonFull')));
      });

      it('a date without a time is that calendar day in every time zone, and relative only in days', () => {
        for (const timeZone of ['America/Los_Angeles', 'Europe/Paris', 'Pacific/Kiritimati']) {
          for (const mode of ['auto', 'absolute'] as const) {
            expect(spaces(formatDate('2024-03-12', lang, {now: t + DAY, mode, timeZone})), `${timeZone} ${mode}`).to.equal(want('paris'));
          }
          const longDate = new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeZone: 'UTC'}).format(Date.UTC(2024, 2, 12));
          expect(spaces(formatDateTime('2024-03-12', lang, timeZone)), timeZone).to.equal(spaces(longDate));
        }
        // 05:00 UTC on the 13th: still the 12th in Los Angeles (22:00), already the 13th in Paris.
        const on13th = Date.parse('2024-03-13T05:00:00Z');
        expect(spaces(formatDate('2024-03-12', lang, {now: on13th, mode: 'relative', timeZone: 'Europe/Paris'}))).to.equal(want('yesterday'));
        // "Tomorrow" for Los Angeles: a future date, so the date itself.
        expect(spaces(formatDate('2024-03-13', lang, {now: on13th, mode: 'relative', timeZone: 'America/Los_Angeles'}))).to.equal(digits(lang, EXPECTED[lang].paris.replace('12', '13')));
      });

      it('a future date (a skewed clock) is absolute in every mode, never "in 5 minutes"', () => {
        const future = new Intl.RelativeTimeFormat(lang, {numeric: 'auto'}).format(5, 'minute');
        for (const mode of ['auto', 'relative', 'absolute'] as const) {
          const shown = at(t, t - 5 * MINUTE, mode);
          expect(shown, mode).to.equal(want('paris'));
          expect(shown, mode).to.not.equal(spaces(future));
        }
      });
    });
  }

  describe('on a card', () => {
    const realNow = Date.now;
    const freeze = (ms: number) => (Date.now = () => ms);
    afterEach(() => (Date.now = realNow));

    it('follows date-format and time-zone, with the full date in the tooltip', async () => {
      freeze(t + 5 * MINUTE);
      const el = await fixture<NewsArticleCard>(
        html`<news-article-card lang="fr" date-format="absolute" time-zone="Asia/Ho_Chi_Minh" .article=${{id: 'd', title: 't', published: T}}></news-article-card>`,
      );
      const time = () => el.shadowRoot!.querySelector('time')!;
      expect(shadowText(el, 'time')).to.equal('13 mars 2024');
      expect(spaces(time().title)).to.equal('13 mars 2024 à 05:30');
      expect(time().dateTime).to.equal(T);

      el.setAttribute('time-zone', 'Europe/Paris');
      await el.updateComplete;
      expect(shadowText(el, 'time')).to.equal('12 mars 2024');
      expect(spaces(time().title)).to.equal('12 mars 2024 à 23:30');

      el.setAttribute('date-format', 'auto');
      await el.updateComplete;
      expect(shadowText(el, 'time')).to.equal('il y a 5 minutes');

      freeze(t + DAY + MINUTE);
      el.setAttribute('date-format', 'relative');
      await el.updateComplete;
      expect(shadowText(el, 'time')).to.equal('hier');
      // Past the next midnight in Paris: the day before yesterday, 25 hours on.
      freeze(t + DAY + HOUR);
      el.requestUpdate();
      await el.updateComplete;
      expect(shadowText(el, 'time')).to.equal('avant-hier');

      // The reader's clock runs five minutes behind the server's.
      freeze(t - 5 * MINUTE);
      el.requestUpdate();
      await el.updateComplete;
      expect(shadowText(el, 'time')).to.equal('12 mars 2024');
    });

    it('writes dates the way the reader\'s region does (en-GB: day before month)', async () => {
      const el = await fixture<NewsArticleCard>(
        html`<news-article-card lang="en-GB" date-format="absolute" time-zone="UTC" .article=${{id: 'd', title: 't', published: T}}></news-article-card>`,
      );
      const expected = new Intl.DateTimeFormat('en-GB', {dateStyle: 'medium', timeZone: 'UTC'}).format(t);
      expect(expected).to.equal('12 Mar 2024');
      expect(shadowText(el, 'time')).to.equal(expected);
    });
  });
});
