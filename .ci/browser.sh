# Sourced by .ci/run before the build: what the Tasklist browser test
# (kz.qyzmet.tasklist.TasklistBrowserTest, src/test/browser) needs on a Debian machine: Debian's own
# headless Chromium at /usr/bin/chromium, and Node.js 20.19 or later with npm. The tests install their
# npm packages themselves (npm ci, into the build directory): playwright-core for the browser tests,
# Redocly CLI for the OpenAPI lint (kz.qyzmet.api.OpenApiLintTest, src/test/openapi).
#
# It also sets CI, so that the browser test fails instead of being skipped should any of these
# still be missing; outside CI the test skips with a message.

install_browser_test_tools() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  if [ "${#missing[@]}" -gt 0 ]; then
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing for the browser test: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi

  local node_major node_minor
  node_major="$(node -p 'process.versions.node.split(".")[0]')"
  node_minor="$(node -p 'process.versions.node.split(".")[1]')"
  if [ "$node_major" -lt 20 ] || { [ "$node_major" -eq 20 ] && [ "$node_minor" -lt 19 ]; }; then
    echo "The browser tests and the OpenAPI lint need Node.js 20.19 or later (playwright-core, @redocly/cli);" \
      "found $(node --version)" >&2
    return 1
  fi
  echo "Browser test: $(/usr/bin/chromium --version 2>/dev/null | head -n 1), Node.js $(node --version), npm $(npm --version)"
}

install_browser_test_tools
export CI="${CI:-true}"
