/**
 * What a view of data loaded from the server shows: that it is loading, an error (with the
 * message to show), or the data itself.
 */
export type LoadState<Loaded extends object> =
  { kind: 'loading' } | { kind: 'error'; message: string } | ({ kind: 'loaded' } & Loaded);
