import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertWritable, FileStorage, writeFileAtomically } from './file-storage';

const KEY = 'state';
let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'mock-state-'));
});
afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('writeFileAtomically', () => {
  it('replaces the content and leaves no temporary file behind', () => {
    const path = join(directory, 'state.json');
    writeFileAtomically(path, 'first');
    writeFileAtomically(path, 'second');
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(readdirSync(directory)).toEqual(['state.json']);
  });
});

describe('FileStorage', () => {
  it('keeps the persisted key in the file and every other key in memory', () => {
    const path = join(directory, 'state.json');
    const storage = new FileStorage(path, KEY);
    expect(storage.getItem(KEY)).toBeNull();
    expect(storage.length).toBe(0);
    storage.setItem(KEY, '{"a":1}');
    storage.setItem('revision', '7');
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}');
    expect([storage.getItem(KEY), storage.getItem('revision'), storage.length]).toEqual([
      '{"a":1}',
      '7',
      2,
    ]);

    const reopened = new FileStorage(path, KEY);
    expect(reopened.getItem(KEY)).toBe('{"a":1}');
    expect(reopened.getItem('revision')).toBeNull();
    expect(reopened.readError).toBeNull();
  });

  it('removes the file with the persisted key', () => {
    const path = join(directory, 'state.json');
    const storage = new FileStorage(path, KEY);
    storage.setItem(KEY, 'x');
    storage.clear();
    expect(readdirSync(directory)).toEqual([]);
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('reads a file it cannot read as a value that is not JSON, and says why', () => {
    const path = join(directory, 'state.json');
    mkdirSync(path);
    const storage = new FileStorage(path, KEY);
    expect(storage.readError).toBe('EISDIR');
    expect(() => JSON.parse(storage.getItem(KEY) ?? '') as unknown).toThrow(SyntaxError);
  });
});

describe('assertWritable', () => {
  it('creates missing folders and accepts a new or an existing file', () => {
    const path = join(directory, 'a', 'b', 'state.json');
    assertWritable(path);
    writeFileSync(path, '{}');
    assertWritable(path);
    expect(readdirSync(join(directory, 'a', 'b'))).toEqual(['state.json']);
  });

  it('refuses a path that is a directory', () => {
    expect(() => {
      assertWritable(directory);
    }).toThrow(/is a directory/);
  });
});
