#!/bin/sh
# The seams of issue 14, checked on the sources: SQLite only behind the store (lib/storage/),
# the window nothing of storage and no undo command of its own (its edits are RegisterActions'),
# and the rest of lib/ only the store's interface, through the document. Prints what breaks a rule and fails.
# Usage: layering.sh SOURCE_DIR
cd "$1" || exit 2
status=0
said() { echo "$1"; status=1; }
for f in $(grep -rl 'sqlite3\.h' lib app); do
    case $f in lib/storage/*) ;; *) said "$f includes sqlite3.h: SQLite belongs in lib/storage/" ;; esac
done
for f in $(grep -rl '#include "storage/' app); do
    said "$f includes a storage header: the window goes through the document"
done
for f in $(grep -rl '#include "commands/' app); do
    said "$f includes an undo command: the window's edits go through RegisterActions (lib/actions/)"
done
for f in $(grep -rl '#include "storage/' lib | grep -v '^lib/storage/'); do
    case $f in
        lib/document/*)
            grep '#include "storage/' "$f" | grep -v 'storage/registerstore.h' >/dev/null \
                && said "$f includes more of storage than registerstore.h" ;;
        *) said "$f includes a storage header: only the document talks to the store" ;;
    esac
done
exit $status
