#!/usr/bin/env bash
# Builds every image Kinerja runs in, with no registry: a Debian bookworm base made by debootstrap from Debian's
# packages and imported into Docker, and on it a JRE, PostgreSQL 15, Prometheus, a Kafka broker (KRaft), Keycloak and
# the three services. Needs root (debootstrap), a running Docker engine, and the artifacts Maven gathers first:
#   ./mvnw -B -Pcontainers -DskipTests package -pl infra/images -am   (runs this script at its end)
# With a registry at hand the same Dockerfiles build from official bases: see README.md beside this file.
#
# Environment: KINERJA_IMAGE_CACHE   where the debootstrapped root filesystem is kept between builds
#              DEBIAN_MIRROR         the Debian mirror debootstrap reads (default deb.debian.org)
set -euo pipefail
export DOCKER_BUILDKIT=0 # the classic builder: Debian's docker.io comes without the buildx plugin
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="$here/target"
version="${KINERJA_VERSION:?the project version, e.g. 0.1.0-SNAPSHOT}"
kafka_version="${KAFKA_VERSION:?the Kafka broker version}"
keycloak_version="${KEYCLOAK_VERSION:?the Keycloak version}"
cache="${KINERJA_IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kinerja-images}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
base=kinerja/debian:bookworm

timed() { # timed <what> <command…>: runs the command and prints how long it took
  local what="$1" start=$SECONDS; shift
  "$@" >"$target/build-$(echo "$what" | tr ' /:' '---').log" 2>&1 \
    || { echo "image build failed: $what (log: $target/build-$(echo "$what" | tr ' /:' '---').log)"; tail -30 "$target/build-$(echo "$what" | tr ' /:' '---').log"; exit 1; }
  printf '  %-34s %4d s\n' "$what" $((SECONDS - start))
}

# The root filesystem: debootstrap once, kept as a tarball; trimmed like Debian's -slim images (no docs, man
# pages or locales; installs without recommends).
rootfs_tarball() {
  local tarball="$cache/debian-bookworm-minbase.tar" dir
  if [ -s "$tarball" ]; then return; fi
  mkdir -p "$cache"
  dir="$(mktemp -d)"
  debootstrap --variant=minbase bookworm "$dir" "$mirror"
  cat >"$dir/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
  cat >"$dir/etc/dpkg/dpkg.cfg.d/slim" <<'SLIM'
path-exclude /usr/share/doc/*
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
SLIM
  printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' >"$dir/etc/apt/apt.conf.d/90slim"
  rm -rf "$dir"/usr/share/{doc,man,info}/* "$dir"/var/lib/apt/lists/* "$dir"/var/cache/apt/*.bin \
    "$dir"/var/cache/apt/archives/*.deb "$dir"/var/log/*.log
  find "$dir/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
  mkdir -p "$dir/usr/share/man/man1" # Java's post-install links its man page there, excluded or not
  tar --numeric-owner -C "$dir" -cf "$tarball.tmp" .
  mv "$tarball.tmp" "$tarball"
  rm -rf "$dir"
}

base_image() {
  if docker image inspect "$base" >/dev/null 2>&1; then return; fi
  rootfs_tarball
  docker import --change 'CMD ["/bin/bash"]' --change 'ENV LANG=C.UTF-8' \
    --change 'ENV DEBIAN_FRONTEND=noninteractive' \
    "$cache/debian-bookworm-minbase.tar" "$base"
}

build() { # build <image> <context> [docker build arguments…]
  local image="$1" context="$2"; shift 2
  docker build --build-arg BASE="$base" --build-arg JRE=kinerja/jre:17 -t "$image" "$@" "$context"
}

stage() { # stage <name> <files…>: a build context in target/context/<name> with the Dockerfile and the files
  local context="$target/context/$1"; shift
  rm -rf "$context" && mkdir -p "$context"
  cp -a "$@" "$context/"
  echo "$context"
}

mkdir -p "$target"
echo "Building Kinerja's images (logs in $target)"
total=$SECONDS
timed "base $base" base_image
timed "kinerja/jre:17" build kinerja/jre:17 "$here/jre"
timed "kinerja/postgres:15" build kinerja/postgres:15 "$here/postgres"
timed "kinerja/prometheus:2" build kinerja/prometheus:2 "$here/prometheus"
context="$(stage kafka "$here"/kafka/*)"
cp -al "$target/kafka/libs" "$context/libs"
timed "kinerja/kafka:$kafka_version" build "kinerja/kafka:$kafka_version" "$context"
context="$(stage keycloak "$here/keycloak/Dockerfile")"
cp -al "$target/keycloak/keycloak-$keycloak_version" "$context/dist"
timed "kinerja/keycloak:$keycloak_version" build "kinerja/keycloak:$keycloak_version" "$context"
for service in command-service:8081 query-service:8082 reporting-service:8083 portal:8084; do
  name="${service%%:*}"
  context="$(stage "$name" "$here/service/Dockerfile")"
  cp "$root/$name/target/$name-$version-exec.jar" "$context/app.jar"
  timed "kinerja/$name:$version" build "kinerja/$name:$version" "$context" --build-arg PORT="${service##*:}"
done
echo "Images built in $((SECONDS - total)) s:"
docker image ls --filter 'reference=kinerja/*' --format '{{.Repository}}:{{.Tag}} {{.Size}}' | sort | sed 's/^/  /'
