/**
 * verify-install reads project pages with the one simple-API reader,
 * src/index-client/simple-api.ts (PEP 691 JSON, else PEP 503 HTML); this
 * module only gives its names the ones verify-install's modules import.
 */
export {
  fetchSimplePage,
  parseSimpleHtml,
  parseSimpleJson,
  projectPageUrl,
  type FetchPageOptions,
  type SimpleFile as IndexFile,
  type SimplePage,
  type SimplePageAnswer,
} from '../../index-client/simple-api.js';
