import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('csvField', () => {
  it('leaves plain text alone', () => {
    expect(csvField('Müller GmbH')).toBe('Müller GmbH');
  });

  it('quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvField('Smith, Jones')).toBe('"Smith, Jones"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it.each(['=SUM(A1:A2)', '+1', '-1', '@cmd'])(
    'prefixes %j with an apostrophe so spreadsheets do not run it',
    (value) => {
      expect(csvField(value)).toBe(`'${value}`);
    },
  );

  it('prefixes and quotes a formula that also needs quoting', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('\rx')).toBe(`"'\rx"`);
  });

  it.each([
    ['a NUL', 'Acme\u0000 GmbH', 'Acme GmbH'],
    ['a bell and an escape', '\u0007Acme\u001B[31m', 'Acme[31m'],
    ['a tab', 'Acme\tGmbH', 'AcmeGmbH'],
    ['a C1 control', 'Acme\u0085GmbH', 'AcmeGmbH'],
    ['a right-to-left override', 'invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['isolates and marks', '\u2066Acme\u2069\u200E\u200F\u061C', 'Acme'],
  ])('removes %s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each(['\t=cmd', '\u202E=cmd', '\u0000@cmd'])(
    'guards a formula that a removed character hid (%j)',
    (value) => {
      expect(csvField(value)).toMatch(/^'[=@]cmd$/);
    },
  );
});

describe('toCsv', () => {
  it('joins fields with commas and records with CRLF, ending with CRLF', () => {
    expect(
      toCsv([
        ['Customer', 'Status'],
        ['A, B', 'Pending'],
      ]),
    ).toBe('Customer,Status\r\n"A, B",Pending\r\n');
  });
});
