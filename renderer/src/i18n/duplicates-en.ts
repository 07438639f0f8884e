import type { Messages } from './uk';

/** English texts of the duplicate check while typing and of deleting a card: the same keys as `duplicatesUk`. */
export const duplicatesEn: Messages['duplicates'] = {
  title: 'This person may be entered already',
  intro: 'Another card of the school holds the same details. Open it before saving the new one, or the school will have two cards of one person.',
  open: 'Open the card',
  delete: 'Delete the card…',
  deleteTitle: 'Delete the card “{{name}}”?',
  deleteBody:
    'A card entered by mistake is marked deleted: it leaves the lists, and after Sync all the server too. The deletion stays in the change log. The card of a student an order names cannot be deleted.',
  deleteConfirm: 'Yes, delete',
  deleteCancel: 'Do not delete',
};
