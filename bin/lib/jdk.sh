# Sourced by bin/quantagent, bin/jmh and .ci/run: finds a JDK of at least 21 and the JVM flags it needs
# (qa_find_jdk sets QA_JAVA_HOME and the array QA_JVM_FLAGS, or prints why not and returns 1), and builds the
# project when a jar is missing or older than the sources (qa_build_if_needed QA_HOME JAR).

qa_java_major() { # JAVA_HOME -> major version, or nothing
  local release="$1/release" v
  if [ -r "$release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$release")
  fi
  if [ -z "$v" ] && [ -x "$1/bin/java" ]; then
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1)
  fi
  [ "$v" = "1" ] && v=8
  echo "$v"
}

qa_find_jdk() {
  local min=21 candidate major tried=()
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  local d
  for d in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home \
           "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$d" ] && candidates+=("$d")
  done
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local best="" best_major=0 seen=" "
  for candidate in "${candidates[@]}"; do
    candidate="$(readlink -f "$candidate")"
    case "$seen" in *" $candidate "*) continue ;; esac
    seen="$seen$candidate "
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(qa_java_major "$candidate")
    tried+=("$candidate (${major:-unknown})")
    [ -n "$major" ] && [ "$major" -ge "$min" ] 2>/dev/null || continue
    # JAVA_HOME wins when it is recent enough; otherwise the newest JDK found.
    if [ -n "${JAVA_HOME:-}" ] && [ "$candidate" = "$(readlink -f "$JAVA_HOME")" ]; then best="$candidate"; best_major=$major; break; fi
    if [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "quantagent: no JDK $min or newer found (JAVA_HOME, /usr/lib/jvm, /usr/java, /opt, SDKMAN)." >&2
    [ ${#tried[@]} -gt 0 ] && printf '  looked at: %s\n' "${tried[@]}" >&2
    echo "  Install one (e.g. Temurin 25) or set JAVA_HOME to it." >&2
    return 1
  fi
  QA_JAVA_HOME="$best"
  QA_JVM_FLAGS=(
    -Dchronicle.analytics.disable=true
    --add-exports=java.base/jdk.internal.ref=ALL-UNNAMED
    --add-exports=java.base/sun.nio.ch=ALL-UNNAMED
    --add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED
    --add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED
    --add-opens=jdk.compiler/com.sun.tools.javac=ALL-UNNAMED
    --add-opens=java.base/java.lang=ALL-UNNAMED
    --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
    --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/java.util=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
    --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED
    --enable-native-access=ALL-UNNAMED
  )
  # Java 23+ only: older JVMs refuse to start with this flag.
  if [ "$best_major" -ge 23 ]; then QA_JVM_FLAGS+=(--sun-misc-unsafe-memory-access=allow); fi
  return 0
}

qa_build_if_needed() { # QA_HOME JAR
  local home="$1" jar="$2" stale=""
  if [ -f "$jar" ] && [ -d "$(dirname "$jar")/lib" ]; then
    # Rebuild when a source or POM is newer than the jar (a fresh clone, a pull, an edit).
    stale=$(find "$home" -path "$home/.git" -prune -o \( -path '*/src/main/*' -o -name pom.xml \) \
            -newer "$jar" -type f -print -quit 2>/dev/null)
    [ -z "$stale" ] && return 0
  fi
  [ "${QA_NO_BUILD:-}" = "1" ] && return 0
  command -v mvn >/dev/null 2>&1 || { echo "quantagent: Maven (mvn) is needed for the first build and was not found." >&2; return 1; }
  echo "quantagent: building (first run or sources changed; tests skipped, run them with: mvn verify) ..." >&2
  local log
  log="$(mktemp -t quantagent-build.XXXXXX)"
  if ! (cd "$home" && JAVA_HOME="$QA_JAVA_HOME" mvn -B -q -DskipTests install >"$log" 2>&1); then
    echo "quantagent: build failed; the last lines of $log:" >&2
    tail -n 40 "$log" >&2
    return 1
  fi
  rm -f "$log"
  touch "$jar"
}
