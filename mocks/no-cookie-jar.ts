/**
 * Stands in for `tough-cookie` in the browser builds (the `resolve.alias` in vite.config.ts).
 *
 * MSW imports tough-cookie for one thing: a cookie jar, persisted in localStorage, that lets a
 * resolver read back cookies an earlier mocked response set, HttpOnly ones included. It costs the
 * mock's chunk tough-cookie and tldts, a public-suffix list (120 KiB of its 174 KiB gzip); this API
 * sends and reads no cookies. Without the jar MSW still reads `document.cookie` and the request's
 * Cookie header into a resolver's `cookies`, and still writes a mocked response's cookies to
 * `document.cookie`; only a cookie a script could not read (HttpOnly) is not played back.
 *
 * This is exactly the surface MSW 2's `core/utils/cookieStore` uses: `new MemoryCookieStore()`
 * with an `idx` it fills from localStorage through `Cookie.fromJSON`, `new CookieJar(store)`,
 * `getCookiesSync(url)` before each resolver and `setCookie(header, url)` after a mocked response
 * with Set-Cookie. If an MSW upgrade calls more, the e2e spec `mock-without-cookie-jar.spec.ts`
 * fails: the mock no longer answers.
 */

/** A stored cookie as MSW reads it back; the jar keeps none, so none is ever made. */
export interface StoredCookie {
  key: string;
  value: string;
  domain: string | null;
  path: string | null;
  toString(): string;
  toJSON(): unknown;
}

export const Cookie = {
  /** `fromJSON(serialized)`: cookies an untrimmed build left in localStorage are not played back. */
  fromJSON(): StoredCookie | null {
    return null;
  },
};

export class MemoryCookieStore {
  /** MSW assigns its localStorage index here and walks it to persist; it stays empty. */
  idx: Record<string, Record<string, Record<string, StoredCookie>>> = {};
}

/** `new CookieJar(store)`; MSW passes the arguments below, which an empty jar does not need. */
export class CookieJar {
  /** `getCookiesSync(url)`, before every resolver. */
  getCookiesSync(): StoredCookie[] {
    return [];
  }

  /** `setCookie(setCookieHeader, url)`: MSW writes the readable ones to document.cookie itself. */
  setCookie(): Promise<undefined> {
    return Promise.resolve(undefined);
  }
}
