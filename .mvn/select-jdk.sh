# Sourced by ./mvnw before anything else. Préau needs a JDK 25 or newer, but many
# machines keep an older default `java` with a newer JDK installed beside it.
# Keep JAVA_HOME when it already points at a JDK >= 25; otherwise take the `java`
# on the PATH when it is recent enough; otherwise pick the newest JDK >= 25 found
# in the usual JVM folders. Set PREAU_SKIP_JDK_SELECT=1 to disable.

preau_java_major() {
  # Prints the feature version of the JDK whose home is $1 (from its `release` file).
  [ -f "$1/release" ] || return 1
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  [ -n "$v" ] && echo "$v"
}

preau_select_jdk() {
  min=25
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    m=$(preau_java_major "$JAVA_HOME") && [ "$m" -ge "$min" ] && return 0
  fi
  if command -v javac >/dev/null 2>&1; then
    h=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    m=$(preau_java_major "$h") && [ "$m" -ge "$min" ] && { JAVA_HOME=$h; export JAVA_HOME; return 0; }
  fi
  best= bestm=0
  for h in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home \
           "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -x "$h/bin/javac" ] || continue
    m=$(preau_java_major "$h") || continue
    if [ "$m" -ge "$min" ] && [ "$m" -gt "$bestm" ]; then best=$h bestm=$m; fi
  done
  if [ -n "$best" ]; then
    JAVA_HOME=$best; export JAVA_HOME
    [ "${MVNW_VERBOSE:-}" = true ] && echo "Using JDK $bestm from $JAVA_HOME" >&2
    return 0
  fi
  echo "Préau needs a JDK $min or newer: none found. Install one (e.g. Temurin $min) or set JAVA_HOME to it." >&2
  return 1
}

if [ "${PREAU_SKIP_JDK_SELECT:-}" != 1 ]; then
  preau_select_jdk || exit 1
fi
