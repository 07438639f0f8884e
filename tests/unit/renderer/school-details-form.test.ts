import { describe, expect, it } from 'vitest';
import { schoolSchema } from '../../../core/schemas/school';
import { fieldValue, schoolDetailProblems, withField } from '../../../renderer/src/screens/school/school-details-form';

const school = schoolSchema.parse({ code: '12345678', name: 'Ліцей № 7', director: 'Савченко Олена Петрівна', address: { street: 'вул. Шкільна' } });

describe('the school details form', () => {
  it('finds nothing wrong with a complete school', () => {
    expect(schoolDetailProblems(school)).toEqual({});
  });

  it('names an EDRPOU that is not 8 digits, an empty director and an unknown time zone', () => {
    const typed = withField(withField(withField(school, 'code', '1234'), 'director', ''), 'timeZone', 'Europe/Nowhere');
    expect(schoolDetailProblems(typed)).toEqual({ code: 'edrpou', director: 'required', timeZone: 'timeZone' });
  });

  it('edits the address field by field and drops an emptied time zone', () => {
    const typed = withField(withField(school, 'address.house', '12'), 'timeZone', '');
    expect(fieldValue(typed, 'address.house')).toBe('12');
    expect(fieldValue(typed, 'address.street')).toBe('вул. Шкільна');
    expect('timeZone' in typed).toBe(false);
  });
});
