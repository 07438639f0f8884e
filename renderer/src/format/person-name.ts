/** "Прізвище Ім’я По батькові", skipping empty parts. */
export function personName(p: { lastName: string; firstName: string; middleName?: string }): string {
  return [p.lastName, p.firstName, p.middleName].filter((s) => s && s.trim() !== '').join(' ');
}
