import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent } from 'storybook/test';
import { mockFeedUrl, mockInquiryUrl } from '../.storybook/mock-endpoint.js';
import '../src/components/media-inquiry/media-inquiry.define.js';
// The inquiry form is a file of its own (lp-inquiry-form.js in dist/): without it, `action` gives
// no form. Every story here with a form address shows the form.
import '../src/components/media-inquiry/inquiry-form.define.js';
import type { LpMediaInquiry, LpSubmitDetail, LpSubmitErrorDetail } from '../src/components/media-inquiry/media-inquiry.js';
import { onDarkPage, partnerTheme, parts, until, widgetIn, withoutTimeout, type PlayContext } from './support.js';

/** `<lp-media-inquiry>`'s attributes, by attribute name, and the default slot's text. */
interface InquiryArgs {
  email?: string;
  phone?: string;
  heading?: string;
  'heading-level'?: number;
  src?: string;
  theme?: 'light' | 'dark' | 'auto';
  action?: string;
  timeout?: number;
  lang?: string;
  /** Text in the default slot (the box's text). */
  text?: string;
}

const SAMPLE_EMAIL = 'press@localprogress.org';
/** A fictional number (555-01xx is reserved for fiction). */
const PHONE = '+1 (202) 555-0143';

/** What a reporter types into the form. */
const TYPED = {
  name: 'Ana Reyes',
  outlet: 'Riverside Public Radio',
  email: 'ana.reyes@example.org',
  deadline: '2030-06-14',
  message: 'Could a council member comment on the new heat-safety ordinance before Friday?',
};

const meta = {
  title: 'Widgets/Media inquiry',
  component: 'lp-media-inquiry',
  render: (args) => html`<lp-media-inquiry
    email=${ifDefined(args.email)}
    phone=${ifDefined(args.phone)}
    heading=${ifDefined(args.heading)}
    heading-level=${ifDefined(args['heading-level'])}
    src=${ifDefined(args.src)}
    theme=${ifDefined(args.theme)}
    action=${ifDefined(args.action)}
    timeout=${ifDefined(args.timeout)}
    lang=${ifDefined(args.lang)}
    >${args.text ?? nothing}</lp-media-inquiry
  >`,
  argTypes: {
    // The property of `heading-level`: documented, set through the attribute.
    ...({ headingLevel: { control: false } } as Record<string, { control: false }>),
    text: { control: 'text', description: 'Text in the default slot (the story wraps nothing else around it).' },
  },
} satisfies Meta<InquiryArgs>;

export default meta;
type Story = StoryObj<InquiryArgs>;

const inquiry = (context: PlayContext) => widgetIn<LpMediaInquiry>(context.canvasElement);
const control = (el: LpMediaInquiry, name: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const submitButton = (el: LpMediaInquiry) => parts(el, 'submit')[0] as HTMLButtonElement;
const text = (el: LpMediaInquiry, part: string) => parts(el, part)[0]?.textContent?.replace(/\s+/g, ' ').trim();

/** Waits until the press email shows. */
async function emailShown(el: LpMediaInquiry, address: string): Promise<void> {
  await until(() => expect(text(el, 'email')).toBe(address));
}

/** Waits until the press email and the inquiry form, with its five fields, show. */
async function emailAndFormShown(el: LpMediaInquiry, address: string): Promise<void> {
  await emailShown(el, address);
  await until(() => expect(el.shadowRoot!.querySelectorAll('[part="form"] [part="input"]')).toHaveLength(5));
}

/** Types what a reporter would, field by field (the date input takes its value directly). */
async function fillForm(el: LpMediaInquiry): Promise<void> {
  await until(() => expect(parts(el, 'form')).toHaveLength(1));
  for (const name of ['name', 'outlet', 'email', 'message'] as const) {
    await userEvent.type(control(el, name), TYPED[name]);
  }
  const deadline = control(el, 'deadline');
  deadline.value = TYPED.deadline;
  deadline.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The press contact from attributes and slotted text: no request at all. */
export const ContactOnly: Story = {
  name: 'Contact only',
  args: {
    email: SAMPLE_EMAIL,
    phone: PHONE,
    text: 'Reporters: reach our press team for interviews with local elected officials.',
  },
  play: async (context) => {
    const el = inquiry(context);
    await emailShown(el, SAMPLE_EMAIL);
    await expect(parts(el, 'phone')[0]?.getAttribute('href')).toMatch(/^tel:/);
    await expect(parts(el, 'form')).toHaveLength(0);
  },
};

/** Heading, text and email from the sample feed's `_localprogress.contact` (`src`, no attributes). */
export const FromTheFeed: Story = {
  name: 'From the feed',
  args: { src: mockFeedUrl('inquiry-feed') },
  play: async (context) => {
    const el = inquiry(context);
    await emailShown(el, SAMPLE_EMAIL);
    await expect(text(el, 'text')).toContain('Want to get in touch with us for a story?');
  },
};

/** The feed has not answered yet and there is no `email` attribute. */
export const Loading: Story = {
  args: { src: mockFeedUrl('inquiry-loading', { fault: 'hang' }) },
  beforeEach: withoutTimeout,
  play: async (context) => {
    const el = inquiry(context);
    await until(() => expect(el.shadowRoot?.querySelector('[role="status"]')?.textContent).toContain('Loading'));
  },
};

/** The feed answers HTTP 500 and there is no `email` attribute: the error with a Retry button. */
export const FeedError: Story = {
  name: 'Error (HTTP 500)',
  args: { src: mockFeedUrl('inquiry-500', { fault: '500' }) },
  play: async (context) => {
    const el = inquiry(context);
    await until(() => expect(parts(el, 'retry')).toHaveLength(1));
  },
};

/** Copy pressed, with a stubbed Clipboard API: the confirmation in the live region. */
export const CopyConfirmed: Story = {
  name: 'Copy confirmed',
  args: { email: SAMPLE_EMAIL, phone: PHONE },
  beforeEach() {
    const clipboard = { writeText: fn(async (_text: string) => undefined).mockName('navigator.clipboard.writeText') };
    Object.defineProperty(navigator, 'clipboard', { configurable: true, get: () => clipboard });
    return () => void Reflect.deleteProperty(navigator, 'clipboard');
  },
  play: async (context) => {
    const el = inquiry(context);
    await emailShown(el, SAMPLE_EMAIL);
    await userEvent.click(parts(el, 'copy')[0] as HTMLElement);
    await until(() => expect(text(el, 'copy-status')).toBe(`Copied ${SAMPLE_EMAIL} to the clipboard`));
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith(SAMPLE_EMAIL);
  },
};

/** `lang="es"`, with the form: the built-in strings in Spanish. */
export const Spanish: Story = {
  args: { email: SAMPLE_EMAIL, phone: PHONE, lang: 'es', action: mockInquiryUrl('inquiry-es', 'ok') },
  play: async (context) => {
    const el = inquiry(context);
    await emailAndFormShown(el, SAMPLE_EMAIL);
    await expect(text(el, 'heading')).toBe('¿Tiene una consulta de prensa?');
    await expect(text(el, 'submit')).toBe('Enviar');
  },
};

/** `theme="dark"` on a dark page, with the form. */
export const Dark: Story = {
  args: { email: SAMPLE_EMAIL, phone: PHONE, theme: 'dark', action: mockInquiryUrl('inquiry-dark', 'ok') },
  decorators: [onDarkPage],
  play: async (context) => emailAndFormShown(inquiry(context), SAMPLE_EMAIL),
};

/** A partner's colours, font and heading style, with the form. */
export const Themed: Story = {
  args: { email: SAMPLE_EMAIL, phone: PHONE, action: mockInquiryUrl('inquiry-themed', 'ok') },
  decorators: [partnerTheme('lp-media-inquiry')],
  play: async (context) => emailAndFormShown(inquiry(context), SAMPLE_EMAIL),
};

/** With an `action` URL: the inquiry form, empty. */
export const FormEmpty: Story = {
  name: 'Form: empty',
  args: { email: SAMPLE_EMAIL, action: mockInquiryUrl('inquiry-form-empty', 'ok') },
  play: async (context) => {
    const el = inquiry(context);
    await emailAndFormShown(el, SAMPLE_EMAIL);
    await expect(parts(el, 'field-error')).toHaveLength(0);
  },
};

/** Send pressed on the empty form: each problem under its field, focus on the first. */
export const FormInvalid: Story = {
  name: 'Form: invalid',
  args: { email: SAMPLE_EMAIL, action: mockInquiryUrl('inquiry-form-invalid', 'ok') },
  play: async (context) => {
    const el = inquiry(context);
    await until(() => expect(parts(el, 'form')).toHaveLength(1));
    await userEvent.click(submitButton(el));
    await until(() => expect(parts(el, 'field-error')).toHaveLength(4));
    await expect(control(el, 'name').getAttribute('aria-invalid')).toBe('true');
    await expect(el.shadowRoot!.activeElement).toBe(control(el, 'name'));
  },
};

/** The form sent to an endpoint that never answers: the button says "Sending…" and is disabled. */
export const FormSending: Story = {
  name: 'Form: sending',
  args: { email: SAMPLE_EMAIL, action: mockInquiryUrl('inquiry-form-sending', 'hang'), timeout: 2 ** 31 - 1 },
  play: async (context) => {
    const el = inquiry(context);
    await fillForm(el);
    await userEvent.click(submitButton(el));
    await until(() => expect(submitButton(el).disabled).toBe(true));
    await expect(text(el, 'submit')).toBe('Sending…');
  },
};

/** The form sent and accepted: the thank-you message, and `lp-submit` with what was sent. */
export const FormSent: Story = {
  name: 'Form: sent',
  args: { email: SAMPLE_EMAIL, action: mockInquiryUrl('inquiry-form-sent', 'ok') },
  play: async (context) => {
    const el = inquiry(context);
    await fillForm(el);
    const submitted = new Promise<LpSubmitDetail>((resolve) =>
      el.addEventListener('lp-submit', (event) => resolve(event.detail), { once: true }),
    );
    await userEvent.click(submitButton(el));
    await expect((await submitted).data).toEqual(TYPED);
    await until(() => expect(text(el, 'status')).toContain('Thank you'));
  },
};

/** The endpoint answers HTTP 500: the error, and every typed value still in the form. */
export const FormFailed: Story = {
  name: 'Form: failed, typed text kept',
  args: { email: SAMPLE_EMAIL, action: mockInquiryUrl('inquiry-form-failed', '500') },
  play: async (context) => {
    const el = inquiry(context);
    await fillForm(el);
    const failed = new Promise<LpSubmitErrorDetail>((resolve) =>
      el.addEventListener('lp-submit-error', (event) => resolve(event.detail), { once: true }),
    );
    await userEvent.click(submitButton(el));
    await expect((await failed).error.status).toBe(500);
    await until(() => expect(parts(el, 'error')).toHaveLength(1));
    for (const [name, value] of Object.entries(TYPED)) await expect(control(el, name).value).toBe(value);
  },
};

/** `theme="dark"` while the feed has not answered. */
export const DarkLoading: Story = {
  ...Loading,
  name: 'Dark: loading',
  args: { src: mockFeedUrl('inquiry-dark-loading', { fault: 'hang' }), theme: 'dark' },
  decorators: [onDarkPage],
};

/** `theme="dark"`, the feed answers HTTP 500: the error box and its Retry button. */
export const DarkFeedError: Story = {
  ...FeedError,
  name: 'Dark: error (HTTP 500)',
  args: { src: mockFeedUrl('inquiry-dark-500', { fault: '500' }), theme: 'dark' },
  decorators: [onDarkPage],
};

/** `theme="dark"`, Send pressed on the empty form: the field errors. */
export const DarkFormInvalid: Story = {
  ...FormInvalid,
  name: 'Dark: form invalid',
  args: { email: SAMPLE_EMAIL, action: mockInquiryUrl('inquiry-dark-form-invalid', 'ok'), theme: 'dark' },
  decorators: [onDarkPage],
};

/** `theme="dark"`, the form sent: the thank-you message. */
export const DarkFormSent: Story = {
  ...FormSent,
  name: 'Dark: form sent',
  args: { email: SAMPLE_EMAIL, action: mockInquiryUrl('inquiry-dark-form-sent', 'ok'), theme: 'dark' },
  decorators: [onDarkPage],
};

/** `theme="dark"`, the endpoint answers HTTP 500: the error under the form. */
export const DarkFormFailed: Story = {
  ...FormFailed,
  name: 'Dark: form failed',
  args: { email: SAMPLE_EMAIL, action: mockInquiryUrl('inquiry-dark-form-failed', '500'), theme: 'dark' },
  decorators: [onDarkPage],
};
