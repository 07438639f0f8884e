import type { Messages } from './uk';

/** English texts around the user's guide (the guide itself is docs/user-guide/en). */
export const helpEn: Messages['help'] = {
  open: 'Help for this screen (F1)',
  back: 'Back',
  contents: 'Contents of the guide',
  pages: {
    home: 'Home',
    students: 'Students',
    staff: 'Staff',
    classes: 'Classes',
    orders: 'Orders',
    'year-end': 'Year-end transition',
    documents: 'Documents',
    sync: 'Sync',
    settings: 'Settings',
    school: 'School details',
    backups: 'Backups',
    journals: 'Journals',
    'journal-control': 'Journal control',
    users: 'Users',
  },
};
