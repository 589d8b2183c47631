import { describe, expect, it } from 'vitest';
import { asWrittenLocally, dateInText } from '../../src/core/article/text-dates';

describe('dateInText', () => {
  it.each([
    ['By staff writer · 21 July 2021', '2021-07-21'],
    ['Published July 21, 2021', '2021-07-21'],
    ['Sept. 3, 2020 at 9:41 p.m.', '2020-09-03T21:41'],
    ['posted on April 21, 2015, at 11:29 a.m.', '2015-04-21T11:29'],
    ['Sunday, Feb 1, 2015 11:57 AM UTC', '2015-02-01T11:57Z'],
    ['21st March 2019', '2019-03-21'],
    ['2 июня 2022', '2022-06-02'],
    ['9 мая 2020 г., 14:05', '2020-05-09T14:05'],
    ['00:02, 23 августа 2018', '2018-08-23T00:02'],
    ['12.07.2021 09:41', '2021-07-12T09:41'],
    ['МОСКВА, 03.12.2020 — сообщает агентство', '2020-12-03'],
    ['发稿时间：2017-03-10 08:42:00', '2017-03-10T08:42'],
  ])('reads %j', (text, expected) => {
    expect(dateInText(text)).toBe(expected);
  });

  it('takes the first date written, whatever its form', () => {
    expect(dateInText('12.07.2021, then on 1 August 2021 again')).toBe('2021-07-12');
    expect(dateInText('On 1 August 2021, not 12.07.2021')).toBe('2021-08-01');
  });

  it('skips a revision date for the publication date after it', () => {
    expect(dateInText('Updated 3 May 2022 · Published 1 May 2022')).toBe('2022-05-01');
    expect(dateInText('Обновлено: 12.07.2021')).toBeNull();
  });

  it('anchors "today" and "yesterday" on the page date, and gives nothing without one', () => {
    expect(dateInText('вчера, 14:30', '2021-03-01T10:00+03:00')).toBe('2021-02-28T14:30');
    expect(dateInText('Сегодня в 09:15', '2021-03-01')).toBe('2021-03-01T09:15');
    expect(dateInText('Today at 9:41', '2021-01-01')).toBe('2021-01-01T09:41');
    expect(dateInText('вчера, 14:30')).toBeNull();
    expect(dateInText('Yesterday')).toBeNull();
  });

  it.each([
    ['31 June 2021'],
    ['30.02.2020'],
    ['the Mayor 21, 2021 plan'],
    ['12/07/2021'],
    ['1 мало 2020'],
    ['build 3.1.2.2021'],
    ['no date here'],
  ])('finds no date in %j', (text) => {
    expect(dateInText(text)).toBeNull();
  });

  it('refuses an impossible time but keeps the day', () => {
    expect(dateInText('21 July 2021, 25:61')).toBe('2021-07-21');
    expect(dateInText('July 21, 2021 13:05 pm')).toBe('2021-07-21');
  });
});

describe('asWrittenLocally', () => {
  it('gives a UTC instant the offset of the local time the page shows for it', () => {
    expect(asWrittenLocally('2018-08-22T21:02:00Z', '00:02, 23 августа 2018')).toBe('2018-08-23T00:02+03:00');
    expect(asWrittenLocally('2021-07-21T14:00:00Z', 'July 21, 2021, 9:00 a.m.')).toBe('2021-07-21T09:00-05:00');
  });

  it('leaves the machine date alone when the shown time is another instant, has no time, or the date has a zone', () => {
    expect(asWrittenLocally('2018-08-22T21:02:00Z', '23 августа 2018')).toBe('2018-08-22T21:02:00Z');
    expect(asWrittenLocally('2018-08-22T21:02:00Z', '00:07, 23 августа 2018')).toBe('2018-08-22T21:02:00Z');
    expect(asWrittenLocally('2018-08-22T21:02:00Z', '21:02, 25 августа 2018')).toBe('2018-08-22T21:02:00Z');
    expect(asWrittenLocally('2018-08-23T00:02:00+03:00', '00:02, 23 августа 2018')).toBe('2018-08-23T00:02:00+03:00');
  });
});
