import { stringsLang, type StringsLang } from '../../core/i18n.js';

/** The visible strings of `<lp-media-inquiry>`. The form's labels are keyed by field name. */
export interface InquiryStrings {
  heading: string;
  loading: string;
  error: string;
  retry: string;
  email: string;
  phone: string;
  copy: string;
  /** Announced once the address is on the clipboard. */
  copied: (address: string) => string;
  /** Shown when the Clipboard API is missing or refused: the address is selected for the visitor. */
  copyByHand: string;
  form: string;
  name: string;
  outlet: string;
  deadline: string;
  message: string;
  send: string;
  sending: string;
  sent: string;
  failed: string;
  required: string;
  badEmail: string;
  badDate: string;
}

const STRINGS: Record<StringsLang, InquiryStrings> = {
  en: {
    heading: 'Have a Media Inquiry?',
    loading: 'Loading the press contact…',
    error: 'Couldn’t load the press contact',
    retry: 'Retry',
    email: 'Email',
    phone: 'Phone',
    copy: 'Copy email',
    copied: (a) => `Copied ${a} to the clipboard`,
    copyByHand: 'Press Ctrl+C (Cmd+C on a Mac) to copy the selected address.',
    form: 'Send an inquiry',
    name: 'Name',
    outlet: 'Outlet',
    deadline: 'Deadline (optional)',
    message: 'Message',
    send: 'Send',
    sending: 'Sending…',
    sent: 'Thank you! Your inquiry was sent.',
    failed: 'Sending failed. What you typed is still here: please try again.',
    required: 'Please fill this in.',
    badEmail: 'Please enter a valid email address.',
    badDate: 'Please enter a valid date.',
  },
  es: {
    heading: '¿Tiene una consulta de prensa?',
    loading: 'Cargando el contacto de prensa…',
    error: 'No se pudo cargar el contacto de prensa',
    retry: 'Reintentar',
    email: 'Correo',
    phone: 'Teléfono',
    copy: 'Copiar correo',
    copied: (a) => `Se copió ${a} al portapapeles`,
    copyByHand: 'Pulse Ctrl+C (Cmd+C en Mac) para copiar la dirección seleccionada.',
    form: 'Envíe una consulta',
    name: 'Nombre',
    outlet: 'Medio',
    deadline: 'Fecha límite (opcional)',
    message: 'Mensaje',
    send: 'Enviar',
    sending: 'Enviando…',
    sent: '¡Gracias! Su consulta fue enviada.',
    failed: 'No se pudo enviar. Lo que escribió sigue aquí: inténtelo de nuevo.',
    required: 'Complete este campo.',
    badEmail: 'Escriba un correo electrónico válido.',
    badDate: 'Escriba una fecha válida.',
  },
};

/** The strings `<lp-media-inquiry>` shows in `lang` (Spanish for `es*`, English otherwise). */
export function inquiryStrings(lang: string): InquiryStrings {
  return STRINGS[stringsLang(lang)];
}
