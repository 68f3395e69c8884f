#!/usr/bin/env bash
# Backup and restore drill: dumps a database (pg_dump, custom format), restores the dump into a scratch database on the
# same server, and compares the exact row count of every table of the two. Exits 1 when a count differs, 2 on a
# usage or tool error. The scratch database is dropped afterwards unless KEEP_SCRATCH=1; the dump stays in OUT_DIR.
#
#   PGHOST=db PGPORT=5432 PGUSER=lapor PGPASSWORD=... deploy/backup/drill.sh lapor
#
# Environment: the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD), PG_BIN (directory of pg_dump,
# pg_restore and psql matching the server's major version; default: from PATH), OUT_DIR (default ./backups),
# SCRATCH_DB (default <database>_restore_drill). The user needs CREATEDB. docs/operations.md, "Backup and restore".
set -euo pipefail

DB="${1:-${PGDATABASE:-}}"
if [ -z "$DB" ]; then
	echo "usage: $0 <database>   (or PGDATABASE=...)" >&2
	exit 2
fi
SCRATCH="${SCRATCH_DB:-${DB}_restore_drill}"
OUT_DIR="${OUT_DIR:-./backups}"
BIN="${PG_BIN:+$PG_BIN/}"
DUMP="$OUT_DIR/$DB-$(date -u +%Y%m%dT%H%M%SZ).dump"
export PGDATABASE="$DB"

psql() { "${BIN}psql" -X -v ON_ERROR_STOP=1 "$@"; }

server_major=$(psql -d "$DB" -tAc "show server_version_num" | cut -c1-2)
client_major=$("${BIN}pg_dump" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')
if [ "$client_major" -lt "$server_major" ]; then
	echo "pg_dump $client_major is older than the server ($server_major): set PG_BIN to a matching client" >&2
	exit 2
fi

mkdir -p "$OUT_DIR"
work=$(mktemp -d)
cleanup() {
	if [ -n "${SNAP_PID:-}" ]; then
		exec {SNAP_IN}>&- 2>/dev/null || true
		wait "$SNAP_PID" 2>/dev/null || true
	fi
	if [ "${SCRATCH_MADE:-0}" = 1 ] && [ "${KEEP_SCRATCH:-0}" != 1 ]; then
		psql -d postgres -qc "drop database if exists \"$SCRATCH\"" || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

# One snapshot for the dump and the source's counts: a session holds a repeatable-read transaction and exports its
# snapshot, pg_dump reads that snapshot, and the same session counts. The application may keep writing meanwhile.
mkfifo "$work/snapshot-session"
psql -d "$DB" -tAq < "$work/snapshot-session" &
SNAP_PID=$!
exec {SNAP_IN}>"$work/snapshot-session"
session() { # runs psql input in the held session, waits until it is done
	printf '%s\n\\! touch %s\n' "$1" "$work/done" >&"$SNAP_IN"
	until [ -e "$work/done" ]; do
		kill -0 "$SNAP_PID" 2>/dev/null || { echo "snapshot session ended" >&2; exit 2; }
		sleep 0.1
	done
	rm -f "$work/done"
}
session "begin isolation level repeatable read;
\\o $work/snapshot
select pg_export_snapshot();
\\o"
snapshot=$(tr -d '[:space:]' < "$work/snapshot")

echo "dump     $DB -> $DUMP (snapshot $snapshot)"
"${BIN}pg_dump" --format=custom --no-owner --snapshot="$snapshot" --file="$DUMP" "$DB"

echo "restore  $DUMP -> $SCRATCH"
psql -d postgres -qc "drop database if exists \"$SCRATCH\""
psql -d postgres -qc "create database \"$SCRATCH\" template template0"
SCRATCH_MADE=1
# One transaction: a restore that fails part-way leaves nothing behind to be mistaken for a good copy.
"${BIN}pg_restore" --no-owner --exit-on-error --single-transaction --dbname="$SCRATCH" "$DUMP"

# Exact counts of every ordinary and partitioned table outside the system schemas, one query per database.
count_sql="
create temporary table drill_counts (name text primary key, n bigint);
do \$\$
declare t record; c bigint;
begin
  for t in select format('%I.%I', n.nspname, c.relname) as name
           from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
             and n.nspname not like 'pg_toast%' and n.nspname not like 'pg_temp%'
  loop
    execute 'select count(*) from ' || t.name into c;
    insert into drill_counts values (t.name, c);
  end loop;
end \$\$;
select name || ' ' || n from drill_counts order by name;"

source_counts="$work/source-counts"
restored_counts="$work/restored-counts"
session "\\o $work/source-raw
$count_sql
\\o
commit;"
sed '/^$/d' "$work/source-raw" > "$source_counts"
psql -d "$SCRATCH" -tAq -c "$count_sql" | sed '/^$/d' > "$restored_counts"

tables=$(wc -l < "$source_counts")
if diff -u --label "$DB" --label "$SCRATCH" "$source_counts" "$restored_counts"; then
	echo "ok       $tables tables, same row counts in $DB and the restored copy"
else
	echo "FAILED   row counts differ (above)" >&2
	exit 1
fi
