import type { Country } from '../schemas/common';

export interface DefaultSubject {
  name: string;
  shortName: string;
}

/**
 * The subjects a new school starts from, to be edited by the school.
 * - UA: the subjects of the Standard Educational Programmes of the Ministry of Education and Science (primary school
 *   of the New Ukrainian School, grades 5–9 and the profile school), named as the journals name them.
 * - KG: the subjects of the Basic Curriculum of general education of the Kyrgyz Republic (Базисный учебный план), in
 *   Russian, the language the office prints in until the KG profile sets another.
 */
export const defaultSubjects: Readonly<Record<Country, readonly DefaultSubject[]>> = {
  UA: [
    { name: 'Українська мова', shortName: 'Укр. мова' },
    { name: 'Українська література', shortName: 'Укр. літ.' },
    { name: 'Зарубіжна література', shortName: 'Зар. літ.' },
    { name: 'Англійська мова', shortName: 'Англ. мова' },
    { name: 'Математика', shortName: 'Матем.' },
    { name: 'Алгебра', shortName: 'Алгебра' },
    { name: 'Геометрія', shortName: 'Геометрія' },
    { name: 'Я досліджую світ', shortName: 'ЯДС' },
    { name: 'Пізнаємо природу', shortName: 'Природа' },
    { name: 'Історія України', shortName: 'Іст. Укр.' },
    { name: 'Всесвітня історія', shortName: 'Всесв. іст.' },
    { name: 'Громадянська освіта', shortName: 'Гром. осв.' },
    { name: 'Географія', shortName: 'Географія' },
    { name: 'Біологія', shortName: 'Біологія' },
    { name: 'Фізика', shortName: 'Фізика' },
    { name: 'Хімія', shortName: 'Хімія' },
    { name: 'Інформатика', shortName: 'Інформ.' },
    { name: 'Мистецтво', shortName: 'Мистецтво' },
    { name: 'Технології', shortName: 'Технології' },
    { name: 'Здоровʼя, безпека та добробут', shortName: 'ЗБД' },
    { name: 'Фізична культура', shortName: 'Фізкульт.' },
    { name: 'Захист України', shortName: 'Захист Укр.' },
  ],
  KG: [
    { name: 'Кыргызский язык', shortName: 'Кырг. яз.' },
    { name: 'Кыргызская литература', shortName: 'Кырг. лит.' },
    { name: 'Русский язык', shortName: 'Рус. яз.' },
    { name: 'Русская литература', shortName: 'Рус. лит.' },
    { name: 'Английский язык', shortName: 'Англ. яз.' },
    { name: 'Математика', shortName: 'Матем.' },
    { name: 'Алгебра', shortName: 'Алгебра' },
    { name: 'Геометрия', shortName: 'Геометрия' },
    { name: 'Родиноведение', shortName: 'Родинов.' },
    { name: 'Естествознание', shortName: 'Естеств.' },
    { name: 'История Кыргызстана', shortName: 'Ист. Кырг.' },
    { name: 'Всемирная история', shortName: 'Всем. ист.' },
    { name: 'Человек и общество', shortName: 'Чел. и общ.' },
    { name: 'География', shortName: 'География' },
    { name: 'Биология', shortName: 'Биология' },
    { name: 'Физика', shortName: 'Физика' },
    { name: 'Химия', shortName: 'Химия' },
    { name: 'Информатика', shortName: 'Информ.' },
    { name: 'Музыка', shortName: 'Музыка' },
    { name: 'Изобразительное искусство', shortName: 'ИЗО' },
    { name: 'Технология', shortName: 'Технология' },
    { name: 'Физическая культура', shortName: 'Физкульт.' },
    { name: 'Адеп (этика)', shortName: 'Адеп' },
    { name: 'Допризывная военная подготовка', shortName: 'ДВП' },
  ],
};
