import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `data` to `path` so that a crash at any moment leaves either the old or the new content,
 * never a torn file: write a temporary file beside it, fsync it, rename it over the target (an
 * atomic step on one file system), then fsync the directory so the rename itself is durable.
 */
export function writeFileAtomically(path: string, data: string): void {
  const temporary = `${path}.tmp`;
  const fd = openSync(temporary, 'w', 0o644);
  try {
    writeFileSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  syncDirectory(dirname(path));
}

function syncDirectory(directory: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(directory, 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms cannot open or fsync a directory; the rename is atomic all the same.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Throws, naming the reason, when the state file cannot be written (checked once, at start). */
export function assertWritable(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    // Not there yet: fine, it is created on the first change.
  }
  if (isDirectory) throw new Error(`${path} is a directory`);
  const probe = `${path}.tmp`;
  closeSync(openSync(probe, 'w', 0o644));
  unlinkSync(probe);
}

/**
 * A `Storage` (the seam mocks/store.ts persists through, localStorage in the browser) whose one
 * persisted key lives in a file, written atomically on every change, so that an acknowledged
 * change survives a crash. Other keys (the store's revision counter for browser tabs) stay in
 * memory: one server process is the file's only writer.
 */
export class FileStorage implements Storage {
  /** Why the file could not be read at start, or null (a missing file is simply empty). */
  readonly readError: string | null = null;
  private persisted: string | null = null;
  private readonly memory = new Map<string, string>();

  constructor(
    readonly path: string,
    private readonly persistedKey: string,
  ) {
    try {
      this.persisted = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      if (code !== 'ENOENT') {
        this.readError = code;
        // Not JSON, so the store replaces it with the default scenario and says so in the
        // session's notice, exactly as for a corrupt file.
        this.persisted = `unreadable (${code})`;
      }
    }
  }

  get length(): number {
    return this.keys().length;
  }

  key(index: number): string | null {
    return this.keys()[index] ?? null;
  }

  getItem(key: string): string | null {
    return key === this.persistedKey ? this.persisted : (this.memory.get(key) ?? null);
  }

  setItem(key: string, value: string): void {
    if (key !== this.persistedKey) {
      this.memory.set(key, value);
      return;
    }
    writeFileAtomically(this.path, value);
    this.persisted = value;
  }

  removeItem(key: string): void {
    if (key !== this.persistedKey) {
      this.memory.delete(key);
      return;
    }
    try {
      unlinkSync(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    this.persisted = null;
  }

  clear(): void {
    this.memory.clear();
    this.removeItem(this.persistedKey);
  }

  private keys(): string[] {
    const keys = [...this.memory.keys()];
    return this.persisted === null ? keys : [this.persistedKey, ...keys];
  }
}
