/** Why a feed could not be read. */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'format' | 'aborted';

/** A failed feed request. `kind` says why; `status` is the HTTP status when there was a response. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  /** How many requests were made before giving up (retries included). */
  attempts = 1;
  /** The server's `Retry-After`, in milliseconds, when it sent one. */
  retryAfter?: number;

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly status?: number,
    readonly url?: string,
  ) {
    super(message);
  }
}
