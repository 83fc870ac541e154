#!/usr/bin/env bash
# The read path against nginx, in one run: for each path and variant, alternating rounds of
#   direct        the owning service itself
#   gateway       the gateway in front of it (start the stack with the rate limit lifted, below)
#   nginx-proxy   nginx as a reverse proxy to the same service (keep-alive upstream)
#   nginx-static  nginx serving the same bytes from a file
# with wrk -t2 -c32, after a warm-up. Prints req/s, p50, p99 and the CPU each process spent per
# request, and any error answers (they make a round not comparable). A measurement, not a test (not in CI): copy the figures into the README with the
# machine and the date. Layout: everything shares every core (no pinning).
#
#   GATEWAY_RATE_LIMITS_DEFAULT_CAPACITY=100000000 GATEWAY_RATE_LIMITS_DEFAULT_REFILL_PER_SECOND=100000000 bin/stack up -d
#   bench/read-path-bench.sh
# Needs wrk and nginx (Debian's packages; installed when missing, with sudo unless root).
# Environment: ROUNDS (default 2), SECONDS_PER_RUN (default 8), WARMUP_SECONDS (default 20).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds=${ROUNDS:-2}
duration=${SECONDS_PER_RUN:-8}
warmup=${WARMUP_SECONDS:-20}
nginx_port=${NGINX_PORT:-8090}

if ! command -v wrk > /dev/null || ! command -v nginx > /dev/null; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk nginx-light
fi
nginx_bin=$(command -v nginx)

pid_on() { ss -Hltnp "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
declare -A pids=([targets]=$(pid_on 8081) [programs]=$(pid_on 8082) [elections]=$(pid_on 8083)
  [gateway]=$(pid_on 8080) [mariadb]=$(pid_on 3307))
for p in "${!pids[@]}"; do [ -n "${pids[$p]}" ] || { echo "start the stack first (bin/stack up -d): no $p" >&2; exit 1; }; done

work=$(mktemp -d)
mkdir -p "$work/static" "$work/logs"
chmod 755 "$work" "$work/static" # nginx's worker runs as an unprivileged user
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  types { application/json json; }
  default_type application/json;
  gzip on; gzip_types application/json; gzip_proxied any; gzip_min_length 256;
  upstream targets { server 127.0.0.1:8081; keepalive 32; }
  upstream gateway { server 127.0.0.1:8080; keepalive 32; }
  server {
    listen 127.0.0.1:$nginx_port;
    location /proxy/targets/ { proxy_pass http://targets/; proxy_http_version 1.1; proxy_set_header Connection ""; }
    location /proxy/gateway/ { proxy_pass http://gateway/; proxy_http_version 1.1; proxy_set_header Connection ""; }
    location /static/ { alias $work/static/; etag on; }
  }
}
CONF
"$nginx_bin" -p "$work" -c "$work/nginx.conf" -g 'daemon off;' &
nginx_master=$!
trap 'kill $nginx_master 2>/dev/null; wait $nginx_master 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
nginx_worker=$(pgrep -P "$nginx_master" | head -1)

ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
processes=(targets programs elections gateway mariadb)

# measure URL [header]: prints req/s p50 p99 and the CPU microseconds per request of each process.
measure() {
  local url=$1 header=${2:-} seconds=${3:-$duration} out p
  local -A before=()
  out=$(mktemp)
  for p in "${processes[@]}"; do before[$p]=$(cpu_ticks "${pids[$p]}"); done
  local nginx_before; nginx_before=$(cpu_ticks "$nginx_worker")
  if [ -n "$header" ]; then
    wrk -t2 -c32 -d"${seconds}s" --latency -H "$header" "$url" > "$out"
  else
    wrk -t2 -c32 -d"${seconds}s" --latency "$url" > "$out"
  fi
  local cpu=""
  for p in "${processes[@]}"; do cpu+="$p=$(( $(cpu_ticks "${pids[$p]}") - ${before[$p]} )) "; done
  cpu+="nginx=$(( $(cpu_ticks "$nginx_worker") - nginx_before ))"
  awk -v cpu="$cpu" -v hz="$ticks" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    / 50% / { p50 = ms($2) } / 99% / { p99 = ms($2) } /requests in/ { n = $1 } /Requests\/sec/ { rps = $2 }
    /Non-2xx or 3xx/ { errors = $NF }
    END {
      printf "%8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  CPU us/req:", rps, p50, p99
      split(cpu, parts, " ")
      for (i = 1; i in parts; i++) { split(parts[i], kv, "="); if (kv[2] > 0 && n > 0) printf " %s %.0f", kv[1], kv[2] / hz * 1e6 / n }
      if (errors > 0) printf "  ERRORS (4xx/5xx): %d of %d", errors, n
      printf "\n"
    }' "$out"
  rm -f "$out"
}

# path, whether a service owns it (the overview is the gateway's own), its static file name
cases=("/api/v1/indicators|targets|indicators.json" "/api/v1/progress?orgUnit=06|targets|progress-06.json"
  "/api/v1/overview||overview.json")
for c in "${cases[@]}"; do
  IFS='|' read -r path service file <<< "$c"
  curl -sf "http://127.0.0.1:8080$path" -o "$work/static/$file"
  chmod 644 "$work/static/$file"
done

echo "warm-up (${warmup}s per target, not counted)"
for c in "${cases[@]}"; do
  IFS='|' read -r path service file <<< "$c"
  [ -n "$service" ] && measure "http://127.0.0.1:8081$path" "" "$warmup" > /dev/null
  measure "http://127.0.0.1:8080$path" "" "$warmup" > /dev/null
  measure "http://127.0.0.1:$nginx_port/static/$file" "" 5 > /dev/null
done

for c in "${cases[@]}"; do
  IFS='|' read -r path service file <<< "$c"
  etag=$(curl -sf -D - -o /dev/null "http://127.0.0.1:8080$path" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
  static_etag=$(curl -sf -D - -o /dev/null "http://127.0.0.1:$nginx_port/static/$file" | tr -d '\r' \
    | awk -F': ' 'tolower($1) == "etag" {print $2}')
  for variant in plain gzip revalidate; do
    echo "== $path ($variant, $(wc -c < "$work/static/$file") bytes)"
    for i in $(seq "$rounds"); do
      case $variant in
        plain) h=""; hs="" ;;
        gzip) h="Accept-Encoding: gzip"; hs="$h" ;;
        revalidate) h="If-None-Match: $etag"; hs="If-None-Match: $static_etag" ;;
      esac
      if [ -n "$service" ]; then
        printf 'direct        '; measure "http://127.0.0.1:8081$path" "$h"
      fi
      printf 'gateway       '; measure "http://127.0.0.1:8080$path" "$h"
      if [ -n "$service" ]; then
        printf 'nginx-proxy   '; measure "http://127.0.0.1:$nginx_port/proxy/targets$path" "$h"
      else
        printf 'nginx-proxy   '; measure "http://127.0.0.1:$nginx_port/proxy/gateway$path" "$h"
      fi
      printf 'nginx-static  '; measure "http://127.0.0.1:$nginx_port/static/$file" "$hs"
    done
  done
done
