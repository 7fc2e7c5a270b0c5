#!/bin/sh
# Runs a command as root: directly when we are root, through sudo otherwise.
if [ "$(id -u)" -eq 0 ]; then exec "$@"; fi
exec sudo "$@"
