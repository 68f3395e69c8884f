#!/usr/bin/env bash
# CPU time the application spends on one request of each main page, one client at a time (no queueing, no competition
# for the cores): the JVM's user+system time from /proc before and after n requests, divided by n.
#
#   src/load/scripts/request-cost.sh <base-url> <application pid> [n=300] [e-mail] [password]
#
# The account is a citizen with at least one report (default: the demo citizen of the embedded database).
set -euo pipefail
base=${1:?base URL}; pid=${2:?pid of the application}; n=${3:-300}
email=${4:-warga@lapor.test}; password=${5:-lapor-demo}
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)

csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "email=$email" \
	--data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login")
case "$location" in *error*|"") echo "sign-in failed for $email" >&2; exit 1;; esac
number=$(curl -s -b "$jar" "$base/reports/mine" | grep -o '/reports/[0-9A-Z]\{10\}"' | head -1 | tr -d '"' | sed 's|/reports/||')
[ -n "$number" ] || { echo "$email has no report" >&2; exit 1; }

measure() { # name, cookie jar or "-", path
	local name=$1 cookies=$2 path=$3 args=(-s -o /dev/null -w '%{http_code} %{size_download}\n')
	[ "$cookies" != - ] && args+=(-b "$cookies")
	for _ in $(seq 50); do curl "${args[@]}" "$base$path" > /dev/null; done   # warm-up
	local before after last
	before=$(ticks)
	for _ in $(seq "$n"); do last=$(curl "${args[@]}" "$base$path"); done
	after=$(ticks)
	# Only CPU: the wall time of a request here is mostly curl starting, one process per request.
	awk -v name="$name" -v last="$last" -v t=$((after - before)) -v hz="$hz" -v n="$n" \
		'BEGIN { split(last, l, " "); printf "%-26s HTTP %s %7d B   CPU %6.2f ms\n", name, l[1], l[2], t * 1000 / hz / n }'
}
measure "home, anonymous" - /
measure "home, signed in" "$jar" /
measure "report form" "$jar" /reports/new
measure "own report" "$jar" "/reports/$number"
measure "my reports" "$jar" /reports/mine
measure "track, anonymous" - "/track?number=$number"
