# shellcheck shell=bash
# Finds or installs what building and testing napi-host needs, then exports JAVA_HOME and PATH.
# Sourced (not run) by ./napi-host, ./test and bench/run, so every entry point sees the same
# toolchain. Idempotent and quiet: a second run installs nothing and prints nothing.
#
#   napihost_toolchain jdk      a JDK >= 22 (the Panama FFM API is final from 22 on)
#   napihost_toolchain build    + Maven, gcc/make, npm/node (the shim build fetches headers with npm)
#   napihost_toolchain test     + the Go toolchains the cgo addon tests build with
#
# Installing needs root (apt-get); without root we use sudo when it exists, else say what to run.

NAPIHOST_MIN_JAVA=22
NAPIHOST_GO_VERSIONS="1.19 1.23"   # Debian golang-X.Y-go packages; 1.23 comes from bookworm-backports

napihost_say() { printf 'napi-host toolchain: %s\n' "$*" >&2; }

# Feature version of a java binary (17, 22, 25, ...), or nothing if it does not run.
napihost_java_version() {
  local v
  v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  case "$v" in 1.*) v=${v#1.} ;; esac
  printf '%s' "${v%%.*}"
}

# Reads the JDK's release file when there is one: much cheaper than starting a JVM.
napihost_jdk_version() {
  local v=""
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9.]*\).*/\1/p' "$1/release")
    case "$v" in 1.*) v=${v#1.} ;; esac
    v=${v%%.*}
  fi
  [ -n "$v" ] || v=$(napihost_java_version "$1/bin/java")
  printf '%s' "$v"
}

napihost_java_ok() {
  local v
  [ -x "$1/bin/java" ] || return 1
  v=$(napihost_jdk_version "$1")
  [ -n "$v" ] && [ "$v" -ge "$NAPIHOST_MIN_JAVA" ] 2>/dev/null
}

# Sets JAVA_HOME to a JDK >= 22: JAVA_HOME, then `java` on PATH, then the newest in /usr/lib/jvm.
napihost_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && napihost_java_ok "$JAVA_HOME"; then
    return 0
  fi
  local java_on_path home best="" best_v=0 v
  java_on_path=$(command -v java 2>/dev/null || true)
  if [ -n "$java_on_path" ]; then
    home=$(dirname "$(dirname "$(readlink -f "$java_on_path")")")
    if napihost_java_ok "$home"; then
      export JAVA_HOME="$home"
      return 0
    fi
  fi
  for home in /usr/lib/jvm/*; do
    [ -d "$home" ] && [ ! -L "$home" ] || continue
    napihost_java_ok "$home" || continue
    v=$(napihost_jdk_version "$home")
    if [ "$v" -gt "$best_v" ]; then best="$home"; best_v=$v; fi
  done
  if [ -z "$best" ]; then
    napihost_say "no JDK >= $NAPIHOST_MIN_JAVA found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm/*)."
    napihost_say "install one, e.g. Temurin 25 (https://adoptium.net/installation/linux/:"
    napihost_say "  apt-get install temurin-25-jdk after adding the Adoptium apt repository),"
    napihost_say "or set JAVA_HOME to a JDK 22 or newer."
    return 1
  fi
  export JAVA_HOME="$best"
}

# Runs a command as root: directly, through sudo, or explains that it cannot.
napihost_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    napihost_say "need root to run: $*  (not root and no sudo; run it as root, then retry)"
    return 1
  fi
}

NAPIHOST_APT_UPDATED=""
napihost_apt_install() {
  if [ -z "$NAPIHOST_APT_UPDATED" ]; then
    napihost_say "installing $*"
    napihost_as_root env DEBIAN_FRONTEND=noninteractive apt-get -qq update >/dev/null || return 1
    NAPIHOST_APT_UPDATED=1
  fi
  napihost_as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get -qq install -y --no-install-recommends "$@" >/dev/null || {
    napihost_say "apt-get install $* failed"
    return 1
  }
}

# Whether a Debian package is installed (dpkg knows it as "install ok installed").
napihost_pkg_installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

napihost_need_cmd() { # command package
  command -v "$1" >/dev/null 2>&1 || napihost_apt_install "$2"
}

# golang-1.23-go lives in bookworm-backports: add that suite as its own apt source, a copy of the
# machine's first debian.sources stanza (same mirror and keyring) with the suite swapped.
NAPIHOST_APT_DIR=${NAPIHOST_APT_DIR:-/etc/apt}
napihost_add_backports() {
  local codename src="$NAPIHOST_APT_DIR/sources.list.d/debian.sources"
  local dest="$NAPIHOST_APT_DIR/sources.list.d/napi-host-backports.sources"
  codename=$(. /etc/os-release && printf '%s' "${VERSION_CODENAME:-bookworm}")
  if grep -rqsE -- "^[^#]*[[:space:]]${codename}-backports([[:space:]]|$)" \
      "$NAPIHOST_APT_DIR/sources.list" "$NAPIHOST_APT_DIR/sources.list.d/"; then
    return 0
  fi
  if [ ! -f "$src" ]; then
    napihost_say "cannot add ${codename}-backports: $src is missing"
    return 1
  fi
  awk -v suite="${codename}-backports" '
    /^[[:space:]]*$/ { if (seen) exit; next }
    { seen = 1 }
    /^Suites:/ { print "Suites: " suite; next }
    { print }' "$src" | napihost_as_root tee "$dest" >/dev/null || return 1
  NAPIHOST_APT_UPDATED=""   # the new suite needs an apt-get update
}

# Go is installed under /usr/lib/go-X.Y (not on PATH by default); tests find it through
# NAPIHOST_GO_1_19 / NAPIHOST_GO_1_23 (paths of the go binaries).
napihost_find_go() {
  local ver pkg missing=""
  for ver in $NAPIHOST_GO_VERSIONS; do
    pkg="golang-$ver-go"
    if ! napihost_pkg_installed "$pkg" || [ ! -x "/usr/lib/go-$ver/bin/go" ]; then
      missing="$missing $pkg"
    fi
  done
  if [ -n "$missing" ]; then
    case "$missing" in *golang-1.23-go*) napihost_add_backports || return 1 ;; esac
    # shellcheck disable=SC2086
    napihost_apt_install $missing || return 1
  fi
  for ver in $NAPIHOST_GO_VERSIONS; do
    export "NAPIHOST_GO_${ver//./_}=/usr/lib/go-$ver/bin/go"
  done
}

napihost_toolchain() {
  local level=${1:-build}
  napihost_find_jdk || return 1
  case "$level" in
    jdk) ;;
    build | test)
      napihost_need_cmd mvn maven || return 1
      napihost_need_cmd gcc build-essential || return 1
      napihost_need_cmd make build-essential || return 1
      napihost_need_cmd node nodejs || return 1
      napihost_need_cmd npm npm || return 1
      [ "$level" = test ] && { napihost_find_go || return 1; }
      ;;
    *) napihost_say "unknown toolchain level '$level' (jdk, build or test)"; return 1 ;;
  esac
  case ":$PATH:" in *":$JAVA_HOME/bin:"*) ;; *) export PATH="$JAVA_HOME/bin:$PATH" ;; esac
  # Maven 3.8's bundled Guava calls sun.misc.Unsafe, which JDK 24+ warns about on every run.
  if [ "$(napihost_jdk_version "$JAVA_HOME")" -ge 24 ]; then
    case "${MAVEN_OPTS:-}" in
      *sun-misc-unsafe-memory-access*) ;;
      *) export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow" ;;
    esac
  fi
}
