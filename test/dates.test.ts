import { expect } from '@open-wc/testing';
import { formatDate, parseIsoDate } from '../src/internal/dates.js';
import { loadLanguage } from '../src/i18n/strings.js';

// The test runner pins TZ=UTC; calendar dates must not depend on it anyway.

describe('parseIsoDate', () => {
  it('reads calendar dates and date-times with or without offsets', () => {
    expect(parseIsoDate('2018-04-27')?.dateOnly).to.be.true;
    expect(parseIsoDate('2018-04-27T10:30:00Z')?.date.toISOString()).to.equal('2018-04-27T10:30:00.000Z');
    expect(parseIsoDate('2018-04-27T14:30:00+04:00')?.date.toISOString()).to.equal(
      '2018-04-27T10:30:00.000Z',
    );
    expect(parseIsoDate('2018-04-27T14:30+0400')?.date.toISOString()).to.equal('2018-04-27T10:30:00.000Z');
    expect(parseIsoDate('2018-04-27 10:30')?.dateOnly).to.be.false;
  });

  it('reads years before 100 as written, not as 19xx', () => {
    expect(parseIsoDate('0018-04-27')?.date.getUTCFullYear()).to.equal(18);
    expect(formatDate('0018-04-27', 'en')?.datetime).to.equal('0018-04-27');
  });

  it('rejects what is not an ISO 8601 date', () => {
    for (const value of [
      '',
      'yesterday',
      '27 April 2018',
      'Fri, 27 Apr 2018 10:00:00 GMT',
      '2018-02-30',
      '2018-13-01',
      '2018-4-7',
      '2018-04-27T25:00:00Z',
      '1524823200000',
      undefined,
      null,
      1524823200000,
      {},
    ]) {
      expect(parseIsoDate(value), String(value)).to.equal(undefined);
    }
  });
});

describe('formatDate', () => {
  // Month names for browsers whose Intl lacks a language come with that language's strings.
  before(() => Promise.all([loadLanguage('ka'), loadLanguage('ar')]));

  it('formats in English with a valid datetime attribute', () => {
    expect(formatDate('2018-04-27', 'en')).to.deep.equal({ datetime: '2018-04-27', text: 'April 27, 2018' });
    expect(formatDate(' 2018-04-27\n', 'en')?.datetime).to.equal('2018-04-27');
    expect(formatDate('2018-04-27', 'en-GB')?.text).to.equal('27 April 2018');
    expect(formatDate('2018-04-27T10:30:00Z', 'en')).to.deep.equal({
      datetime: '2018-04-27T10:30:00.000Z',
      text: 'April 27, 2018',
    });
  });

  it('formats Georgian in Georgian even where Intl lacks Georgian data', () => {
    const text = formatDate('2018-04-27', 'ka')!.text;
    expect(text).to.contain('აპრილი');
    expect(text).to.contain('27');
    expect(text).to.contain('2018');
    expect(text).not.to.match(/April/);
  });

  it('formats Arabic in Arabic', () => {
    const text = formatDate('2018-04-27', 'ar')!.text;
    expect(text).to.contain('أبريل');
    expect(text).not.to.match(/April/);
  });

  it('shows a calendar date as that day whatever the time zone', () => {
    // Midnight UTC is the previous evening west of Greenwich; the calendar date must not move.
    expect(formatDate('2018-04-01', 'en')?.text).to.equal('April 1, 2018');
  });

  it('falls back to English for an unknown language and to a valid tag for a malformed one', () => {
    expect(formatDate('2018-04-27', 'xx')?.text).to.match(/2018/);
    expect(formatDate('2018-04-27', 'not a tag!')?.text).to.equal('April 27, 2018');
  });

  it('leaves out invalid dates instead of showing "Invalid Date"', () => {
    for (const value of ['nope', '2018-02-30', '', undefined, NaN]) {
      expect(formatDate(value, 'en')).to.equal(undefined);
    }
  });
});
