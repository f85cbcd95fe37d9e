#!/usr/bin/env bash
# `npm run test:wordpress`: the widgets against a real WordPress on loopback.
#
#   1. installs Debian's wordpress, php-cli, php-mysql, php-gd, mariadb-server and the theme
#      wordpress-theme-twentytwentythree when missing
#      (as root or with sudo; otherwise it says what to install);
#   2. starts MariaDB (a throw-away datadir, Unix socket only, no TCP) and builds a throw-away
#      site from /usr/share/wordpress in a temp folder, with our own wp-config.php;
#   3. installs it with WordPress's own installer (install.php) and seeds it from
#      demo/data/localprogress.json (seed.php);
#   4. serves it with PHP's built-in server on 127.0.0.1 (a free port), and runs
#      test/wordpress/*.test.ts in Chromium (web-test-runner.wordpress.config.mjs), where the
#      widgets read its REST API cross-origin;
#   5. stops both servers by PID and removes the temp folder on every exit, pass or fail.
#
# Arguments go to web-test-runner (e.g. --files test/wordpress/rest-api.test.ts).
# `--serve` instead keeps the seeded site running until Ctrl-C, to look at its answers:
#   bash scripts/wordpress/run.sh --serve
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/scripts/wordpress
WORDPRESS_SRC=${WORDPRESS_SRC:-/usr/share/wordpress}
started=$(date +%s)

say() { printf '[wordpress] %s\n' "$*" >&2; }

# --- 1. Debian packages -------------------------------------------------------------------
missing=()
[ -f "$WORDPRESS_SRC/wp-load.php" ] || missing+=(wordpress)
command -v php >/dev/null 2>&1 || missing+=(php-cli)
if command -v php >/dev/null 2>&1; then
  php -r 'exit(extension_loaded("mysqli") ? 0 : 1);' || missing+=(php-mysql)
  php -r 'exit(extension_loaded("gd") ? 0 : 1);' || missing+=(php-gd)
fi
{ command -v mariadbd >/dev/null 2>&1 && command -v mariadb-install-db >/dev/null 2>&1; } || missing+=(mariadb-server)
# The plugin's front-end tests need a real theme, and Debian's WordPress ships none.
[ -f "$WORDPRESS_SRC/wp-content/themes/twentytwentythree/style.css" ] || missing+=(wordpress-theme-twentytwentythree)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo -n); else
    say "Missing Debian packages: ${missing[*]}."
    say "Install them as root:  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
    exit 1
  fi
  say "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  # --no-install-recommends: no Apache, no other themes; PHP's built-in server is all we need.
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi


[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || [ "${1:-}" = --serve ] || {
  say "The tests need Chromium at ${CHROMIUM_PATH:-/usr/bin/chromium}: apt-get install -y chromium (or npm run setup)."
  exit 1
}

# --- Clean-up, whatever happens -----------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lp-wordpress.XXXXXX")
PHP_PID=
CHAPTER_PID=
DB_PID=

stop_pid() { # PID NAME: TERM, wait up to 15 s, then KILL
  local pid=$1 name=$2 i
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 150); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  say "$name (PID $pid) did not stop; killing it"
  kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  # PHP's built-in server and its worker processes form their own process group (setsid):
  # signal that group, by its id, and wait until the workers are gone. Their parent does not
  # reap them, so they linger as zombies until init does (a second or two).
  local pid
  for pid in "$PHP_PID" "$CHAPTER_PID"; do
    [ -n "$pid" ] || continue
    kill -TERM -- "-$pid" 2>/dev/null || true
    stop_pid "$pid" 'PHP server'
    kill -KILL -- "-$pid" 2>/dev/null || true
    for _ in $(seq 100); do pgrep -g "$pid" >/dev/null || break; sleep 0.1; done
  done
  stop_pid "$DB_PID" MariaDB
  wait 2>/dev/null || true
  # On a failure (not on Ctrl-C), show what the servers said.
  if [ "$status" -ne 0 ] && [ "$status" -ne 130 ] && [ "$status" -ne 143 ] && [ -d "$WORK" ]; then
    for log in "$WORK"/mariadb.log "$WORK"/php.log "$WORK"/wp-debug.log; do
      [ -s "$log" ] || continue
      say "--- last lines of $(basename "$log") (PHP deprecation notices left out)"
      grep -v 'PHP Deprecated' "$log" | tail -n 20 >&2 || true
    done
  fi
  rm -rf "$WORK"
  say "stopped MariaDB and PHP, removed $WORK ($(($(date +%s) - started)) s in all)"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Waits until COMMAND succeeds, for up to SECONDS.
wait_for() { # SECONDS WHAT COMMAND...
  local seconds=$1 what=$2 i
  shift 2
  for i in $(seq $((seconds * 10))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  say "$what did not come up within $seconds s"
  return 1
}

# --- 2. MariaDB: throw-away datadir, socket only ------------------------------------------
DB_DIR=$WORK/db
SOCKET=$WORK/mariadb.sock
say "MariaDB in $DB_DIR"
mariadb-install-db --no-defaults --datadir="$DB_DIR" --user="$(id -un)" \
  --auth-root-authentication-method=socket --skip-test-db >"$WORK/mariadb-install.log" 2>&1 ||
  { cat "$WORK/mariadb-install.log" >&2; exit 1; }
mariadbd --no-defaults --datadir="$DB_DIR" --socket="$SOCKET" --skip-networking \
  --pid-file="$WORK/mariadb.pid" --log-error="$WORK/mariadb.log" --user="$(id -un)" \
  --innodb-buffer-pool-size=32M --innodb-flush-log-at-trx-commit=0 --skip-name-resolve &
DB_PID=$!
wait_for 30 MariaDB mariadb --no-defaults --socket="$SOCKET" -uroot -e 'SELECT 1'
mariadb --no-defaults --socket="$SOCKET" -uroot -e "
  CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
  CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress';
  GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';"

# --- 2b. The site: a copy of Debian's WordPress with our wp-config.php --------------------
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
SALT=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
# A site folder: a copy of Debian's WordPress, our mu-plugins, and a wp-config.php for this
# address and table prefix (every site shares the one database).
make_site() { # DIR URL TABLE_PREFIX
  local dir=$1 url=$2 prefix=$3
  cp -rL "$WORDPRESS_SRC" "$dir" 2>/dev/null || cp -r "$WORDPRESS_SRC" "$dir"
  rm -f "$dir/wp-config.php" "$dir/.htaccess"
  mkdir -p "$dir/wp-content/uploads" "$dir/wp-content/mu-plugins"
  cp "$HERE"/mu-plugins/*.php "$dir/wp-content/mu-plugins/"
  sed -e "s|@SOCKET@|$SOCKET|" -e "s|@URL@|$url|g" -e "s|@SALT@|$SALT-$prefix|g" -e "s|@LOG@|$WORK/wp-debug.log|" \
    -e "s|^\$table_prefix = 'wp_';|\$table_prefix = '$prefix';|" "$HERE/wp-config.php.in" >"$dir/wp-config.php"
  grep -q "table_prefix = '$prefix'" "$dir/wp-config.php" || { say "could not set the table prefix of $dir"; exit 1; }
}
PORT=$(free_port)
URL=http://127.0.0.1:$PORT
SITE=$WORK/site
make_site "$SITE" "$URL" wp_

# --- 3. Install and seed ------------------------------------------------------------------
php "$HERE/install.php" "$SITE" >&2
php "$HERE/seed.php" "$SITE" "$ROOT/demo/data/localprogress.json" "$WORK/manifest.json" >&2

# --- plugin: build the zip, install it from the zip, activate it, check it on the server ----
# The zip (npm run build:wordpress) is what gets tested: WordPress unpacks it into
# wp-content/plugins as it does an uploaded plugin. plugin-check.php then checks the
# server-side rendering, with the endpoints answered in-process; plugin-test-site.php (with
# plugin-probe.js and axe-core) lets test/wordpress/plugin.test.ts look into the front end.
(cd "$ROOT" && npm run --silent build:wordpress) >&2
find "$ROOT/wordpress" "$HERE" -name '*.php' -print0 | xargs -0 -n1 php -l >"$WORK/php-lint.log" 2>&1 ||
  { grep -v '^No syntax errors' "$WORK/php-lint.log" >&2; say "php -l failed"; exit 1; }
say "php -l: $(grep -c '^No syntax errors' "$WORK/php-lint.log") PHP files without syntax errors"
cp "$HERE/plugin-test-site.php" "$SITE/wp-content/mu-plugins/"
mkdir -p "$SITE/wp-content/lp-test"
cp "$HERE/plugin-probe.js" "$ROOT/node_modules/axe-core/axe.min.js" "$SITE/wp-content/lp-test/"
php "$HERE/plugin-install.php" "$SITE" "$ROOT/dist/local-progress-widgets.zip" "$WORK/plugin.json" >&2
php "$HERE/plugin-check.php" "$SITE" "$ROOT/demo/data/localprogress.json" "$WORK/manifest.json" >&2
# --- end plugin ---------------------------------------------------------------------------

# --- 4. Serve it, then test ---------------------------------------------------------------
# Four workers, so that the test pages' parallel requests (REST answers, images) do not queue
# behind each other; in its own process group, to be stopped as one.
PHP_CLI_SERVER_WORKERS=4 setsid php -S "127.0.0.1:$PORT" -t "$SITE" "$HERE/router.php" >"$WORK/php.log" 2>&1 &
PHP_PID=$!
wait_for 30 "PHP's server" php -r 'exit(@file_get_contents($argv[1]) === false ? 1 : 0);' "$URL/wp-json/"
say "WordPress $(php -r 'include $argv[1]; echo $wp_version;' "$SITE/wp-includes/version.php") at $URL ($(($(date +%s) - started)) s)"

# --- plugin: an Author publishes through REST; the settings page's nonce; the editor -------
node "$HERE/plugin-publish.mjs" "$URL" "$WORK/plugin.json"
[ "${1:-}" = --serve ] || node "$HERE/plugin-editor.mjs" "$URL" "$WORK/plugin.json"
# LP_WORDPRESS_SCREENSHOTS=1: docs/screenshots/wordpress-*.png of the editor and the front end.
[ -z "${LP_WORDPRESS_SCREENSHOTS:-}" ] || node "$HERE/plugin-screenshots.mjs" "$URL" "$WORK/plugin.json"
# --- end plugin ---------------------------------------------------------------------------

if [ "${1:-}" = --serve ]; then
  say "Serving until Ctrl-C: $URL/wp-json/wp/v2/posts?_embed  (manifest: $WORK/manifest.json)"
  wait "$PHP_PID"
  exit 0
fi

# --- 4b. A chapter site: a second install (its own tables, its own port) -----------------
# seeded with the sample feed's Texas posts, as a chapter's own WordPress would hold them: the
# publisher's tests read it together with the national site.
CHAPTER_PORT=$(free_port)
CHAPTER_URL=http://127.0.0.1:$CHAPTER_PORT
CHAPTER=$WORK/chapter
make_site "$CHAPTER" "$CHAPTER_URL" chapter_
php "$HERE/install.php" "$CHAPTER" >&2
php "$HERE/seed.php" "$CHAPTER" "$ROOT/demo/data/localprogress.json" "$WORK/chapter-manifest.json" texas >&2
PHP_CLI_SERVER_WORKERS=2 setsid php -S "127.0.0.1:$CHAPTER_PORT" -t "$CHAPTER" "$HERE/router.php" >"$WORK/php-chapter.log" 2>&1 &
CHAPTER_PID=$!
wait_for 30 "the chapter site" php -r 'exit(@file_get_contents($argv[1]) === false ? 1 : 0);' "$CHAPTER_URL/wp-json/"
say "chapter site at $CHAPTER_URL"

cd "$ROOT"
WP_BASE=$URL WP_MANIFEST=$WORK/manifest.json npx web-test-runner --config web-test-runner.wordpress.config.mjs "$@"

# --- plugin: uninstall it, after every browser test used it; no option may be left ---------
php "$HERE/plugin-uninstall.php" "$SITE" >&2
# --- end plugin ---------------------------------------------------------------------------

# --- 5. The publisher (lp-feed) reading both sites, in Node's test runner -----------------
WP_BASE=$URL WP_MANIFEST=$WORK/manifest.json WP_SITE_DIR=$SITE \
  WP_CHAPTER_BASE=$CHAPTER_URL WP_CHAPTER_MANIFEST=$WORK/chapter-manifest.json \
  node scripts/test-publisher.mjs test/publisher/wordpress/*.test.ts
