/**
 * The names the e2e harness shares with the host's test mode (test-mode.ts), in a module of their
 * own so the Playwright runner does not load the host's services to read two strings.
 */
export const TEST_MODE_VARIABLE = 'SECRETARIAAT_TEST_MODE';
export const TEST_RESET_PATH = '/__test__/reset';
