/** verify-install: wait for the index, install into a fresh environment, check the import. */
export { verifyInstall, type VerifyOutcome, type VerifyRequest } from './verify.js';
export { RESULT_SCHEMA, writeResultFile, type VerifyResult } from './result.js';
export { planIndexes, PYPI_SIMPLE, TESTPYPI_SIMPLE, type IndexPlan, type IndexSettings } from './indexes.js';
export { describeListing, evaluateListing, pollDelayMs, requiresPythonAllows, waitForRelease, type Availability, type ListingEvaluation, type Target } from './availability.js';
export type { Check } from './checks.js';
export type { SmokeTest } from './smoke-test.js';
