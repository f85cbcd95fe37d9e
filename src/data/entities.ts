import { addNamedEntities } from './text.js';

/**
 * The longer table of named entities, for the publisher: the RSS, Atom and WordPress it reads
 * come from any CMS, and some write quotes, symbols and accented letters by name. Importing this
 * module adds them to `decodeEntities()`; the widgets' bundles never import it.
 */
export const MORE_NAMED_ENTITIES =
  ' sbquo‚ bdquo„ laquo« raquo» copy© reg® trade™ middot· bull• deg° times× euro€ pound£ cent¢ sect§ para¶ iexcl¡ iquest¿' +
  ' aacuteá eacuteé iacuteí oacuteó uacuteú ntildeñ uumlü AacuteÁ EacuteÉ IacuteÍ OacuteÓ UacuteÚ NtildeÑ UumlÜ' +
  ' agraveà egraveè ccedilç oumlö aumlä szligß zwj\u200d zwnj\u200c thinsp\u2009 ensp\u2002 emsp\u2003 ';

addNamedEntities(MORE_NAMED_ENTITIES);
