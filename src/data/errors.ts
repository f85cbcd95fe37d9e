/** Why a feed could not be read. */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'format' | 'aborted';

/** A failed feed request. `kind` says why; `status` is the HTTP status when there was a response. */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly status?: number,
    readonly url?: string,
  ) {
    super(message);
  }
}
