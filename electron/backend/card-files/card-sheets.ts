import type { Country } from '../../../core/schemas/common';
import { choiceColumn, choiceListColumn, dateColumn, numberColumn, textColumn, type SheetColumn } from './sheet-columns';
import {
  addressParts,
  documentTypeAliases,
  documentTypeLabels,
  educationFormAliases,
  educationFormLabels,
  qualificationLabels,
  relationAliases,
  relationLabels,
  sexAliases,
  sexLabels,
  socialStatusLabels,
} from './sheet-labels';

export type CardKind = 'student' | 'staff';

function addressColumns(title: string, path: string): SheetColumn[] {
  return addressParts.map(([part, name]) => textColumn(`${title}: ${name}`, `${path}.${part}`, part === 'settlement' || part === 'street' ? 20 : 12));
}

function personColumns(sexRequired: boolean): SheetColumn[] {
  return [
    textColumn('Прізвище', 'lastName', 18, true),
    textColumn("Ім'я", 'firstName', 16, true),
    textColumn('По батькові', 'middleName', 18),
    dateColumn('Дата народження', 'birthDate', true),
    choiceColumn('Стать (Ч/Ж)', 'sex', sexLabels, { width: 10, aliases: sexAliases, required: sexRequired }),
    textColumn('Громадянство', 'citizenship', 14),
  ];
}

function codeColumns(country: Country, withUnzr: boolean): SheetColumn[] {
  if (country === 'KG') return [textColumn('ПІН', 'pin', 16)];
  return [textColumn('РНОКПП', 'taxId', 13), ...(withUnzr ? [textColumn('УНЗР', 'unzr', 16)] : [])];
}

/** The class of a student's current year, by its label ("5-А"). */
const classColumn: SheetColumn = {
  header: 'Клас',
  field: 'classId',
  width: 8,
  read: ({ classLabel }) => classLabel || undefined,
  write: (row, text) => {
    row.classLabel = text;
    return true;
  },
};

function guardianColumns(n: number): SheetColumn[] {
  const path = `guardians.${n - 1}`;
  return [
    choiceColumn(`Представник ${n}: ким доводиться`, `${path}.relation`, relationLabels, { aliases: relationAliases }),
    textColumn(`Представник ${n}: прізвище`, `${path}.lastName`, 16),
    textColumn(`Представник ${n}: ім'я`, `${path}.firstName`, 14),
    textColumn(`Представник ${n}: по батькові`, `${path}.middleName`, 16),
    textColumn(`Представник ${n}: телефон`, `${path}.phone`, 16),
    textColumn(`Представник ${n}: email`, `${path}.email`, 20),
    textColumn(`Представник ${n}: адреса`, `${path}.address`, 24),
    textColumn(`Представник ${n}: місце роботи`, `${path}.work`, 20),
  ];
}

/**
 * The columns of a card sheet, in order: the export writes them, the template offers them, the import reads them by
 * header. The whole card but the photo and the acknowledged warnings; a student's first document and two
 * representatives (a card with more keeps the rest in the app).
 */
export function sheetColumns(kind: CardKind, country: Country): SheetColumn[] {
  if (kind === 'staff') {
    return [
      ...personColumns(false),
      ...codeColumns(country, false),
      textColumn('Посада', 'position', 22, true),
      dateColumn('Дата прийняття на роботу', 'hiredOn'),
      dateColumn('Дата звільнення', 'dismissedOn'),
      numberColumn('Ставка', 'rate'),
      choiceColumn('Кваліфікаційна категорія', 'qualificationCategory', qualificationLabels, { width: 26 }),
      textColumn('Освіта', 'education', 24),
      textColumn('Телефон', 'phone', 16),
      textColumn('Email', 'email', 22),
      ...addressColumns('Адреса', 'address'),
      textColumn('Примітки', 'notes', 24),
    ];
  }
  return [
    ...personColumns(true),
    classColumn,
    ...codeColumns(country, true),
    choiceColumn('Документ', 'documents.0.type', documentTypeLabels, { width: 24, aliases: documentTypeAliases }),
    textColumn('Серія документа', 'documents.0.series', 10),
    textColumn('Номер документа', 'documents.0.number', 14),
    dateColumn('Дата видачі документа', 'documents.0.issuedOn'),
    textColumn('Ким видано документ', 'documents.0.issuer', 24),
    textColumn('Номер особової справи', 'personalFileNumber', 10),
    textColumn('Телефон', 'phone', 16),
    textColumn('Email', 'email', 22),
    ...addressColumns('Адреса реєстрації', 'registeredAddress'),
    ...addressColumns('Адреса проживання', 'actualAddress'),
    ...guardianColumns(1),
    ...guardianColumns(2),
    choiceColumn('Форма здобуття освіти', 'educationForm', educationFormLabels, { width: 20, aliases: educationFormAliases }),
    choiceListColumn('Соціальний статус', 'socialStatus', socialStatusLabels),
    textColumn('Особливі освітні потреби', 'specialNeeds', 24),
    textColumn('Медичні відомості', 'medicalNotes', 24),
    textColumn('Попереднє навчання', 'previousEducation', 24),
    textColumn('Примітки', 'notes', 24),
  ];
}
