import type { Language } from '../schemas/common';
import type { Issue } from '../schemas/issue';
import { displayDate } from './calendar';
import { catalogueText, ruleOf, type CatalogueText } from './catalogue';
import type { FormatKind } from './codes';

/**
 * The sentence an issue shows next to its field, in the user's language, made from its code and params. The
 * catalogue title is the fallback for a code this version does not know (a newer server may send one).
 */

const formats: Readonly<Record<FormatKind, CatalogueText>> = {
  rnokpp: { uk: 'РНОКПП — це 10 цифр', en: 'An RNOKPP is 10 digits' },
  kg_pin: { uk: 'ПІН — 14 цифр: стать (1 або 2), дата народження ДДММРРРР і 5 цифр', en: 'A PIN is 14 digits: sex (1 or 2), birth date DDMMYYYY and 5 digits' },
  unzr: { uk: 'УНЗР має вигляд РРРРММДД-ННННН', en: 'A UNZR looks like YYYYMMDD-NNNNN' },
  birth_certificate_series: {
    uk: 'Серія свідоцтва: римське число, дефіс і дві великі українські літери, наприклад I-БК',
    en: 'A certificate series is a Roman numeral, a hyphen and two Cyrillic capitals, e.g. I-БК',
  },
  birth_certificate_number: { uk: 'Номер свідоцтва — 6 цифр', en: 'A certificate number is 6 digits' },
  passport_series: { uk: 'Серія паспорта — дві великі українські літери', en: 'A passport series is two Cyrillic capitals' },
  passport_number: { uk: 'Номер паспорта — 6 цифр', en: 'A passport number is 6 digits' },
  id_card_number: { uk: 'Номер ID-картки — 9 цифр', en: 'An ID card number is 9 digits' },
  name: {
    uk: 'Лише літери однієї абетки, апостроф, дефіс і пробіл',
    en: 'Only letters of one alphabet, apostrophe, hyphen and space',
  },
  ukrainian_letters: { uk: 'Імена громадян України пишуть українськими літерами', en: 'Names of Ukrainian citizens are written in Ukrainian letters' },
  email: { uk: 'Адреса пошти має вигляд name@example.com', en: 'An e-mail address looks like name@example.com' },
  phone: { uk: 'Телефон — від 10 до 15 цифр, наприклад +380 67 123 45 67', en: 'A phone number has 10 to 15 digits, e.g. +380 67 123 45 67' },
};

/** Which of the three names differs: "Ім'я" for a middle name would send the secretary to the wrong field. */
const nameMismatches: Readonly<Record<string, CatalogueText>> = {
  lastName: { uk: 'Прізвище не збігається з реєстром', en: 'The last name differs from the registry' },
  firstName: { uk: "Ім'я не збігається з реєстром", en: 'The first name differs from the registry' },
  middleName: { uk: 'По батькові не збігається з реєстром', en: 'The middle name differs from the registry' },
};

const sexes: Readonly<Record<string, CatalogueText>> = { M: { uk: 'чоловіча', en: 'male' }, F: { uk: 'жіноча', en: 'female' } };

/** Own entries only: a code or param from a newer server ('constructor', 'toString') must not reach Object.prototype. */
function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function pick(text: CatalogueText, lang: Language): string {
  return catalogueText(text, lang);
}

function text(params: Issue['params'], key: string): string {
  const value = params?.[key];
  return value === undefined ? '' : String(value);
}

function dateParam(params: Issue['params'], key: string): string {
  return displayDate(text(params, key));
}

/** M / F in words; anything else as it came. */
export function sexInWords(code: string, lang: Language): string {
  const sex = lookup(sexes, code);
  return sex ? pick(sex, lang) : code;
}

function sexParam(params: Issue['params'], key: string, lang: Language): string {
  return sexInWords(text(params, key), lang);
}

/** `letters` of a NORMALISED issue, "б→Б, л→L", as pairs; none from an older version that did not send it. */
function letterChanges(params: Issue['params']): Array<[string, string]> {
  return text(params, 'letters')
    .split(', ')
    .map((pair) => pair.split('→'))
    .filter((pair): pair is [string, string] => pair.length === 2);
}

type Render = (issue: Issue, lang: Language) => string;

const renderers: Readonly<Record<string, Render>> = {
  NORMALISED: ({ params }, lang) => {
    const values = { uk: `«${text(params, 'before')}» → «${text(params, 'after')}»`, en: `“${text(params, 'before')}” → “${text(params, 'after')}”` };
    const letters = letterChanges(params);
    if (letters.length === 0) return pick({ uk: `Унормовано: ${values.uk}`, en: `Normalised: ${values.en}` }, lang);
    return pick(
      {
        uk: `Програма замінила ${letters.map(([from, to]) => `«${from}» на «${to}»`).join(', ')}: ${values.uk}`,
        en: `The program replaced ${letters.map(([from, to]) => `“${from}” with “${to}”`).join(', ')}: ${values.en}`,
      },
      lang,
    );
  },
  REQUIRED: ({ field }, lang) => {
    if (field === 'documents') {
      return pick({ uk: 'Потрібне свідоцтво про народження (або паспорт чи ID-картка з 14 років)', en: 'A birth certificate is required (or a passport or ID card from age 14)' }, lang);
    }
    if (field === 'classId') return pick({ uk: 'Учня не зараховано до класу', en: 'The student is not enrolled in a class' }, lang);
    return pick({ uk: "Обов'язкове поле", en: 'Required field' }, lang);
  },
  FORMAT: ({ params }, lang) => {
    const format = lookup(formats, text(params, 'format'));
    if (!format) return pick({ uk: 'Неправильний формат', en: 'Wrong format' }, lang);
    const found = text(params, 'found');
    if (found === '') return pick(format, lang);
    const other = found === 'latin' ? { uk: 'латинські літери', en: 'Latin letters' } : { uk: `літери ${found}`, en: `the letters ${found}` };
    return `${pick(format, lang)}${pick({ uk: `, а тут ${other.uk}`, en: `; this has ${other.en}` }, lang)}`;
  },
  DATE_INVALID: ({ params }, lang) =>
    text(params, 'format') === 'date'
      ? pick({ uk: 'Дату пишуть як ДД.ММ.РРРР, наприклад 14.05.2019', en: 'Write the date as DD.MM.YYYY, e.g. 14.05.2019' }, lang)
      : issueTitle('DATE_INVALID', lang),
  DATE_BEFORE: ({ params }, lang) =>
    text(params, 'other') === 'hiredOn'
      ? pick({ uk: `Раніше за дату прийняття на роботу (${dateParam(params, 'date')})`, en: `Before the hiring date (${dateParam(params, 'date')})` }, lang)
      : pick({ uk: `Раніше за ${dateParam(params, 'date')}`, en: `Before ${dateParam(params, 'date')}` }, lang),
  NAME_LOWER_CASE: (_issue, lang) => pick({ uk: 'Починається з малої літери', en: 'Begins with a small letter' }, lang),
  CHECKSUM: (_issue, lang) =>
    pick({ uk: 'Неправильний РНОКПП: не сходиться контрольна цифра', en: 'Invalid RNOKPP: the check digit does not match' }, lang),
  TAXID_BIRTHDATE_MISMATCH: ({ params }, lang) =>
    pick({ uk: `РНОКПП вказує на дату народження ${dateParam(params, 'expected')}`, en: `The RNOKPP encodes the birth date ${dateParam(params, 'expected')}` }, lang),
  TAXID_SEX_MISMATCH: ({ params }, lang) =>
    pick({ uk: `РНОКПП вказує на стать: ${sexParam(params, 'expected', lang)}`, en: `The RNOKPP encodes the sex: ${sexParam(params, 'expected', lang)}` }, lang),
  PIN_BIRTHDATE_MISMATCH: ({ params }, lang) =>
    pick({ uk: `ПІН вказує на дату народження ${dateParam(params, 'expected')}`, en: `The PIN encodes the birth date ${dateParam(params, 'expected')}` }, lang),
  PIN_SEX_MISMATCH: ({ params }, lang) =>
    pick({ uk: `ПІН вказує на стать: ${sexParam(params, 'expected', lang)}`, en: `The PIN encodes the sex: ${sexParam(params, 'expected', lang)}` }, lang),
  AGE_GRADE_IMPLAUSIBLE: ({ params }, lang) =>
    pick(
      {
        uk: `На 1 вересня учневі ${text(params, 'age')} р.; для ${text(params, 'grade')} класу звичайно ${text(params, 'min')}–${text(params, 'max')}`,
        en: `On 1 September the student is ${text(params, 'age')}; grade ${text(params, 'grade')} usually means ${text(params, 'min')}–${text(params, 'max')}`,
      },
      lang,
    ),
  REGISTRY_NOT_FOUND: ({ field }, lang) => {
    if (field === 'taxId') return pick({ uk: 'Такого РНОКПП немає в реєстрі', en: 'The registry has no such RNOKPP' }, lang);
    if (field === 'pin') return pick({ uk: 'Такого ПІН немає в реєстрі', en: 'The registry has no such PIN' }, lang);
    return pick({ uk: 'Документа немає в реєстрі', en: 'Document not found in the registry' }, lang);
  },
  REGISTRY_NAME_MISMATCH: ({ field }, lang) => {
    const text = lookup(nameMismatches, field ?? '');
    return text ? pick(text, lang) : issueTitle('REGISTRY_NAME_MISMATCH', lang);
  },
  DUPLICATE_IN_SCHOOL: ({ params }, lang) =>
    pick({ uk: `Цей самий номер є ще в картках школи: ${text(params, 'count')}`, en: `Other cards of the school with this number: ${text(params, 'count')}` }, lang),
  DUPLICATE_ENROLLMENT: ({ params }, lang) =>
    params?.schoolCode === undefined
      ? pick({ uk: 'Учня вже зараховано в іншій школі', en: 'The student is already enrolled at another school' }, lang)
      : pick({ uk: `Учня вже зараховано в школі ${text(params, 'schoolCode')}`, en: `The student is already enrolled at school ${text(params, 'schoolCode')}` }, lang),
  ORDER_ENTERED_LATE: ({ params }, lang) =>
    pick(
      {
        uk: `Наказ від ${dateParam(params, 'date')} внесено ${dateParam(params, 'enteredOn')}, через ${text(params, 'workingDays')} роб. дн. (допустимо 3)`,
        en: `The order of ${dateParam(params, 'date')} was entered on ${dateParam(params, 'enteredOn')}, ${text(params, 'workingDays')} working days later (3 allowed)`,
      },
      lang,
    ),
};

export function issueTitle(code: string, lang: Language): string {
  const rule = ruleOf(code);
  return rule ? pick(rule.title, lang) : code;
}

export function issueHelp(code: string, lang: Language): string {
  const rule = ruleOf(code);
  return rule ? pick(rule.help, lang) : '';
}

export function issueMessage(issue: Issue, lang: Language): string {
  const rendered = lookup(renderers, issue.code)?.(issue, lang) || issueTitle(issue.code, lang);
  if (issue.registryValue === undefined) return rendered;
  // A registry birth date reads as documents write it, a sex in words; a name passes displayDate unchanged.
  const value = issue.field === 'sex' ? sexInWords(issue.registryValue, lang) : displayDate(issue.registryValue);
  return `${rendered} (${pick({ uk: 'у реєстрі', en: 'registry' }, lang)}: ${value})`;
}
