#!/usr/bin/env bash
# Runs the persistence benchmark (cn.qinglian.core.tests.bench.PersistenceBenchmark) as plain Java,
# outside OSGi, on the classes of the last build and the EMF jars of the pinned target platform.
#
#   build first:  ./mvnw -B verify -pl bundles/cn.qinglian.core,tests/cn.qinglian.core.tests -am
#   then:         tests/cn.qinglian.core.tests/bench-persistence.sh [STAFF [FOLDER]]
#
# STAFF: people in the synthetic district (default 50000); FOLDER: where the workspace is written
# (default: a new temporary folder, left in place). JVM options come from BENCH_JAVA_OPTS (default: a
# fixed 1 GB heap, so that the heap does not shrink between runs). The EMF jars are taken from the
# local Maven repository (MAVEN_REPO, default ~/.m2/repository), in the versions that
# releng/cn.qinglian.target/qinglian.target pins; the JDK is JAVA_HOME, else the newest JDK >= 21
# under /usr/lib/jvm, else java on PATH.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
repo=${MAVEN_REPO:-$HOME/.m2/repository}
target_file=$root/releng/cn.qinglian.target/qinglian.target

die() { printf 'bench-persistence: %s\n' "$*" >&2; exit 2; }

java_major() { # $1 = java executable
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n1
}

find_java() {
  local candidate v best="" best_v=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(java_major "$JAVA_HOME/bin/java"); [ "${v:-0}" -ge 21 ] && { echo "$JAVA_HOME/bin/java"; return; }
  fi
  for candidate in /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] || continue
    v=$(java_major "$candidate")
    if [ "${v:-0}" -gt "$best_v" ]; then best=$candidate; best_v=$v; fi
  done
  [ "$best_v" -ge 21 ] && { echo "$best"; return; }
  command -v java >/dev/null && [ "$(java_major java)" -ge 21 ] && { command -v java; return; }
  die "no JDK >= 21 found (set JAVA_HOME)"
}

emf_jar() { # $1 = artifactId under org.eclipse.emf, in the version the target platform pins
  local version
  version=$(sed -n "s|.*<artifactId>$1</artifactId><version>\([^<]*\)</version>.*|\1|p" "$target_file" | head -n1)
  [ -n "$version" ] || die "$1 is not in $target_file"
  local jar=$repo/org/eclipse/emf/$1/$version/$1-$version.jar
  [ -f "$jar" ] || die "$jar is missing: run the build first"
  echo "$jar"
}

classpath=""
for classes in "$root/bundles/cn.qinglian.model/target/classes" "$root/bundles/cn.qinglian.core/target/classes" \
               "$here/target/classes"; do
  [ -d "$classes" ] || die "$classes is missing: run the build first"
  classpath=$classpath${classpath:+:}$classes
done
for artifact in org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi; do
  classpath=$classpath:$(emf_jar "$artifact")
done

# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
exec "$(find_java)" ${BENCH_JAVA_OPTS:--Xms1g -Xmx1g} -cp "$classpath" \
  cn.qinglian.core.tests.bench.PersistenceBenchmark "$@"
