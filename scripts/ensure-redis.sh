#!/usr/bin/env bash
# The live-state tests start Debian's redis-server on a free loopback port of their own.
# Install it when it is missing, so `npm test` works on a fresh machine.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "redis-server is missing: run 'sudo apt-get update && sudo apt-get install -y redis-server'" >&2
  exit 1
fi
echo "Installing Debian's redis-server for the live-state tests..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq redis-server >/dev/null
# The tests run their own instances; the packaged service is not needed.
if command -v systemctl >/dev/null 2>&1; then systemctl disable --now redis-server >/dev/null 2>&1 || true; fi
