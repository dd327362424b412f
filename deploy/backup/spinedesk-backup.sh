#!/usr/bin/env bash
# Writes a consistent backup of SpineDesk's database to standard output, as SQL that restores on
# another host (spinedesk-restore.sh), with MySQL 8's mysqldump or MariaDB's mariadb-dump:
#
#   deploy/backup/spinedesk-backup.sh -h db.clinic.internal -u spinedesk_backup -p spinedesk \
#     | gzip > spinedesk-$(date +%F).sql.gz
#
# Everything after the script name goes to the dump tool (connection options, then the database).
# - --single-transaction: one consistent snapshot without locking the clinic out (InnoDB).
# - --routines --triggers: the audit log's append-only triggers travel with it.
# - --hex-blob: the archived PDFs of home-care sheets, byte for byte.
# - --no-tablespaces: MySQL 8 would otherwise need the PROCESS privilege.
# - --set-gtid-purged=OFF only where the tool knows it (MySQL's; MariaDB's refuses it).
# - DEFINER clauses are removed, so the triggers restore under the restoring account on any host.
# Set MYSQLDUMP to choose the tool; otherwise mysqldump, or mariadb-dump when that is what exists.
set -euo pipefail

dump=${MYSQLDUMP:-}
if [ -z "$dump" ]; then
  if command -v mysqldump >/dev/null 2>&1; then dump=mysqldump; else dump=mariadb-dump; fi
fi
options=(--single-transaction --routines --triggers --hex-blob --no-tablespaces)
if "$dump" --help 2>/dev/null | grep -q -- '--set-gtid-purged'; then
  options+=(--set-gtid-purged=OFF)
fi
"$dump" "${options[@]}" "$@" | sed -E 's/DEFINER=`[^`]*`@`[^`]*`//g'
