#!/bin/sh
# The standby's start: on an empty data folder, copy the primary with pg_basebackup (retrying until the primary
# answers) and stream from it under the name the primary waits for; then run PostgreSQL as a hot standby.
# To fail over: docs/operations.md, "PostgreSQL with a standby".
set -e
mkdir -p "$PGDATA"
chown postgres:postgres "$PGDATA"
chmod 700 "$PGDATA"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    until gosu postgres env PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h "$PRIMARY_HOST" -U replicator \
            -D "$PGDATA" -R -X stream --checkpoint=fast; do
        echo "waiting for the primary $PRIMARY_HOST"
        rm -rf "$PGDATA"/*
        sleep 2
    done
    # The copy carries the primary's synchronous_standby_names: promoted, this server would wait for a standby of
    # its own that does not exist yet, and no commit would be answered. It waits for none until one is set again.
    {
        echo "primary_conninfo = 'host=$PRIMARY_HOST user=replicator password=$REPLICATION_PASSWORD application_name=$STANDBY_NAME'"
        echo "synchronous_standby_names = ''"
    } >> "$PGDATA/postgresql.auto.conf"
fi
exec gosu postgres postgres -D "$PGDATA"
