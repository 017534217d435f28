import { describe, expect, it } from 'vitest';
import { queryProblem } from './validation';

describe('queryProblem (R5)', () => {
  it.each([
    ['', 'tooShort'],
    ['a', 'tooShort'],
    ['  a  ', 'tooShort'],
    ['😀', 'tooShort'],
    ['ab', null],
    ['  Müller  ', null],
    ['x'.repeat(100), null],
    [` ${'x'.repeat(100)} `, null],
    ['x'.repeat(101), 'tooLong'],
    [`${'😀'.repeat(50)}ab`, null],
    ['😀'.repeat(60), 'noLettersOrDigits'],
    ['\u200B\u200C\u200D', 'noLettersOrDigits'],
    ['--', 'noLettersOrDigits'],
  ])('%j → %s', (query, problem) => {
    expect(queryProblem(query)).toBe(problem);
  });
});
