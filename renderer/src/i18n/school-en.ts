import type { Messages } from './uk';

/** English texts of the school's details. */
export const schoolEn: Messages['schoolDetails'] = {
  title: 'School details',
  intro: 'The name, EDRPOU code, address and director are printed on every document of the school. Every change is recorded in the audit log.',
  country: 'Country: {{country}}.',
  countryFixed: 'The country is chosen at the first setup; the periods, documents and checks depend on it.',
  saved: 'The school details have been saved.',
  timeZoneHint: 'Empty: the country’s time zone (Kyiv, Bishkek). Otherwise a name such as Europe/Kyiv.',
  instructionLanguage: 'Language of instruction',
  instructionLanguageHint: "The archive's documents (ledgers, personal files, teaching load) are printed in it.",
  instructionLanguages: { ru: 'Russian', ky: 'Kyrgyz' },
  fields: {
    code: 'School code (EDRPOU)',
    name: 'Full name of the school',
    region: 'Region',
    district: 'District (community)',
    'address.postalCode': 'Postal code',
    'address.settlement': 'Settlement',
    'address.street': 'Street',
    'address.house': 'House',
    director: 'Director (full name)',
    timeZone: 'Time zone',
  },
  problems: {
    required: 'Fill in this field',
    edrpou: 'An EDRPOU code is 8 digits',
    tooLong: 'Too long',
    timeZone: 'Unknown time zone',
  },
};
