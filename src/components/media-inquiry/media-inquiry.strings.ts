import { stringsLang, type StringsLang } from '../../core/i18n.js';

/** The visible strings of `<lp-media-inquiry>`'s contact box (the form's are in inquiry-form.strings.ts). */
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
  },
};

/** The strings `<lp-media-inquiry>` shows in `lang` (Spanish for `es*`, English otherwise). */
export function inquiryStrings(lang: string): InquiryStrings {
  return STRINGS[stringsLang(lang)];
}
