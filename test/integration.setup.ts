import { serversSetup } from './global-setup';

/** The integration project's set-up: the servers, swept of what killed runs left (global-setup.ts). */
export default serversSetup;
