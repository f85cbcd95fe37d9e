import { InquiryForm } from './inquiry-form.js';
import type { LpMediaInquiry } from './media-inquiry.js';
// The form for `<lp-media-inquiry action>`, in a file of its own: only pages with a form load
// it. It may load before or after the element's own file.
void customElements.whenDefined('lp-media-inquiry').then((box) => (box as typeof LpMediaInquiry).useForm(InquiryForm));
