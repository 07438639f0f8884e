/** Ukrainian texts around the user's guide (the guide itself is docs/user-guide/uk); merged into `uk` as `help`. */
export const helpUk = {
  open: 'Довідка до цього екрана (F1)',
  back: 'Повернутися',
  contents: 'Зміст довідки',
  pages: {
    home: 'Головна',
    students: 'Учні',
    staff: 'Працівники',
    classes: 'Класи',
    orders: 'Накази',
    'year-end': 'Перехід на новий рік',
    documents: 'Документи',
    sync: 'Синхронізація',
    settings: 'Налаштування',
    school: 'Дані закладу',
    backups: 'Резервні копії',
    journals: 'Журнали',
    'journal-control': 'Контроль журналів',
    users: 'Користувачі',
  },
};
