/** Ukrainian texts of the school's details; merged into `uk` as `schoolDetails`. */
export const schoolUk = {
  title: 'Дані закладу',
  intro: 'Назва, код ЄДРПОУ, адреса й директор друкуються на кожному документі школи. Кожну зміну записано в журнал змін.',
  country: 'Країна: {{country}}.',
  countryFixed: 'Країну закладу обирають під час першого налаштування; від неї залежать періоди, документи й перевірки.',
  saved: 'Дані закладу збережено.',
  timeZoneHint: 'Порожньо — часовий пояс країни (Київ, Бішкек). Інакше назва на зразок Europe/Kyiv.',
  fields: {
    code: 'Код закладу (ЄДРПОУ)',
    name: 'Повна назва закладу',
    region: 'Область',
    district: 'Район (громада)',
    'address.postalCode': 'Поштовий індекс',
    'address.settlement': 'Населений пункт',
    'address.street': 'Вулиця',
    'address.house': 'Будинок',
    director: 'Директор (прізвище, ім’я, по батькові)',
    timeZone: 'Часовий пояс',
  },
  problems: {
    required: 'Заповніть це поле',
    edrpou: 'Код ЄДРПОУ — це 8 цифр',
    tooLong: 'Задовге значення',
    timeZone: 'Невідомий часовий пояс',
  },
};
