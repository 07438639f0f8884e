import type { Language } from '../schemas/common';
import { ruleCodeSchema, ruleSeverity, type RuleCode, type RuleSeverity } from './codes';

/** Text in the languages the rule catalogue is written in; the others fall back to English. */
export type CatalogueText = Readonly<{ uk: string; en: string }>;

export interface CatalogueRule {
  code: RuleCode;
  severity: RuleSeverity;
  /** Where the rule is checked: on the device and the server, or on the server against the registries. */
  scope: 'local' | 'registry';
  title: CatalogueText;
  help: CatalogueText;
}

type RuleText = Omit<CatalogueRule, 'code' | 'severity'>;

const texts: Readonly<Record<RuleCode, RuleText>> = {
  NORMALISED: {
    scope: 'local',
    title: { uk: 'Значення унормовано', en: 'Value normalised' },
    help: {
      uk: 'Програма замінила латинські літери, схожі на кириличні, апострофи чи регістр серії документа. Перевірте, що нове значення правильне.',
      en: 'The program replaced Latin look-alike letters, apostrophes or the case of a document series. Check that the new value is right.',
    },
  },
  REQUIRED: {
    scope: 'local',
    title: { uk: "Обов'язкове поле не заповнено", en: 'Required field is empty' },
    help: {
      uk: 'Без цього поля картка не зараховується до субвенції. Заповніть його за документами учня чи працівника.',
      en: 'Without this field the card does not count for the subvention. Fill it in from the documents.',
    },
  },
  FORMAT: {
    scope: 'local',
    title: { uk: 'Неправильний формат', en: 'Wrong format' },
    help: {
      uk: 'Значення не відповідає формату документа чи поля. Звірте його з оригіналом документа.',
      en: 'The value does not match the format of the document or field. Compare it with the original document.',
    },
  },
  CHECKSUM: {
    scope: 'local',
    title: { uk: 'Не сходиться контрольна цифра', en: 'Check digit does not match' },
    help: {
      uk: 'Остання цифра РНОКПП обчислюється з попередніх; найчастіше це помилка в одній цифрі або переставлені цифри.',
      en: 'The last digit of an RNOKPP is computed from the others; usually one digit is mistyped or two are swapped.',
    },
  },
  TAXID_BIRTHDATE_MISMATCH: {
    scope: 'local',
    title: { uk: 'РНОКПП не відповідає даті народження', en: 'RNOKPP does not match the birth date' },
    help: {
      uk: 'Перші п’ять цифр РНОКПП — дата народження. Перевірте дату народження та номер; якщо обидва правильні, підтвердьте з приміткою.',
      en: 'The first five digits of an RNOKPP encode the birth date. Check both; if both are right, acknowledge with a note.',
    },
  },
  TAXID_SEX_MISMATCH: {
    scope: 'local',
    title: { uk: 'РНОКПП не відповідає статі', en: 'RNOKPP does not match the sex' },
    help: {
      uk: 'Дев’ята цифра РНОКПП непарна в чоловіків і парна в жінок. Перевірте стать і номер.',
      en: 'The ninth digit of an RNOKPP is odd for men and even for women. Check the sex and the number.',
    },
  },
  PIN_BIRTHDATE_MISMATCH: {
    scope: 'local',
    title: { uk: 'ПІН не відповідає даті народження', en: 'PIN does not match the birth date' },
    help: {
      uk: 'Цифри 2–9 ПІН — дата народження ДДММРРРР. Перевірте дату народження та номер.',
      en: 'Digits 2–9 of the PIN are the birth date DDMMYYYY. Check the birth date and the number.',
    },
  },
  PIN_SEX_MISMATCH: {
    scope: 'local',
    title: { uk: 'ПІН не відповідає статі', en: 'PIN does not match the sex' },
    help: { uk: 'Перша цифра ПІН: 1 — жіноча стать, 2 — чоловіча.', en: 'The first digit of the PIN: 1 female, 2 male.' },
  },
  DATE_INVALID: {
    scope: 'local',
    title: { uk: 'Такої дати немає', en: 'No such date' },
    help: { uk: 'Введіть дату як ДД.ММ.РРРР, наприклад 01.09.2015.', en: 'Type the date as DD.MM.YYYY, e.g. 01.09.2015.' },
  },
  DATE_IN_FUTURE: {
    scope: 'local',
    title: { uk: 'Дата ще не настала', en: 'Date is in the future' },
    help: { uk: 'Ця дата не може бути пізнішою за сьогодні.', en: 'This date cannot be later than today.' },
  },
  AGE_GRADE_IMPLAUSIBLE: {
    scope: 'local',
    title: { uk: 'Вік не відповідає класу', en: 'Age unusual for the grade' },
    help: {
      uk: 'Вік на 1 вересня поза межами «клас + 4 … клас + 9» років. Перевірте дату народження і клас; якщо все правильно, підтвердьте з приміткою.',
      en: 'The age on 1 September is outside "grade + 4 … grade + 9". Check the birth date and class; if right, acknowledge with a note.',
    },
  },
  DUPLICATE_IN_SCHOOL: {
    scope: 'local',
    title: { uk: 'Такий документ уже є в іншій картці школи', en: 'Another card of the school has this document' },
    help: {
      uk: 'Один документ не може належати двом особам. Знайдіть другу картку пошуком за номером і виправте помилкову.',
      en: 'One document cannot belong to two people. Find the other card by searching for the number and correct the wrong one.',
    },
  },
  REGISTRY_NOT_FOUND: {
    scope: 'registry',
    title: { uk: 'Документа немає в реєстрі', en: 'Document not found in the registry' },
    help: {
      uk: 'Реєстр не знає документа з такою серією і номером. Звірте серію і номер з оригіналом.',
      en: 'The registry has no document with this series and number. Compare them with the original.',
    },
  },
  REGISTRY_NAME_MISMATCH: {
    scope: 'registry',
    title: { uk: "Ім'я не збігається з реєстром", en: 'Name differs from the registry' },
    help: {
      uk: 'У реєстрі за цим документом записано інше ім’я. Звірте написання з документом.',
      en: 'The registry holds another name for this document. Compare the spelling with the document.',
    },
  },
  REGISTRY_BIRTHDATE_MISMATCH: {
    scope: 'registry',
    title: { uk: 'Дата народження не збігається з реєстром', en: 'Birth date differs from the registry' },
    help: { uk: 'Звірте дату народження з документом.', en: 'Compare the birth date with the document.' },
  },
  REGISTRY_SEX_MISMATCH: {
    scope: 'registry',
    title: { uk: 'Стать не збігається з реєстром', en: 'Sex differs from the registry' },
    help: { uk: 'Звірте стать з документом.', en: 'Compare the sex with the document.' },
  },
  REGISTRY_DECEASED: {
    scope: 'registry',
    title: { uk: 'Реєстр позначає особу померлою', en: 'The registry marks the person deceased' },
    help: {
      uk: 'Найімовірніше, документ належить іншій особі. Перевірте серію і номер.',
      en: 'Most likely the document belongs to someone else. Check the series and number.',
    },
  },
  DUPLICATE_ENROLLMENT: {
    scope: 'registry',
    title: { uk: 'Учень зарахований в іншій школі', en: 'Student is enrolled at another school' },
    help: {
      uk: 'Інша школа зарахувала цього учня раніше. Потрібен наказ про вибуття там або виправлення документа тут.',
      en: 'Another school enrolled this student first. It needs a withdrawal order there, or the document corrected here.',
    },
  },
  REGISTRY_UNAVAILABLE: {
    scope: 'registry',
    title: { uk: 'Реєстр недоступний — перевірка очікує', en: 'Registry unavailable — check pending' },
    help: {
      uk: 'Сервер перевірить картку, щойно реєстр відповість. Нічого робити не треба.',
      en: 'The server will check the card as soon as the registry answers. Nothing to do.',
    },
  },
  ORDER_ENTERED_LATE: {
    scope: 'local',
    title: { uk: 'Наказ внесено із запізненням', en: 'Order entered late' },
    help: {
      uk: 'Накази про рух учнів вносять до програми протягом 3 робочих днів від дати наказу. Наказ збережено; надалі вносьте накази вчасно.',
      en: 'Movement orders are entered within 3 working days of their date. The order is saved; enter orders on time from now on.',
    },
  },
  NAME_LOWER_CASE: {
    scope: 'local',
    title: { uk: "Ім'я з малої літери", en: 'Name begins in lower case' },
    help: {
      uk: "Прізвище, ім'я та по батькові пишуть з великої літери. Якщо в документі справді мала (частка «фон», «ді»), підтвердьте з приміткою.",
      en: 'Names begin with a capital letter. If the document really has a small one (a particle such as "von"), acknowledge with a note.',
    },
  },
  DATE_BEFORE: {
    scope: 'local',
    title: { uk: 'Дата раніша за попередню', en: 'Date before the one it follows' },
    help: {
      uk: 'Звільнення не може бути раніше прийняття на роботу. Звірте обидві дати з наказами.',
      en: 'A dismissal cannot come before the hiring. Compare both dates with the orders.',
    },
  },
};

/** The rule catalogue as data (DESIGN §4): the UI lists it, the server serves it at GET /api/v1/rules. */
export const ruleCatalogue: readonly CatalogueRule[] = ruleCodeSchema.options.map((code) => ({ code, severity: ruleSeverity[code], ...texts[code] }));

export function catalogueText(text: CatalogueText, lang: Language): string {
  return lang === 'uk' ? text.uk : text.en;
}

export function ruleOf(code: string): CatalogueRule | undefined {
  return ruleCatalogue.find((r) => r.code === code);
}
