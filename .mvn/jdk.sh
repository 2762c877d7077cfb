# Sourced by ./mvnw and ./chokepoint: make JAVA_HOME a JDK 21 or newer.
# Keeps a JAVA_HOME that already qualifies; otherwise looks under /usr/lib/jvm (newest first), then at the
# java on PATH. Prints a message and returns 1 when there is none.
chokepoint_java_ok() { [ -x "$1/bin/java" ] && "$1/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; }
if [ -z "${JAVA_HOME:-}" ] || ! chokepoint_java_ok "$JAVA_HOME"; then
  _found=""
  for _d in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 2>/dev/null | sort -rV); do
    if chokepoint_java_ok "$_d"; then _found="$_d"; break; fi
  done
  if [ -z "$_found" ] && command -v java >/dev/null 2>&1; then
    _j="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    chokepoint_java_ok "$_j" && _found="$_j"
  fi
  if [ -z "$_found" ]; then
    echo "Chokepoint needs a JDK 21 or newer: install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME" >&2
    return 1 2>/dev/null || exit 1
  fi
  export JAVA_HOME="$_found"
  unset _found _d _j
fi
