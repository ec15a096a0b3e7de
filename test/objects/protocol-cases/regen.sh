#!/bin/sh
# Regenerate the expected outputs of the protocol snippet tests with CPython 3.11.
cd "$(dirname "$0")" && for f in *.py; do python3 "$f" > "${f%.py}.out"; done
