#!/usr/bin/env bash
# Restores a backup made by spinedesk-backup.sh into an empty database, on this host or another,
# with the MySQL 8 or MariaDB client. SpineDesk must be stopped; at its next start Flyway finds its
# history in the restored schema and applies only newer migrations.
#
#   gunzip -c spinedesk-2026-12-01.sql.gz \
#     | deploy/backup/spinedesk-restore.sh -h db2.clinic.internal -u spinedesk_owner -p spinedesk
#
# Run it as the schema owner (it creates tables and the audit log's triggers). Everything after the
# script name goes to the client (connection options, then the database). Set MYSQL to choose the
# client; otherwise mysql, or mariadb when that is what exists.
set -euo pipefail

client=${MYSQL:-}
if [ -z "$client" ]; then
  if command -v mysql >/dev/null 2>&1; then client=mysql; else client=mariadb; fi
fi
exec "$client" "$@"
