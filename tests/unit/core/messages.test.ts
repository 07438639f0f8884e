import { describe, expect, it } from 'vitest';
import { issueHelp, issueMessage, issueTitle } from '../../../core/rules/messages';
import { formatKindSchema, ruleCodeSchema, ruleSeverity, type RuleCode } from '../../../core/rules/codes';
import type { Issue } from '../../../core/schemas/issue';

/** A realistic issue of each code, with the params its rule sends. */
const samples: Readonly<Record<RuleCode, Omit<Issue, 'severity'>>> = {
  NORMALISED: { code: 'NORMALISED', field: 'lastName', params: { before: "Мар'яна", after: 'Марʼяна' } },
  REQUIRED: { code: 'REQUIRED', field: 'lastName' },
  FORMAT: { code: 'FORMAT', field: 'taxId', params: { format: 'rnokpp' } },
  CHECKSUM: { code: 'CHECKSUM', field: 'taxId', params: { format: 'rnokpp' } },
  TAXID_BIRTHDATE_MISMATCH: { code: 'TAXID_BIRTHDATE_MISMATCH', field: 'taxId', params: { expected: '1948-02-28', actual: '1948-03-01' } },
  TAXID_SEX_MISMATCH: { code: 'TAXID_SEX_MISMATCH', field: 'taxId', params: { expected: 'M', actual: 'F' } },
  PIN_BIRTHDATE_MISMATCH: { code: 'PIN_BIRTHDATE_MISMATCH', field: 'pin', params: { expected: '1982-02-02', actual: '1982-02-03' } },
  PIN_SEX_MISMATCH: { code: 'PIN_SEX_MISMATCH', field: 'pin', params: { expected: 'F', actual: 'M' } },
  DATE_INVALID: { code: 'DATE_INVALID', field: 'birthDate' },
  DATE_IN_FUTURE: { code: 'DATE_IN_FUTURE', field: 'birthDate' },
  AGE_GRADE_IMPLAUSIBLE: { code: 'AGE_GRADE_IMPLAUSIBLE', field: 'birthDate', params: { age: 8, grade: 5, min: 9, max: 14 } },
  DUPLICATE_IN_SCHOOL: { code: 'DUPLICATE_IN_SCHOOL', field: 'documents.0.number', params: { count: 2 } },
  REGISTRY_NOT_FOUND: { code: 'REGISTRY_NOT_FOUND', field: 'documents.0.number' },
  REGISTRY_NAME_MISMATCH: { code: 'REGISTRY_NAME_MISMATCH', field: 'lastName', registryValue: 'Коваленко' },
  REGISTRY_BIRTHDATE_MISMATCH: { code: 'REGISTRY_BIRTHDATE_MISMATCH', field: 'birthDate', registryValue: '2015-03-14' },
  REGISTRY_SEX_MISMATCH: { code: 'REGISTRY_SEX_MISMATCH', field: 'sex' },
  REGISTRY_DECEASED: { code: 'REGISTRY_DECEASED', field: 'documents.0.number' },
  DUPLICATE_ENROLLMENT: { code: 'DUPLICATE_ENROLLMENT', params: { schoolCode: '12345678' } },
  REGISTRY_UNAVAILABLE: { code: 'REGISTRY_UNAVAILABLE' },
  NAME_LOWER_CASE: { code: 'NAME_LOWER_CASE', field: 'lastName' },
  DATE_BEFORE: { code: 'DATE_BEFORE', field: 'dismissedOn', params: { other: 'hiredOn', date: '2020-09-01' } },
  ORDER_ENTERED_LATE: { code: 'ORDER_ENTERED_LATE', field: 'date', params: { date: '2025-11-03', enteredOn: '2025-11-10', workingDays: 5 } },
};

function sample(code: RuleCode): Issue {
  const severity = ruleSeverity[code];
  return { ...samples[code], severity: severity === 'info' ? 'warning' : severity };
}

const languages = ['uk', 'en'] as const;
const everyCodeInBothLanguages = ruleCodeSchema.options.flatMap((code) => languages.map((lang) => [code, lang] as const));

describe('issue messages', () => {
  it.each(everyCodeInBothLanguages)('renders %s in %s as a sentence without "undefined"', (code, lang) => {
    const message = issueMessage(sample(code), lang);
    expect(message.length > 3 && !message.includes('undefined')).toBe(true);
  });

  it.each(formatKindSchema.options.flatMap((format) => languages.map((lang) => [format, lang] as const)))('has its own FORMAT sentence for %s in %s', (format, lang) => {
    expect(issueMessage({ code: 'FORMAT', severity: 'error', params: { format } }, lang)).not.toBe(issueTitle('FORMAT', lang));
  });

  it('shows the date an RNOKPP encodes as DD.MM.YYYY', () => {
    expect(issueMessage(sample('TAXID_BIRTHDATE_MISMATCH'), 'uk')).toBe('РНОКПП вказує на дату народження 28.02.1948');
  });

  it('shows the date a PIN encodes as DD.MM.YYYY', () => {
    expect(issueMessage(sample('PIN_BIRTHDATE_MISMATCH'), 'en')).toBe('The PIN encodes the birth date 02.02.1982');
  });

  it('names the sex an RNOKPP encodes in words', () => {
    expect([issueMessage(sample('TAXID_SEX_MISMATCH'), 'uk'), issueMessage(sample('TAXID_SEX_MISMATCH'), 'en')]).toEqual([
      'РНОКПП вказує на стать: чоловіча',
      'The RNOKPP encodes the sex: male',
    ]);
  });

  it('names the sex a PIN encodes in words', () => {
    expect(issueMessage(sample('PIN_SEX_MISMATCH'), 'en')).toBe('The PIN encodes the sex: female');
  });

  it('shows what normalisation changed, before and after, when an older version did not say which letters', () => {
    expect(issueMessage(sample('NORMALISED'), 'uk')).toBe("Унормовано: «Мар'яна» → «Марʼяна»");
  });

  it('names the Latin letters in the name of a Ukrainian citizen', () => {
    expect(issueMessage({ code: 'FORMAT', severity: 'error', field: 'lastName', params: { format: 'ukrainian_letters', found: 'latin' } }, 'uk')).toBe(
      'Імена громадян України пишуть українськими літерами, а тут латинські літери',
    );
  });

  it('names the Russian letters in the name of a Ukrainian citizen', () => {
    expect(issueMessage({ code: 'FORMAT', severity: 'error', field: 'firstName', params: { format: 'ukrainian_letters', found: 'ы, ё' } }, 'uk')).toBe(
      'Імена громадян України пишуть українськими літерами, а тут літери ы, ё',
    );
  });

  it('shows the format of a date for digits typed without dots', () => {
    expect(issueMessage({ code: 'DATE_INVALID', severity: 'error', field: 'birthDate', params: { format: 'date' } }, 'uk')).toBe('Дату пишуть як ДД.ММ.РРРР, наприклад 14.05.2019');
  });

  it('says a dismissal lies before the hiring date', () => {
    expect(issueMessage(sample('DATE_BEFORE'), 'uk')).toBe('Раніше за дату прийняття на роботу (01.09.2020)');
  });

  it('says in words which letter became which', () => {
    expect(issueMessage({ code: 'NORMALISED', severity: 'warning', field: 'documents.0.series', params: { before: 'Л-ЖК', after: 'L-ЖК', letters: 'Л→L' } }, 'uk')).toBe(
      'Програма замінила «Л» на «L»: «Л-ЖК» → «L-ЖК»',
    );
  });

  it('shows the age, the grade and the plausible ages', () => {
    expect(issueMessage(sample('AGE_GRADE_IMPLAUSIBLE'), 'en')).toBe('On 1 September the student is 8; grade 5 usually means 9–14');
  });

  it('shows how many other cards hold the same document', () => {
    expect(issueMessage(sample('DUPLICATE_IN_SCHOOL'), 'en')).toBe('Other cards of the school with this number: 2');
  });

  it('names the school that enrolled the student first', () => {
    expect(issueMessage(sample('DUPLICATE_ENROLLMENT'), 'uk')).toBe('Учня вже зараховано в школі 12345678');
  });

  it('asks for a birth certificate when the documents are missing', () => {
    expect(issueMessage({ code: 'REQUIRED', severity: 'error', field: 'documents', params: { document: 'birth_certificate' } }, 'en')).toBe(
      'A birth certificate is required (or a passport or ID card from age 14)',
    );
  });

  it('says the student is not enrolled when the class is missing', () => {
    expect(issueMessage({ code: 'REQUIRED', severity: 'error', field: 'classId' }, 'uk')).toBe('Учня не зараховано до класу');
  });

  it('adds the registry value to the message', () => {
    expect(issueMessage(sample('REGISTRY_NAME_MISMATCH'), 'uk')).toBe('Прізвище не збігається з реєстром (у реєстрі: Коваленко)');
  });

  it('names the middle name when the middle name differs from the registry', () => {
    expect(issueMessage({ code: 'REGISTRY_NAME_MISMATCH', severity: 'error', field: 'middleName', registryValue: 'Петрівна' }, 'uk')).toBe(
      'По батькові не збігається з реєстром (у реєстрі: Петрівна)',
    );
  });

  it('names the last name when the last name differs from the registry', () => {
    expect(issueMessage({ code: 'REGISTRY_NAME_MISMATCH', severity: 'error', field: 'lastName' }, 'en')).toBe('The last name differs from the registry');
  });

  it('shows the registry sex in words', () => {
    expect(issueMessage({ code: 'REGISTRY_SEX_MISMATCH', severity: 'error', field: 'sex', registryValue: 'F' }, 'uk')).toBe('Стать не збігається з реєстром (у реєстрі: жіноча)');
  });

  it('says a tax number the registry does not know is a tax number, not a document', () => {
    expect(issueMessage({ code: 'REGISTRY_NOT_FOUND', severity: 'error', field: 'taxId' }, 'uk')).toBe('Такого РНОКПП немає в реєстрі');
  });

  it('says a document the registry does not know is a document', () => {
    expect(issueMessage(sample('REGISTRY_NOT_FOUND'), 'uk')).toBe('Документа немає в реєстрі');
  });

  it('shows a registry birth date as DD.MM.YYYY', () => {
    expect(issueMessage(sample('REGISTRY_BIRTHDATE_MISMATCH'), 'en')).toBe('Birth date differs from the registry (registry: 14.03.2015)');
  });

  it('falls back to English for Russian', () => {
    expect(issueMessage(sample('CHECKSUM'), 'ru')).toBe(issueMessage(sample('CHECKSUM'), 'en'));
  });

  it('shows an unknown code from a newer server as the code itself', () => {
    expect(issueMessage({ code: 'NEW_RULE', severity: 'error' }, 'en')).toBe('NEW_RULE');
  });

  it('shows an unknown code named like an object property as the code itself', () => {
    expect(issueMessage({ code: 'constructor', severity: 'error' }, 'en')).toBe('constructor');
  });

  it('shows an unknown sex value as it came', () => {
    expect(issueMessage({ code: 'TAXID_SEX_MISMATCH', severity: 'warning', params: { expected: 'toString' } }, 'en')).toBe('The RNOKPP encodes the sex: toString');
  });

  it('shows the general FORMAT sentence for an unknown format', () => {
    expect(issueMessage({ code: 'FORMAT', severity: 'error', params: { format: 'toString' } }, 'en')).toBe('Wrong format');
  });
});

describe('issue titles and help', () => {
  it.each(everyCodeInBothLanguages)('has a title and help for %s in %s', (code, lang) => {
    expect(issueTitle(code, lang) !== code && issueHelp(code, lang) !== '').toBe(true);
  });

  it('titles an unknown code with the code itself', () => {
    expect(issueTitle('NEW_RULE', 'uk')).toBe('NEW_RULE');
  });

  it('has no help for an unknown code', () => {
    expect(issueHelp('NEW_RULE', 'en')).toBe('');
  });
});
