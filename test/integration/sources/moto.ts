/** moved to test/support/moto.ts, shared with the fetch-wheels tests */
export * from '../../support/moto.js';
