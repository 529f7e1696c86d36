#!/usr/bin/env bash
# Starts an office screen at login, for the desktop user who runs this (the screen PC's auto-login user):
# copies motcua-screen to ~/.local/bin and writes an XDG autostart entry. Run it again to change it (idempotent).
#   deploy/linux/install-screen.sh <kiosk|display|counter-display|rating> <server-url> <token> [counter-id]
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 <kiosk|display|counter-display|rating> <server-url> <token> [counter-id]" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
screen="$1"; name="motcua-$screen${4:+-$4}"
mkdir -p "$HOME/.local/bin" "$HOME/.config/autostart" "$HOME/.config/motcua"
install -m 0755 "$here/motcua-screen" "$HOME/.local/bin/motcua-screen"
# The token stays in a file only this user reads, not in the autostart entry.
printf '%q ' "$@" > "$HOME/.config/motcua/$name.args"
chmod 600 "$HOME/.config/motcua/$name.args"
cat > "$HOME/.config/autostart/$name.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=motcua $screen${4:+ $4}
Exec=sh -c 'eval exec "\$HOME/.local/bin/motcua-screen" \$(cat "\$HOME/.config/motcua/$name.args")'
X-GNOME-Autostart-enabled=true
NoDisplay=true
DESKTOP
echo "$name starts at the next login ($HOME/.config/autostart/$name.desktop); to start it now: ~/.local/bin/motcua-screen $*"
