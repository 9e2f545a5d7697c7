#!/usr/bin/env bash
# A 3-node MariaDB Galera cluster on the loopback, for trying Préau's import against it
# (docs/production.md, High availability of the database). Debian packages: mariadb-server,
# galera-4, rsync. Each node has its own data directory (owned by the mysql user, which runs
# mariadbd: the rsync state transfer writes there as that user) and its own ports:
#   node n (1..3): SQL 3315+n, group communication 4567+10(n-1), IST 4568+10(n-1), SST 4444+10(n-1)
#   load/galera-three-nodes.sh start     # bootstraps node 1, joins 2 and 3, creates the preau database and account
#   load/galera-three-nodes.sh status    # cluster size, state and replicated write-set figures per node
#   load/galera-three-nodes.sh stop      # stops the three nodes (data kept; `clean` removes it)
# The application then uses node 1: PREAU_DB_URL=jdbc:mariadb://127.0.0.1:3316/preau, user preau,
# password preau-galera (a throwaway cluster on the loopback, never a production one).
set -euo pipefail
base=${GALERA_DIR:-/var/lib/preau-galera}
provider=/usr/lib/galera/libgalera_smm.so
members=gcomm://127.0.0.1:4567,127.0.0.1:4577,127.0.0.1:4587

conf() { # writes node n's configuration
  local n=$1 off=$(( ($1 - 1) * 10 ))
  cat > "$base/node$n.cnf" <<EOF
[mysqld]
user=mysql
datadir=$base/node$n
socket=$base/node$n.sock
pid-file=$base/node$n.pid
log-error=$base/node$n.err
tmpdir=$base/tmp
port=$((3315 + n))
bind-address=127.0.0.1
skip-name-resolve
skip-log-bin
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=128M
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
wsrep_on=ON
wsrep_provider=$provider
wsrep_cluster_name=preau
wsrep_cluster_address=$members
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$((4567 + off))
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$((4567 + off));ist.recv_addr=127.0.0.1:$((4568 + off));gcache.size=256M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((4444 + off))
wsrep_mode=REQUIRED_PRIMARY_KEY,STRICT_REPLICATION
# Préau's migrations create triggers (the access log cannot be deleted from); with Galera's
# replication an account without SUPER may do so only with this switch on.
log_bin_trust_function_creators=ON
EOF
}

sql() { local n=$1; shift; mariadb --no-defaults -S "$base/node$n.sock" -uroot "$@"; }

wait_synced() { # node n answers and reports Synced
  local n=$1
  for _ in $(seq 1 120); do
    if state=$(sql "$n" -N -e "show status like 'wsrep_local_state_comment'" 2>/dev/null) && [[ $state == *Synced* ]]; then
      return 0
    fi
    sleep 1
  done
  echo "node $n did not reach Synced: see $base/node$n.err" >&2
  return 1
}

start() {
  mkdir -p "$base/tmp"
  chown mysql:mysql "$base" "$base/tmp"
  for n in 1 2 3; do
    conf "$n"
    mkdir -p "$base/node$n"
    chown -R mysql:mysql "$base/node$n"
  done
  if [ ! -d "$base/node1/mysql" ]; then
    mariadb-install-db --no-defaults --user=mysql --datadir="$base/node1" --tmpdir="$base/tmp" --auth-root-authentication-method=socket > "$base/install.log" 2>&1
  fi
  # the first node starts a new cluster; the others join it and receive its data by rsync
  mariadbd --defaults-file="$base/node1.cnf" --wsrep-new-cluster > /dev/null 2>&1 &
  wait_synced 1
  sql 1 -e "create database if not exists preau character set utf8mb4 collate utf8mb4_unicode_ci;
            create user if not exists 'preau'@'127.0.0.1' identified by 'preau-galera';
            grant all on preau.* to 'preau'@'127.0.0.1';"
  for n in 2 3; do
    mariadbd --defaults-file="$base/node$n.cnf" > /dev/null 2>&1 &
    wait_synced "$n"
  done
  status
}

status() {
  for n in 1 2 3; do
    echo "node $n: $(sql "$n" -N -e "select group_concat(concat(variable_name, '=', variable_value) separator ' ')
        from information_schema.global_status where variable_name in ('wsrep_cluster_size', 'wsrep_local_state_comment',
        'wsrep_replicated', 'wsrep_replicated_bytes', 'wsrep_received', 'wsrep_received_bytes', 'wsrep_local_cert_failures',
        'wsrep_local_bf_aborts', 'wsrep_flow_control_paused')" 2>/dev/null || echo down)"
  done
}

stop() {
  for n in 3 2 1; do
    if [ -f "$base/node$n.pid" ]; then
      kill "$(cat "$base/node$n.pid")" 2>/dev/null || true
      for _ in $(seq 1 60); do [ -f "$base/node$n.pid" ] || break; sleep 1; done
    fi
  done
}

case ${1:-} in
  start) start ;;
  status) status ;;
  stop) stop ;;
  clean) stop; rm -rf "$base" ;;
  *) echo "usage: $0 start|status|stop|clean" >&2; exit 2 ;;
esac
