/**
 * The words a card sheet writes for codes. The sheet is a file a school keeps and fills in, so its vocabulary is
 * Ukrainian whatever the user's language, as its header is (DESIGN §1: header in Ukrainian).
 */
export const sexLabels = { M: 'Ч', F: 'Ж' } as const;
export const sexAliases = { m: 'M', f: 'F', чол: 'M', жін: 'F', чоловіча: 'M', жіноча: 'F' } as const;

export const documentTypeLabels = {
  birth_certificate: 'Свідоцтво про народження',
  passport: 'Паспорт (книжечка)',
  id_card: 'ID-картка',
  foreign_document: 'Іноземний документ',
} as const;
export const documentTypeAliases = { свідоцтво: 'birth_certificate', паспорт: 'passport', 'id картка': 'id_card', 'id-карта': 'id_card' } as const;

export const relationLabels = { mother: 'Мати', father: 'Батько', guardian: 'Опікун / піклувальник', grandparent: 'Баба / дід', other: 'Інше' } as const;
export const relationAliases = { опікун: 'guardian', піклувальник: 'guardian', баба: 'grandparent', дід: 'grandparent' } as const;

export const educationFormLabels = {
  full_time: 'Очна (денна)',
  distance: 'Дистанційна',
  family: 'Сімейна (домашня)',
  external: 'Екстернат',
  individual: 'Індивідуальна',
  home: 'Педагогічний патронаж',
} as const;
export const educationFormAliases = { очна: 'full_time', денна: 'full_time', сімейна: 'family' } as const;

export const socialStatusLabels = {
  orphan: 'Дитина-сирота',
  without_parental_care: 'Позбавлений батьківського піклування',
  large_family: 'З багатодітної сім’ї',
  low_income: 'З малозабезпеченої сім’ї',
  disability: 'Дитина з інвалідністю',
  internally_displaced: 'Внутрішньо переміщена особа',
  child_of_combatant: 'Дитина учасника бойових дій',
  chornobyl_affected: 'Постраждалий від аварії на ЧАЕС',
} as const;

export const qualificationLabels = { specialist: 'Спеціаліст', second: 'Спеціаліст II категорії', first: 'Спеціаліст I категорії', highest: 'Спеціаліст вищої категорії' } as const;

export const addressParts = [
  ['postalCode', 'індекс'],
  ['region', 'область'],
  ['district', 'район'],
  ['settlement', 'населений пункт'],
  ['street', 'вулиця'],
  ['house', 'будинок'],
  ['apartment', 'квартира'],
] as const;
