import { createBackend } from '../../../electron/backend/backend';
import { demoAdministrator } from '../../../electron/backend/demo/demo-accounts';
import { call } from '../backend-call';
import { defineBenchCase } from '../bench-case';

/**
 * What a secretary types into the search box: the start of a surname (any case), a first name, a surname and the
 * start of a first name, part of a patronymic, part of a certificate number.
 */
const queries = [
  'Шевч', 'коваль', 'Бонд', 'мельн', 'Ткачук', 'Олександр', 'Софія', 'Лукʼян', 'лук\'ян', 'Сидоренко Ма', 'Кравч', 'ярош',
  'Іванівна', 'енко', 'Петрів', 'Гнат', 'Зоз', '4512', '0071', 'Марія', 'Вишнев', 'Дмитр', 'Коваленко Ан', 'Поліщук',
];

export default defineBenchCase({
  name: 'search-10k',
  title: 'name search over 10,000 cards (students.list with a query)',
  budgetMs: 20,
  figure: 'p95',
  warmup: queries.length,
  iterations: queries.length * 10,
  async setup(fixtures) {
    const backend = createBackend({ dataDir: await fixtures.bigSchool() });
    const { session } = await call(backend, 'auth.login', { login: demoAdministrator.login, password: demoAdministrator.password }, null);
    const found = await call(backend, 'students.list', { search: 'енко' }, session);
    if (found.rows.length === 0) throw new Error('search found nothing for a common surname ending');
    return { backend, session };
  },
  async iteration({ backend, session }, index) {
    await call(backend, 'students.list', { search: queries[index % queries.length] ?? '' }, session);
  },
  teardown: ({ backend }) => {
    backend.close();
  },
});
