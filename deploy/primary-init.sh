#!/bin/sh
# Runs once, when the official postgres image initialises the primary's empty data folder.
# - A role the standby streams with, allowed to connect for replication over the compose network.
# - The standby as the synchronous one: a commit is answered only once the standby has its WAL, so a failover loses
#   no acknowledged event. Set by ALTER SYSTEM so it takes effect when the server starts for real, not while this
#   script runs (the initialising server has no standby to wait for).
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
create role replicator with replication login password '$REPLICATION_PASSWORD';
alter system set synchronous_standby_names = '$SYNCHRONOUS_STANDBY';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
