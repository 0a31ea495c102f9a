#!/bin/sh
# Starts the DuoCoach GUI. Without any display (a bare server or container) it says so
# instead of letting Qt abort with a platform-plugin error.
set -eu
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run: no display found. Start DuoCoach from a desktop session, or use" >&2
    echo "     'xvfb-run -a make run' on a machine without a screen." >&2
    exit 1
fi
exec "$@"
