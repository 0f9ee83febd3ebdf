# Sourced by .ci/run before the build: what the Tasklist browser test
# (kz.qyzmet.tasklist.TasklistBrowserTest, src/test/browser) needs on a Debian machine: Debian's own
# headless Chromium at /usr/bin/chromium, and Node.js 20 or later with npm. The test installs its
# npm packages itself (npm ci, into the build directory).
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

  local node_major
  node_major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$node_major" -lt 20 ]; then
    echo "The browser test needs Node.js 20 or later (playwright-core); found $(node --version)" >&2
    return 1
  fi
  echo "Browser test: $(/usr/bin/chromium --version 2>/dev/null | head -n 1), Node.js $(node --version), npm $(npm --version)"
}

install_browser_test_tools
export CI="${CI:-true}"
