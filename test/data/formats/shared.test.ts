import {expect} from '@open-wc/testing';
import {
  buildArticle,
  buildCategory,
  count,
  describeValue,
  dimension,
  excerptOf,
  isoDate,
  languageTag,
  readingMinutes,
  stableHash,
  textToHtml,
} from '../../../src/data/formats/shared.js';

describe('adapter helpers', () => {
  describe('isoDate', () => {
    it('normalizes dates with a zone to UTC', () => {
      expect(isoDate('2024-05-01T10:30:00+02:00')).to.equal('2024-05-01T08:30:00.000Z');
      expect(isoDate('2024-05-01T10:30:00-0700')).to.equal('2024-05-01T17:30:00.000Z');
      expect(isoDate('Wed, 01 May 2024 08:30:00 GMT')).to.equal('2024-05-01T08:30:00.000Z');
    });
    it('reads a date-time without a zone as UTC, whatever the reader\'s zone', () => {
      expect(isoDate('2024-05-01T08:30:00')).to.equal('2024-05-01T08:30:00.000Z');
      expect(isoDate('2024-05-01 08:30:00')).to.equal('2024-05-01T08:30:00.000Z');
      expect(isoDate('2024-05-01 08:30:00 UTC')).to.equal('2024-05-01T08:30:00.000Z');
      expect(isoDate('2024-05-01T08:30:00 GMT')).to.equal('2024-05-01T08:30:00.000Z');
      expect(isoDate('2024-05-01 10:30:00+02:00')).to.equal('2024-05-01T08:30:00.000Z');
      expect(isoDate('2024-05-01 10:30:00 +0200')).to.equal('2024-05-01T08:30:00.000Z');
    });
    it('keeps a date without a time as that calendar date, and refuses a day that does not exist', () => {
      expect(isoDate('2024-05-01')).to.equal('2024-05-01');
      expect(isoDate(' 2024-02-29 ')).to.equal('2024-02-29');
      expect(isoDate('2023-02-29')).to.equal(undefined);
      expect(isoDate('2024-04-31')).to.equal(undefined);
    });
    it('reads epoch seconds and milliseconds', () => {
      expect(isoDate(1714552200)).to.equal('2024-05-01T08:30:00.000Z');
      expect(isoDate(1714552200000)).to.equal('2024-05-01T08:30:00.000Z');
    });
    it('returns undefined for anything that is not a date', () => {
      for (const value of ['', 'yesterday', '2024-13-45T99:00:00Z', NaN, 1e20, null, {}, true]) {
        expect(isoDate(value), String(value)).to.equal(undefined);
      }
    });
  });

  it('keeps a real 0 count and rejects negative or fractional ones', () => {
    expect(count(0)).to.equal(0);
    expect(count('12')).to.equal(12);
    expect(count(-1)).to.equal(undefined);
    expect(count(1.5)).to.equal(undefined);
    expect(count('')).to.equal(undefined);
    expect(dimension('0')).to.equal(undefined);
    expect(dimension(' 640 ')).to.equal(640);
  });

  it('canonicalizes language tags and drops invalid ones', () => {
    expect(languageTag('pt_br')).to.equal('pt-BR');
    expect(languageTag('FR')).to.equal('fr');
    expect(languageTag('not a tag')).to.equal(undefined);
    expect(languageTag('')).to.equal(undefined);
  });

  it('computes reading time from words and CJK characters, at least 1 minute', () => {
    expect(readingMinutes(undefined)).to.equal(undefined);
    expect(readingMinutes('   ')).to.equal(undefined);
    expect(readingMinutes('one word')).to.equal(1);
    expect(readingMinutes('w '.repeat(1000))).to.equal(5);
    expect(readingMinutes('漢'.repeat(2500))).to.equal(5);
    expect(readingMinutes(`${'w '.repeat(500)}${'字'.repeat(1250)}`)).to.equal(5);
  });

  it('escapes plain text when it becomes paragraphs', () => {
    expect(textToHtml('a < b & "c"\nd\n\n<script>x()</script>')).to.equal(
      '<p>a &lt; b &amp; "c"<br>d</p><p>&lt;script&gt;x()&lt;/script&gt;</p>',
    );
    expect(textToHtml('  \n\n ')).to.equal(undefined);
  });

  it('hashes stably', () => {
    expect(stableHash('Only a title')).to.equal(stableHash('Only a title'));
    expect(stableHash('a')).to.not.equal(stableHash('b'));
  });

  it('builds a category from a name, an object, or a declared entry', () => {
    const declared = [{id: '9', name: 'World', slug: 'world'}];
    expect(buildCategory('world', declared)).to.equal(declared[0]);
    expect(buildCategory('WORLD', declared)).to.equal(declared[0]);
    expect(buildCategory({name: 'Arts &amp; Culture'})).to.deep.equal({id: 'arts-culture', name: 'Arts & Culture', slug: 'arts-culture'});
    expect(buildCategory({id: 4})).to.equal(undefined);
    expect(buildCategory(['x'])).to.equal(undefined);
  });

  it('never leaves an article without an id', () => {
    expect(buildArticle({id: 0}).id).to.equal('0');
    expect(buildArticle({url: '/a'}, {baseUrl: 'https://x.example/'}).id).to.equal('https://x.example/a');
    expect(buildArticle({}).id).to.match(/^item-/);
  });

  it('describes values for error messages', () => {
    expect(describeValue([null, null])).to.equal('an array of 2 nulls');
    expect(describeValue([{}])).to.equal('an array of 1 object');
    expect(describeValue(3)).to.equal('a number');
    expect(describeValue({items: []})).to.equal('an object with keys items');
  });

  describe('excerpt (a story with neither title nor summary)', () => {
    const words = (n: number) => Array.from({length: n}, (_, i) => `word${i}`).join(' ');
    it('takes the start of the body as text: no markup, no script, nothing cut mid-word', () => {
      const html = `<p>Just <b>shipped</b> the new &amp; improved release.</p><script>alert(1)</script><p>${words(60)}</p>`;
      const excerpt = buildArticle({contentHtml: html}).excerpt!;
      expect(excerpt.startsWith('Just shipped the new & improved release. word0 word1')).to.equal(true);
      expect(excerpt).to.not.contain('alert');
      expect(excerpt.endsWith('…')).to.equal(true);
      expect([...excerpt].length <= 201).to.equal(true);
      expect(/ word\d+…$/.test(excerpt), excerpt.slice(-20)).to.equal(true);
      expect(buildArticle({contentText: 'A short note,\n  with  a line break.'}).excerpt).to.equal('A short note, with a line break.');
    });
    it('is the summary where there is one (cut as well), and nothing where a title names the story', () => {
      expect(buildArticle({title: 'Title', contentText: 'Body'}).excerpt).to.equal(undefined);
      expect(buildArticle({summary: 'Teaser', contentText: 'Body'}).excerpt).to.equal('Teaser');
      expect([...buildArticle({summary: words(100)}).excerpt!].length <= 201).to.equal(true);
      expect(buildArticle({contentHtml: '<p> </p>'}).excerpt).to.equal(undefined);
    });
    it('reads the body as the article shows it: no video fallback, no markup, no script', () => {
      const html =
        '<video src="v.mp4">Your browser does not support video.</video>' +
        '<xmp><script>alert(1)</script></xmp><noembed><img src=x onerror=alert(1)></noembed><p>Seen at dawn.</p>';
      const excerpt = buildArticle({contentHtml: html}).excerpt ?? '';
      expect(excerpt).to.contain('Seen at dawn.');
      for (const hidden of ['support video', '<', 'alert']) expect(excerpt, hidden).to.not.contain(hidden);
    });
    it('falls back to the plain text beside a body with no words, and reads zero-width characters alone as none', () => {
      expect(buildArticle({contentHtml: '<p><img src="https://x.example/a.jpg" alt=""></p>', contentText: 'The caption, as text.'}).excerpt).to.equal('The caption, as text.');
      expect(buildArticle({contentText: '\u200b\u200b'}).excerpt).to.equal(undefined);
    });
    it('cuts text without spaces at the length, and never a character in half', () => {
      expect(excerptOf('字'.repeat(300))).to.equal(`${'字'.repeat(200)}…`);
      expect(excerptOf('😀'.repeat(250))).to.equal(`${'😀'.repeat(200)}…`);
      // A flag is two code points, a family four people and three joiners: each stays whole.
      expect(excerptOf(`a${'🇫🇷'.repeat(250)}`)).to.equal(`a${'🇫🇷'.repeat(199)}…`);
      const family = '👨\u200d👩\u200d👧\u200d👦';
      expect(excerptOf(family.repeat(250))).to.equal(`${family.repeat(200)}…`);
      expect(excerptOf(`${words(40)}, and more`)!.endsWith('…')).to.equal(true);
    });
  });
});
