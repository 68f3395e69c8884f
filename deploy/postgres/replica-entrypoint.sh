#!/bin/bash
# A hot standby of the primary: on an empty volume, a base backup over the replication protocol (-R writes
# primary_conninfo and standby.signal, -S uses the slot the primary made), then the official image's entrypoint, which
# finds a data directory and only starts the server.
set -euo pipefail

if [ ! -s "$PGDATA/PG_VERSION" ]; then
	mkdir -p "$PGDATA"
	chown postgres:postgres "$PGDATA"
	chmod 700 "$PGDATA"
	export PGPASSWORD="$POSTGRES_REPLICATION_PASSWORD"
	until gosu postgres pg_basebackup -h "$PRIMARY_HOST" -U replicator -D "$PGDATA" -X stream -R -S replica_1; do
		echo "replica: primary not ready, retrying in 2 s" >&2
		rm -rf "${PGDATA:?}"/*
		sleep 2
	done
fi

exec docker-entrypoint.sh postgres -c hot_standby=on -c hot_standby_feedback=on
