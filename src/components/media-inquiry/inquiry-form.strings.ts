import { stringsLang, type StringsLang } from '../../core/i18n.js';

/** The visible strings of the inquiry form. The labels are keyed by field name. */
export interface FormStrings {
  form: string;
  name: string;
  outlet: string;
  email: string;
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

const STRINGS: Record<StringsLang, FormStrings> = {
  en: {
    form: 'Send an inquiry',
    name: 'Name',
    outlet: 'Outlet',
    email: 'Email',
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
    form: 'Envíe una consulta',
    name: 'Nombre',
    outlet: 'Medio',
    email: 'Correo',
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

/** The strings the inquiry form shows in `lang` (Spanish for `es*`, English otherwise). */
export function formStrings(lang: string): FormStrings {
  return STRINGS[stringsLang(lang)];
}
