import { resolve } from 'node:path';
import { createBackend } from '../../backend/backend';
import { demoAdministrator } from '../../backend/demo/demo-accounts';
import { seedDemoSchool } from '../../backend/demo/seed-demo-school';
import { findSchool } from '../../backend/school/school-repository';
import { flag, type OfficeCommand } from '../office-command';

/** The demo school, seeded as web mode's demo profile seeds it: through the handler table, audited under the demo administrator. */
export const demoCommand: OfficeCommand = {
  synopsis: 'demo --data-dir DIR',
  summary: 'the demo school in DIR (refused if DIR already holds a school)',
  flags: ['data-dir'],
  required: ['data-dir'],
  async run(flags) {
    const dataDir = resolve(flag(flags, 'data-dir'));
    const backend = createBackend({ dataDir });
    try {
      const summary = await seedDemoSchool(backend);
      const school = findSchool(backend.db);
      console.log(`Demo school seeded in ${dataDir}: ${school?.school.name ?? ''}`);
      console.log(`  staff: ${summary.staff}, classes: ${summary.classes}, students: ${summary.students}`);
      console.log(`Demo login: ${demoAdministrator.login} / ${demoAdministrator.password} (${demoAdministrator.fullName})`);
      return 0;
    } finally {
      backend.close();
    }
  },
};
