#!/bin/bash
# Runs once, when the official image initialises an empty data directory: the role and slot of the streaming replica
# (db-replica in docker-compose.yml), and its line in pg_hba.conf.
set -euo pipefail

psql -v ON_ERROR_STOP=1 -v password="$POSTGRES_REPLICATION_PASSWORD" --username "$POSTGRES_USER" \
	--dbname "$POSTGRES_DB" <<'SQL'
create role replicator with replication login password :'password';
select pg_create_physical_replication_slot('replica_1');
SQL

echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
