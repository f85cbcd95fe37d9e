import { expect } from '@open-wc/testing';
import { isoDate } from '../../src/data/validate.js';

// Every engine must read these the same: the expected instants are written out, not computed
// with this engine's Date.parse (which differs between Chromium, Firefox and WebKit for several).
describe('isoDate: the dates publishers write', () => {
  it('reads RFC 3339 with Z or an offset, with or without colon', () => {
    expect(isoDate('2024-09-02T12:00:00Z')).to.equal('2024-09-02T12:00:00.000Z');
    expect(isoDate('2024-09-02t12:00:00z')).to.equal('2024-09-02T12:00:00.000Z');
    expect(isoDate('2024-09-02T14:00:00+02:00')).to.equal('2024-09-02T12:00:00.000Z');
    expect(isoDate('2024-09-02T14:00:00+0200')).to.equal('2024-09-02T12:00:00.000Z');
    expect(isoDate('2024-09-02T07:30:00-04:30')).to.equal('2024-09-02T12:00:00.000Z');
    expect(isoDate('2024-09-02T14:00:00+02')).to.equal('2024-09-02T12:00:00.000Z');
    expect(isoDate('2024-09-01T23:00:00-01:00'), 'an offset moves the day').to.equal('2024-09-02T00:00:00.000Z');
  });

  it('reads a date without a zone as UTC (WordPress date_gmt)', () => {
    expect(isoDate('2024-09-02T12:00:00')).to.equal('2024-09-02T12:00:00.000Z');
    expect(isoDate('2024-09-02T12:00')).to.equal('2024-09-02T12:00:00.000Z');
  });

  it('reads a space for the T, and a space before the zone', () => {
    expect(isoDate('2024-09-02 12:00:00')).to.equal('2024-09-02T12:00:00.000Z');
    expect(isoDate('2024-09-02 14:00:00 +02:00')).to.equal('2024-09-02T12:00:00.000Z');
    expect(isoDate('2024-09-02 12:00')).to.equal('2024-09-02T12:00:00.000Z');
  });

  it('reads a date alone as midnight UTC', () => {
    expect(isoDate('2024-09-02')).to.equal('2024-09-02T00:00:00.000Z');
    expect(isoDate('2024-02-29')).to.equal('2024-02-29T00:00:00.000Z');
  });

  it('keeps milliseconds of fractional seconds, whatever their length', () => {
    expect(isoDate('2024-09-02T12:00:00.5Z')).to.equal('2024-09-02T12:00:00.500Z');
    expect(isoDate('2024-09-02T12:00:00.123Z')).to.equal('2024-09-02T12:00:00.123Z');
    expect(isoDate('2024-09-02T12:00:00.123456789+00:00')).to.equal('2024-09-02T12:00:00.123Z');
    expect(isoDate('2024-09-02T12:00:00.05')).to.equal('2024-09-02T12:00:00.050Z');
    expect(isoDate('2024-09-02 12:00:00,25')).to.equal('2024-09-02T12:00:00.250Z');
  });

  it('gives no date for impossible calendar values', () => {
    for (const bad of [
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '2023-02-29',
      '2024-09-00',
      '2024-09-02T24:00:00Z',
      '2024-09-02T12:60:00Z',
      '2024-09-02T12:00:60Z',
      '0000-00-00 00:00:00',
      '0000-00-00T00:00:00',
      '0001-01-01T00:00:00Z',
    ]) {
      expect(isoDate(bad), bad).to.equal(undefined);
    }
  });

  it('gives no date for anything that is not such a date', () => {
    for (const bad of ['yesterday', 'Mon, 02 Sep 2024 12:00:00 GMT', '2024/09/02', '2024-9-2', '02-09-2024', '2024-09-02T12', '2024-09-02T12:00:00Zjunk', '', 20240902, null, undefined, {}]) {
      expect(isoDate(bad), String(bad)).to.equal(undefined);
    }
  });
});
