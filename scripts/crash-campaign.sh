#!/usr/bin/env bash
# The crash campaign (issue 23, part 4): kill -9 `rasid ingest` at random points, N times per store, restart it to
# completion, and check that the store holds every article of a clean run exactly once with identical content hashes.
#
#   scripts/crash-campaign.sh N [--store sqlite|postgres|both]
#
# Builds nothing: runs src/Rasid.Cli/bin/Release/net10.0/rasid.dll (or $RASID_DLL). The corpus is samples/seeds plus
# $RASID_CRASH_RECORDS (default 3000) generated JSON Lines records. PostgreSQL is scripts/postgres.sh's throwaway
# server on $RASID_PG_PORT (default 55434), started here if it is not running, with one fresh database per trial;
# the PostgreSQL campaign ends with one more trial in which the server itself goes away mid-ingest (immediate
# shutdown) and comes back. Prints one summary line per store; exits non-zero on any loss, duplicate, changed hash
# or failed restart.
#
# `rasid watch` gets the same treatment: a local web server (python3's http.server, which answers If-Modified-Since
# with 304) serves an Arabic RSS feed of $RASID_CRASH_PAGES (default 40) article pages; each trial follows it, kills
# `watch` at a random point of its first poll, restarts with `feeds poll`, and compares with a clean poll's store.
set -uo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."

n=${1:-}
store=both
shift || true
while [ $# -gt 0 ]; do
  case "$1" in
    --store) store=${2:-}; shift 2 ;;
    *) echo "usage: scripts/crash-campaign.sh N [--store sqlite|postgres|both]" >&2; exit 2 ;;
  esac
done
if ! [[ "$n" =~ ^[0-9]+$ ]] || [[ ! "$store" =~ ^(sqlite|postgres|both)$ ]]; then
  echo "usage: scripts/crash-campaign.sh N [--store sqlite|postgres|both]" >&2; exit 2
fi

dll=${RASID_DLL:-src/Rasid.Cli/bin/Release/net10.0/rasid.dll}
if [ ! -f "$dll" ]; then echo "no $dll: build first (dotnet build Rasid.slnx -c Release)" >&2; exit 2; fi
dll=$(realpath "$dll")
export RASID_PG_PORT=${RASID_PG_PORT:-55434}
records=${RASID_CRASH_RECORDS:-3000}
work=$(mktemp -d /tmp/rasid-crash-XXXXXX)
export PGOPTIONS='-c client_min_messages=warning'
pg_started_here=0
site_port=0
site_pid=
cleanup() {
  stop_site
  rm -rf "$work"
  if [ "$pg_started_here" -eq 1 ]; then scripts/postgres.sh stop; fi
}
trap cleanup EXIT

rasid() { dotnet "$dll" "$@"; }

# --- the corpus: the seed articles and generated records (paragraphs of the seeds recombined, each one unique)
mkdir -p "$work/corpus/seeds"
cp samples/seeds/* "$work/corpus/seeds/"
python3 - "$work/corpus/feed.jsonl" "$records" samples/seeds <<'PY'
import json, os, random, sys
out, count, seeds = sys.argv[1], int(sys.argv[2]), sys.argv[3]
paragraphs = [p.strip() for f in sorted(os.listdir(seeds)) for p in open(os.path.join(seeds, f), encoding="utf-8").read().split("\n") if len(p.strip()) > 80]
rng = random.Random(23)
with open(out, "w", encoding="utf-8") as feed:
    for i in range(count):
        text = f"أعلنت الجهة المعنية في البيان رقم {i} ما يلي.\n" + "\n".join(rng.sample(paragraphs, 2))
        feed.write(json.dumps({"url": f"https://crash.example/{i}", "title": f"الخبر {i}", "date": f"2025-0{1 + i % 9}-1{i % 10}", "content": text}, ensure_ascii=False) + "\n")
PY

# --- what a store holds: "source<TAB>content hash" lines, sorted, and the number of articles with their facts
holdings() { # location
  case "$1" in
    Host=*) psql "$(pg_url "$1")" -At -F $'\t' -c "SELECT a.source, a.content_hash || CASE WHEN f.content_hash = a.content_hash THEN '' ELSE ' (facts missing)' END FROM articles a LEFT JOIN article_facts f ON f.article_id = a.id" | LC_ALL=C sort ;;
    *) python3 - "$1" <<'PY' | LC_ALL=C sort
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
for source, h, facts in db.execute("SELECT a.source, a.content_hash, f.content_hash FROM articles a LEFT JOIN article_facts f ON f.article_id = a.id"):
    print(f"{source}\t{h}" + ("" if facts == h else " (facts missing)"))
PY
    ;;
  esac
}

pg_url() { # Npgsql connection string to a psql URL
  local db; db=$(sed -n 's/.*Database=\([^;]*\).*/\1/p' <<<"$1")
  echo "postgresql://postgres@127.0.0.1:$RASID_PG_PORT/${db:-postgres}"
}

pg_server="Host=127.0.0.1;Port=$RASID_PG_PORT;Username=postgres"
pg_new() { # a fresh database; prints its connection string
  local name="crash_$1_$$"
  psql "$(pg_url "$pg_server")" -q -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" >/dev/null || return 1
  echo "$pg_server;Database=$name"
}
pg_drop() { psql "$(pg_url "$pg_server")" -q -c "DROP DATABASE IF EXISTS $(sed -n 's/.*Database=\([^;]*\).*/\1/p' <<<"$1") WITH (FORCE)" >/dev/null 2>&1 || true; }

new_location() { # store trial
  if [ "$1" = sqlite ]; then echo "$work/$1-$2.db"; else pg_new "$2"; fi
}
drop_location() { # store location
  if [ "$1" = sqlite ]; then rm -f "$2" "$2-wal" "$2-shm"; else pg_drop "$2"; fi
}

# --- the clean reference run (SQLite; PostgreSQL must agree with it too: the same pipeline makes the same hashes)
started=$(date +%s%N)
if ! rasid --db "$work/reference.db" ingest "$work/corpus" --quiet >"$work/reference.log" 2>&1; then
  echo "the clean reference run failed:"; cat "$work/reference.log"; exit 1
fi
clean_ms=$(( ($(date +%s%N) - started) / 1000000 ))
holdings "$work/reference.db" >"$work/reference.tsv"
expected=$(wc -l <"$work/reference.tsv")
echo "corpus: $expected articles ($records generated records and the seeds); a clean ingest takes $((clean_ms / 1000)).$(( clean_ms % 1000 / 100 )) s"

# compare LOCATION LABEL: adds to lost/doubled/changed; prints a line for a trial that went wrong
compare() {
  holdings "$1" >"$work/trial.tsv"
  local got dup missing changed
  got=$(wc -l <"$work/trial.tsv")
  dup=$(cut -f1 "$work/trial.tsv" | uniq -d | wc -l)
  missing=$(comm -23 <(cut -f1 "$work/reference.tsv") <(cut -f1 "$work/trial.tsv" | uniq) | wc -l)
  changed=$(join -t $'\t' <(cat "$work/reference.tsv") <(LC_ALL=C sort -u "$work/trial.tsv") | awk -F'\t' '$2 != $3' | wc -l)
  extra=$(comm -13 <(cut -f1 "$work/reference.tsv") <(cut -f1 "$work/trial.tsv" | uniq) | wc -l)
  lost=$((lost + missing)); doubled=$((doubled + dup + extra)); hashes=$((hashes + changed))
  if [ "$missing" -ne 0 ] || [ "$dup" -ne 0 ] || [ "$extra" -ne 0 ] || [ "$changed" -ne 0 ]; then
    echo "  $2: $got stored: $missing lost, $dup doubled, $extra unexpected, $changed with another hash"
    return 1
  fi
}

failed_stores=()

campaign() { # store
  local s=$1 i delay location pid code
  kills=0; survived=0; lost=0; doubled=0; hashes=0; restarts_failed=0; finished_first=0
  for ((i = 1; i <= n; i++)); do
    location=$(new_location "$s" "$i") || { echo "  trial $i: cannot create a $s store"; restarts_failed=$((restarts_failed + 1)); continue; }
    # A random point anywhere from start-up to the end of a clean run: before the store exists, mid-batch, mid-commit.
    delay=$(( RANDOM * 32768 + RANDOM ))
    delay=$(( delay % (clean_ms + 1) ))
    dotnet "$dll" --db "$location" ingest "$work/corpus" --quiet >"$work/killed.log" 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); else finished_first=$((finished_first + 1)); fi
    wait "$pid" 2>/dev/null
    if ! rasid --db "$location" ingest "$work/corpus" --quiet >"$work/restart.log" 2>&1; then
      echo "  trial $i (killed after $delay ms): the restart failed:"; sed 's/^/    /' "$work/restart.log" | head -5
      restarts_failed=$((restarts_failed + 1))
    elif compare "$location" "trial $i (killed after $delay ms)"; then
      survived=$((survived + 1))
    fi
    drop_location "$s" "$location"
  done
}

# The server goes away in the middle of an ingest and comes back: the ingest says so in one line (exit 6), the rerun completes.
server_goes_away() {
  local location pid code delay
  location=$(pg_new away) || { echo "  server-away trial: cannot create a store"; return 1; }
  delay=$(( clean_ms / 2 ))
  dotnet "$dll" --db "$location" ingest "$work/corpus" --quiet >"$work/away.log" 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  scripts/postgres.sh down
  wait "$pid"; code=$?
  scripts/postgres.sh up >/dev/null
  local lines; lines=$(grep -c '^rasid: ' "$work/away.log")
  echo "  the server went away after $delay ms: ingest exited $code with $lines line(s) on standard error: $(grep '^rasid: ' "$work/away.log" | head -1 | cut -c1-160)"
  if [ "$code" -ne 6 ] && [ "$code" -ne 0 ]; then restarts_failed=$((restarts_failed + 1)); fi
  if ! rasid --db "$location" ingest "$work/corpus" --quiet >"$work/restart.log" 2>&1; then
    echo "  after the server came back the rerun failed:"; sed 's/^/    /' "$work/restart.log" | head -5
    restarts_failed=$((restarts_failed + 1))
  else
    compare "$location" "server-away trial" || true
  fi
  drop_location postgres "$location"
}

# --- the watch campaign's site: feed.xml and one HTML page per item, served on loopback for the whole run
start_site() {
  local pages=${RASID_CRASH_PAGES:-40}
  mkdir -p "$work/site"
  python3 - "$work/site" "$pages" samples/seeds <<'PY'
import html, os, random, sys
site, count, seeds = sys.argv[1], int(sys.argv[2]), sys.argv[3]
paragraphs = [p.strip() for f in sorted(os.listdir(seeds)) for p in open(os.path.join(seeds, f), encoding="utf-8").read().split("\n") if len(p.strip()) > 80]
rng = random.Random(2323)
items = []
for i in range(count):
    title = f"تقرير المتابعة رقم {i}"
    body = "".join(f"<p>{html.escape(p)}</p>" for p in [f"أفادت مصادر مطلعة في التقرير رقم {i} بما يلي."] + rng.sample(paragraphs, 3))
    page = f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head><body><nav><a href="/">الرئيسية</a></nav><article><h1>{title}</h1>{body}</article><footer>جميع الحقوق محفوظة</footer></body></html>'
    open(os.path.join(site, f"page-{i}.html"), "w", encoding="utf-8").write(page)
    items.append(f"<item><title>{title}</title><link>http://127.0.0.1:PORT/page-{i}.html</link><guid>page-{i}</guid><pubDate>Mon, {1 + i % 28:02d} Sep 2025 10:00:00 GMT</pubDate><description>{html.escape(title)}</description></item>")
open(os.path.join(site, "feed.template"), "w", encoding="utf-8").write('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>موقع الاختبار</title><link>http://127.0.0.1:PORT/</link><description>أخبار</description>' + "".join(items) + "</channel></rss>")
PY
  site_port=$(( 20000 + RANDOM % 20000 ))
  sed "s/PORT/$site_port/g" "$work/site/feed.template" >"$work/site/feed.xml"
  python3 -m http.server "$site_port" --bind 127.0.0.1 --directory "$work/site" >"$work/site.log" 2>&1 &
  site_pid=$!
  for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$site_port/feed.xml" && return 0; sleep 0.1; done
  echo "  the feed site did not start on port $site_port"; return 1
}
stop_site() { if [ -n "$site_pid" ]; then kill "$site_pid" 2>/dev/null; wait "$site_pid" 2>/dev/null; site_pid=; fi; }

# Follows the site's feed in a fresh store of kind $1 (trial $2); prints the store's location.
follow_site() {
  local location
  location=$(new_location "$1" "$2") || return 1
  rasid --db "$location" feeds add "http://127.0.0.1:$site_port/feed.xml" --name crash >/dev/null 2>&1 || return 1
  echo "$location"
}

watch_reference_ms=0
watch_articles=0
campaign_watch() { # store
  local s=$1 i delay location pid started
  wkills=0; wsurvived=0; wlost=0; wdoubled=0; whashes=0; wrestarts_failed=0; wfinished_first=0
  if [ -z "$site_pid" ]; then start_site || { wrestarts_failed=1; return; }; fi
  # The clean run of this store: one poll of the whole feed.
  location=$(follow_site "$s" wref) || { echo "  watch: cannot follow the feed in a $s store"; wrestarts_failed=1; return; }
  started=$(date +%s%N)
  if ! rasid --db "$location" feeds poll --host-gap 0 >"$work/wref.log" 2>&1; then
    echo "  watch: the clean poll failed:"; sed 's/^/    /' "$work/wref.log" | head -5; wrestarts_failed=1; drop_location "$s" "$location"; return
  fi
  watch_reference_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  holdings "$location" >"$work/watch-reference.tsv"
  drop_location "$s" "$location"
  watch_articles=$(wc -l <"$work/watch-reference.tsv")
  if [ "$watch_articles" -ne "$(ls "$work/site"/page-*.html | wc -l)" ]; then
    echo "  watch: the clean poll stored $watch_articles articles, not one per page:"; sed 's/^/    /' "$work/wref.log" | head -5; wrestarts_failed=1; return
  fi
  local saved_reference="$work/reference.tsv"
  cp "$work/reference.tsv" "$work/ingest-reference.tsv"
  cp "$work/watch-reference.tsv" "$work/reference.tsv"
  local lost_before=$lost doubled_before=$doubled hashes_before=$hashes
  for ((i = 1; i <= n; i++)); do
    location=$(follow_site "$s" "w$i") || { echo "  watch trial $i: cannot follow the feed"; wrestarts_failed=$((wrestarts_failed + 1)); continue; }
    delay=$(( (RANDOM * 32768 + RANDOM) % (watch_reference_ms + 1) ))
    dotnet "$dll" --db "$location" watch --host-gap 0 --interval-min 1 --alert conflicts >"$work/wkilled.log" 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    if kill -9 "$pid" 2>/dev/null; then wkills=$((wkills + 1)); else wfinished_first=$((wfinished_first + 1)); fi
    wait "$pid" 2>/dev/null
    # The restart is one poll of every feed: what the killed watch left half done must be taken again, once.
    if ! rasid --db "$location" feeds poll --host-gap 0 --alert conflicts >"$work/wrestart.log" 2>&1; then
      echo "  watch trial $i (killed after $delay ms): the restart failed:"; sed 's/^/    /' "$work/wrestart.log" | head -5
      wrestarts_failed=$((wrestarts_failed + 1))
    elif compare "$location" "watch trial $i (killed after $delay ms)"; then
      wsurvived=$((wsurvived + 1))
    fi
    drop_location "$s" "$location"
  done
  wlost=$((lost - lost_before)); wdoubled=$((doubled - doubled_before)); whashes=$((hashes - hashes_before))
  cp "$work/ingest-reference.tsv" "$saved_reference"
}

run_store() { # store
  local s=$1
  campaign "$s"
  local line="crash campaign ($s): $kills kills, $survived survived, $lost lost, $doubled doubled, $hashes changed hashes, $restarts_failed failed restarts, $finished_first finished before the kill"
  if [ "$s" = postgres ]; then
    server_goes_away
    line="$line; server away and back: $( [ "$restarts_failed" -eq 0 ] && [ "$lost" -eq 0 ] && [ "$doubled" -eq 0 ] && [ "$hashes" -eq 0 ] && echo ok || echo FAILED )"
  fi
  echo "$line"
  campaign_watch "$s"
  echo "crash campaign ($s, watch over a feed of $watch_articles articles; a clean poll takes $((watch_reference_ms / 1000)).$((watch_reference_ms % 1000 / 100)) s): $wkills kills, $wsurvived survived, $wlost lost, $wdoubled doubled, $whashes changed hashes, $wrestarts_failed failed restarts, $wfinished_first finished before the kill"
  if [ "$lost" -ne 0 ] || [ "$doubled" -ne 0 ] || [ "$hashes" -ne 0 ] || [ "$restarts_failed" -ne 0 ] || [ "$wrestarts_failed" -ne 0 ]; then failed_stores+=("$s"); fi
}

if [ "$store" = sqlite ] || [ "$store" = both ]; then run_store sqlite; fi
if [ "$store" = postgres ] || [ "$store" = both ]; then
  if ! [ -f "${RASID_PG_STATE:-/tmp/rasid-postgres-$RASID_PG_PORT}/data/postmaster.pid" ]; then pg_started_here=1; fi
  if ! scripts/postgres.sh start >/dev/null; then echo "PostgreSQL could not be started"; failed_stores+=(postgres-start);
  else run_store postgres; fi
fi

if [ ${#failed_stores[@]} -gt 0 ]; then echo "crash campaign failed: ${failed_stores[*]}"; exit 1; fi
