#!/bin/sh
# Builds the app's test classes and runs org.losslens.app.benchmark.LatencyBenchmark on a real display:
# brush strokes at 60 events/s through the window system, every loss of the mode computed, loss and tab
# switches, the frame breakdown. Options are passed on (see the class's documentation), e.g.
#   src/app/latency-benchmark.sh --input=fx --sizes=128 --modes=binary --events=300
# Without DISPLAY it starts Xvfb (and openbox, if installed) on :$BENCH_DISPLAY (default 99) and stops
# them afterwards. Software rendering, like the figures in the README. A private home is used, so the
# run never touches your ~/.losslens. Extra JVM options go in BENCH_JAVA_OPTS, e.g.
#   BENCH_JAVA_OPTS="-Djavafx.pulseLogger=true" src/app/latency-benchmark.sh --sizes=128 --modes=binary
set -e
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
mvn -B -q -pl src/app -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
started=""
if [ -z "$DISPLAY" ]; then
    display=":${BENCH_DISPLAY:-99}"
    Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    started="$!"
    sleep 2
    if command -v openbox >/dev/null; then
        DISPLAY="$display" openbox >/dev/null 2>&1 &
        started="$started $!"
        sleep 1
    fi
    DISPLAY="$display"
    export DISPLAY
fi
home=$(mktemp -d)
trap 'kill $started 2>/dev/null; rm -rf "$home"' EXIT
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" -Dprism.order=sw -Duser.home="$home" $BENCH_JAVA_OPTS \
    -cp "src/app/target/test-classes:src/app/target/classes:$(cat src/app/target/cp.txt)" \
    org.losslens.app.benchmark.LatencyBenchmark "$@"
