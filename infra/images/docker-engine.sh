#!/usr/bin/env bash
# Makes sure a Docker engine answers on /var/run/docker.sock, as CI needs it (root on Debian, Debian's packages
# reachable, no registry): installs docker.io, debootstrap and docker-compose when missing, and starts dockerd when
# none runs — with the default settings first, then with what a sandbox may need (the vfs storage driver, no
# iptables). Leaves the pid of a dockerd it started in $KINERJA_DOCKERD_PID_FILE (default /run/kinerja-dockerd.pid)
# so that the caller can stop it again. Prints what it did and how long it took.
set -euo pipefail
start=$SECONDS
pid_file="${KINERJA_DOCKERD_PID_FILE:-/run/kinerja-dockerd.pid}"
log="${KINERJA_DOCKERD_LOG:-/var/log/kinerja-dockerd.log}"

missing=()
command -v dockerd >/dev/null || missing+=(docker.io)
command -v debootstrap >/dev/null || missing+=(debootstrap)
command -v docker-compose >/dev/null || missing+=(docker-compose)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian ..."
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

if docker info >/dev/null 2>&1; then
  echo "Docker engine: already running ($((SECONDS - start)) s)"
  exit 0
fi

for options in "" "--storage-driver=vfs" "--storage-driver=vfs --iptables=false --ip-masq=false"; do
  # shellcheck disable=SC2086 # the options are words
  setsid dockerd $options >"$log" 2>&1 < /dev/null &
  echo $! >"$pid_file"
  for _ in $(seq 60); do
    if docker info >/dev/null 2>&1; then
      echo "Docker engine: started dockerd ${options:-with default settings} ($((SECONDS - start)) s, log $log)"
      exit 0
    fi
    kill -0 "$(cat "$pid_file")" 2>/dev/null || break
    sleep 1
  done
  kill "$(cat "$pid_file")" 2>/dev/null || true
  wait "$(cat "$pid_file")" 2>/dev/null || true
  echo "dockerd ${options:-with default settings} did not come up:"; tail -5 "$log"
done
rm -f "$pid_file"
echo "No Docker engine could be started" >&2
exit 1
