import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCsvText } from './csv-formula.ts';

describe('neutralising CSV text cells', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['@SUM(1)', "'@SUM(1)"],
    ['-2+3+cmd|x', "'-2+3+cmd|x"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('writes %j as text that no spreadsheet runs', (raw, written) => expect(neutraliseCsvText(raw)).toBe(written));

  it('leaves ordinary text alone, including a formula sign later in the text', () => {
    expect(neutraliseCsvText('Notulen ALV')).toBe('Notulen ALV');
    expect(neutraliseCsvText('1+1=2')).toBe('1+1=2');
    expect(neutraliseCsvText(' =1')).toBe(' =1');
  });

  it('never changes the text behind the apostrophe', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const written = neutraliseCsvText(text);
        expect(written === text || written === `'${text}`).toBe(true);
        expect(/^[=+\-@\t\r]/.test(written)).toBe(false);
      }),
    );
  });
});
