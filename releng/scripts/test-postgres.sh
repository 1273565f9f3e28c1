# Sourced by ./run-tests: a throwaway PostgreSQL server for the team-server tests, installed from Debian's packages
# when missing, initdb'd in a temporary folder, listening on 127.0.0.1 only, stopped by tessera_stop_postgres.
# initdb and postgres refuse to run as root, so as root they run as the postgres user.
# Exports TESSERA_TEST_POSTGRES=postgresql://postgres@127.0.0.1:PORT/postgres (a superuser: tests make databases)
# and PGPASSFILE, a .pgpass with its password: logins over TCP need one (scram-sha-256), as on a real server.

tessera_pg_bin() {
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  return 1
}

tessera_start_postgres() {
  bin=$(tessera_pg_bin) || { tessera_ensure_packages postgresql || return 1; bin=$(tessera_pg_bin) || return 1; }
  as=""
  if [ "$(id -u)" -eq 0 ]; then
    as="runuser -u postgres --"
  fi
  tessera_pg_dir=$(mktemp -d /tmp/tessera-pg.XXXXXX)
  [ -n "$as" ] && chown postgres "$tessera_pg_dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || shuf -i 20000-40000 -n 1)
  password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$password" >"$tessera_pg_dir/pwfile"
  [ -n "$as" ] && chown postgres "$tessera_pg_dir/pwfile"
  $as "$bin/initdb" -D "$tessera_pg_dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$tessera_pg_dir/pwfile" -E UTF8 --locale=C.UTF-8 >"$tessera_pg_dir/initdb.log" 2>&1 || {
    cat "$tessera_pg_dir/initdb.log" >&2; echo "tessera: initdb failed" >&2; return 1; }
  $as "$bin/pg_ctl" -D "$tessera_pg_dir/data" -l "$tessera_pg_dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $tessera_pg_dir -c max_connections=200" start >/dev/null || {
    cat "$tessera_pg_dir/server.log" >&2; echo "tessera: the test PostgreSQL server did not start" >&2; return 1; }
  tessera_pg_stop="$as $bin/pg_ctl -D $tessera_pg_dir/data -m fast stop"
  printf '127.0.0.1:%s:*:postgres:%s\n' "$port" "$password" >"$tessera_pg_dir/pgpass"
  chmod 600 "$tessera_pg_dir/pgpass"
  export PGPASSFILE="$tessera_pg_dir/pgpass"
  export TESSERA_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$port/postgres"
  echo "tessera: a test PostgreSQL server runs on 127.0.0.1:$port" >&2
}

tessera_stop_postgres() {
  [ -n "${tessera_pg_stop:-}" ] && $tessera_pg_stop >/dev/null 2>&1
  [ -n "${tessera_pg_dir:-}" ] && rm -rf "$tessera_pg_dir"
  tessera_pg_stop=""
}
