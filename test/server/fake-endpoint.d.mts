// Types of fake-endpoint.mjs, for the TypeScript that imports it (Storybook's mock endpoint).
export type FaultName =
  | 'ok' | 'hang' | 'hold' | 'slow' | 'trickle' | 'truncate' | 'destroy' | 'status' | 'malformed'
  | 'wrong-shape' | 'empty' | 'half-invalid' | 'script-urls' | 'huge' | 'html' | 'text-plain';

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** forever: until the client gives up; release: until the adapter lets it go; delay: after the adapter's delay. */
  wait?: 'forever' | 'release' | 'delay';
  send?: 'trickle' | 'truncate' | 'destroy';
}

export const SAMPLE_FILES: { localprogress: string; wordpress: string };
export const FAULTS: Record<FaultName, object>;
export const FAULT_NAMES: FaultName[];
export function etagOf(text: string): string;
export function errorAnswer(status: number, options?: { retryAfter?: string | number | null; headers?: Record<string, string> }): Answer;
export function feedAnswer(
  sample: string,
  options?: {
    fault?: FaultName;
    status?: number;
    retryAfter?: string | number | null;
    headers?: Record<string, string>;
    label?: string | null;
    imagePath?: string;
    long?: boolean;
    change?: (doc: unknown) => unknown;
  },
): Answer;
export function failsAt(hit: number, counts?: { failFirst?: number; failAfter?: number }): boolean;
export const INQUIRY_PREFLIGHT: Answer;
export function inquiryAnswer(method: string, status?: number): Answer;
export function readInquiryBody(text: string): unknown;
