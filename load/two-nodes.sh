#!/usr/bin/env bash
# Two Préau nodes (prod profile) behind nginx, sharing one MariaDB, all on the loopback: the
# trial set-up of docs/production.md (Several nodes). Debian packages: nginx, mariadb-server.
#
#   load/two-nodes.sh start            MariaDB, a mail sink, node 1 (creates the load data), node 2, nginx
#   load/two-nodes.sh stop-node 1|2    SIGTERM to one node (what a restart or a crash of one server does)
#   load/two-nodes.sh start-node 1|2
#   load/two-nodes.sh status           each node's /actuator/health, nginx, the ShedLock rows
#   load/two-nodes.sh stop             everything
#
# Ports (change with the variables): nginx ${PROXY_PORT:-18080}, nodes ${NODE1_PORT:-18081} and
# ${NODE2_PORT:-18082}, MariaDB ${DB_PORT:-13306}, mail sink ${SMTP_PORT:-12525}. Work files in
# target/two-nodes (logs: node1.log, node2.log, mail.log, nginx-access.log). The jar is built when absent.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${TWO_NODES_DIR:-$root/target/two-nodes}
proxy_port=${PROXY_PORT:-18080}
node_ports=("" "${NODE1_PORT:-18081}" "${NODE2_PORT:-18082}")
db_port=${DB_PORT:-13306}
smtp_port=${SMTP_PORT:-12525}
db_password=${DB_PASSWORD:-preau-two-nodes}
mkdir -p "$dir/nginx-temp"
# the JDK 25 the build uses (the machine's default java may be older)
. "$root/.mvn/select-jdk.sh"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

jar() {
  local j
  j=$(ls "$root"/target/preau-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$j" ]; then
    (cd "$root" && ./mvnw -B -q package -DskipTests) >&2
    j=$(ls "$root"/target/preau-*.jar | grep -v original | head -1)
  fi
  echo "$j"
}

wait_for() { # url, seconds
  for _ in $(seq "$2"); do
    if curl -fs "$1" > /dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "no answer from $1 after $2 s" >&2
  return 1
}

start_db() {
  if [ ! -d "$dir/db/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$dir/db" --user=root --auth-root-authentication-method=normal > "$dir/db-install.log" 2>&1
  fi
  mariadbd --no-defaults --datadir="$dir/db" --port="$db_port" --bind-address=127.0.0.1 --socket="$dir/db.sock" \
    --pid-file="$dir/db.pid" --log-error="$dir/db.log" --user=root \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=256M &
  for _ in $(seq 60); do [ -S "$dir/db.sock" ] && break; sleep 1; done
  mariadb --no-defaults --socket="$dir/db.sock" -uroot <<SQL
CREATE DATABASE IF NOT EXISTS preau CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'preau'@'127.0.0.1' IDENTIFIED BY '$db_password';
GRANT ALL ON preau.* TO 'preau'@'127.0.0.1';
SQL
}

start_mail() { # the school's relay, played by a sink that prints each mail it is handed
  python3 -W ignore - "$smtp_port" > "$dir/mail.log" 2>&1 <<'PY' &
import smtpd, asyncore, sys, datetime
class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kw):
        subject = next((l for l in data.decode('utf-8', 'replace').splitlines() if l.lower().startswith('subject:')), '')
        print(datetime.datetime.now().isoformat(), 'MAIL to', ','.join(rcpttos), subject, flush=True)
Sink(('127.0.0.1', int(sys.argv[1])), None, decode_data=False)
asyncore.loop()
PY
  echo $! > "$dir/mail.pid"
}

start_node() {
  local n=$1 j
  j=$(jar)
  env SPRING_PROFILES_ACTIVE=prod PORT="${node_ports[$n]}" \
    PREAU_DB_URL="jdbc:mariadb://127.0.0.1:$db_port/preau" PREAU_DB_USER=preau PREAU_DB_PASSWORD="$db_password" \
    PREAU_DEMO_ENABLED=true PREAU_DEMO_LOAD=lycee PREAU_SANDBOX_ENABLED=true \
    SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$smtp_port" \
    LOGGING_LEVEL_NET_JAVACRUMBS_SHEDLOCK=debug \
    "$java" -Xmx1g -jar "$j" > "$dir/node$n.log" 2>&1 &
  echo $! > "$dir/node$n.pid"
  wait_for "http://127.0.0.1:${node_ports[$n]}/actuator/health/readiness" 240
  echo "node $n up on ${node_ports[$n]} (pid $(cat "$dir/node$n.pid"))"
}

stop_pid() { # pid file, seconds to wait
  [ -f "$1" ] || return 0
  local pid
  pid=$(cat "$1")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq "${2:-60}"); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  rm -f "$1"
}

start_proxy() {
  cat > "$dir/nginx.conf" <<NGINX
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log;
events { worker_connections 2048; }
http {
    log_format nodes '\$remote_addr [\$time_local] "\$request" \$status node=\$upstream_addr sticky=\$preau_sticky \$request_time';
    access_log $dir/nginx-access.log nodes;
    client_body_temp_path $dir/nginx-temp/body;
    proxy_temp_path $dir/nginx-temp/proxy;
    fastcgi_temp_path $dir/nginx-temp/fastcgi;
    uwsgi_temp_path $dir/nginx-temp/uwsgi;
    scgi_temp_path $dir/nginx-temp/scgi;

    # Stickiness by a cookie of nginx's own, given on the first visit: not JSESSIONID, which
    # Spring Security renews at sign-in (the new id would hash to another node, which does not
    # know it), and not the client's address (a whole school comes from one address).
    map \$cookie_PREAU_NODE \$preau_sticky { "" \$request_id; default \$cookie_PREAU_NODE; }
    map \$cookie_PREAU_NODE \$preau_node_cookie { "" "PREAU_NODE=\$request_id; Path=/; HttpOnly; SameSite=Lax"; default ""; }

    upstream preau {
        hash \$preau_sticky consistent;
        # passive checks (nginx without Plus has no active ones): a refused connection takes the
        # node out for 10 s and the request goes to the other node
        server 127.0.0.1:${node_ports[1]} max_fails=1 fail_timeout=10s;
        server 127.0.0.1:${node_ports[2]} max_fails=1 fail_timeout=10s;
        keepalive 32;
    }

    server {
        listen 127.0.0.1:$proxy_port;
        client_max_body_size 60m;
        # the nodes' health is for the proxy and the monitoring, asked on each node's own port
        location /actuator/ { return 404; }
        location / {
            proxy_pass http://preau;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # a node that refuses the connection or answers 502/503 while stopping: try the other one
            proxy_next_upstream error timeout http_502 http_503;
            proxy_read_timeout 300s;
            add_header Set-Cookie \$preau_node_cookie always;
        }
    }
}
NGINX
  nginx -t -c "$dir/nginx.conf" -p "$dir" > "$dir/nginx-test.log" 2>&1
  nginx -c "$dir/nginx.conf" -p "$dir"
  echo "nginx on http://127.0.0.1:$proxy_port"
}

status() {
  for n in 1 2; do
    printf 'node %s (%s): ' "$n" "${node_ports[$n]}"
    curl -s -m 3 "http://127.0.0.1:${node_ports[$n]}/actuator/health" || printf 'no answer'
    echo
  done
  mariadb --no-defaults --socket="$dir/db.sock" -uroot preau -e "select name, locked_at, lock_until, locked_by from shedlock order by name" || true
}

case "${1:-}" in
  start)
    start_db
    start_mail
    start_node 1
    start_node 2
    start_proxy
    status
    ;;
  stop-node) stop_pid "$dir/node$2.pid" 90; echo "node $2 stopped" ;;
  start-node) start_node "$2" ;;
  status) status ;;
  stop)
    [ -f "$dir/nginx.pid" ] && nginx -c "$dir/nginx.conf" -p "$dir" -s quit || true
    stop_pid "$dir/node2.pid" 90
    stop_pid "$dir/node1.pid" 90
    stop_pid "$dir/mail.pid" 5
    stop_pid "$dir/db.pid" 60
    ;;
  *) sed -n '2,13p' "$0"; exit 2 ;;
esac
