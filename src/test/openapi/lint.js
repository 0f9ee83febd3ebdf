// Lints an OpenAPI document with Redocly CLI and the rules of redocly.yaml (kz.qyzmet.api.OpenApiLintTest
// runs it): OPENAPI_DOCUMENT is the document, REDOCLY_CONFIG the configuration. The exit code is the
// CLI's: not 0 when the document has a problem of severity error.
'use strict';

const { spawnSync } = require('node:child_process');

const document = process.env.OPENAPI_DOCUMENT;
const config = process.env.REDOCLY_CONFIG;
if (!document || !config) {
  console.error('Set OPENAPI_DOCUMENT and REDOCLY_CONFIG');
  process.exit(2);
}

const cli = require.resolve('@redocly/cli/bin/cli.js');
const result = spawnSync(process.execPath, [cli, 'lint', '--config', config, '--format', 'stylish',
  '--max-problems', '1000', document], {
  stdio: 'inherit',
  // No usage data sent, no look-up of a newer version: the build talks to no one.
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});
if (result.error) {
  console.error(result.error);
  process.exit(2);
}
process.exit(result.status === null ? 2 : result.status);
