/** How `npm start` hands the demo's local central server to the Electron main process (DESIGN §2). */
export const localServerEnv = { url: 'SCHOOL_OFFICE_LOCAL_SERVER_URL', token: 'SCHOOL_OFFICE_LOCAL_SERVER_TOKEN' } as const;
