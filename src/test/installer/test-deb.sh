#!/usr/bin/env bash
# Installs the .deb of `mvn -Pinstaller package` into a scratch root (dpkg-deb -x: no root rights, nothing outside
# the scratch folder is touched), runs the postinst's class-data-sharing step there, and runs the installed launcher
# as a user would: `jiaodui --help`, `jiaodui check assets/samples/page-b.md`, and the window (under Xvfb when it
# is installed; skipped otherwise). Checks that the launcher uses its bundled runtime, not the system's Java, and
# that the package takes no file associations.
#
#   mvn -B -Pinstaller package && src/test/installer/test-deb.sh [target/installer/jiaodui_*.deb]
#
# Needs dpkg-deb (Debian/Ubuntu). Exit status 0 when every check passed; the last line counts them.
set -u
here=$(cd "$(dirname "$0")/../../.." && pwd)
deb=${1:-$(ls "$here"/target/installer/jiaodui_*.deb 2>/dev/null | head -1)}
[ -n "$deb" ] && [ -f "$deb" ] || { echo "test-deb: no .deb (build it with: mvn -Pinstaller package)" >&2; exit 2; }
command -v dpkg-deb >/dev/null || { echo "test-deb: needs dpkg-deb (apt-get install dpkg)" >&2; exit 2; }

root=$(mktemp -d /tmp/jiaodui-root.XXXXXX)
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$root"; }
trap cleanup EXIT
passed=0 failed=0
ok() { echo "ok   - $1"; passed=$((passed + 1)); }
bad() { echo "FAIL - $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | tail -15 | sed 's/^/       /'; failed=$((failed + 1)); }

echo "test-deb: $deb -> $root"
dpkg-deb -x "$deb" "$root" && dpkg-deb -e "$deb" "$root/DEBIAN" && ok "the package unpacks" || { bad "dpkg-deb -x"; exit 1; }
app=$root/opt/jiaodui
launcher=$app/bin/jiaodui
[ -x "$launcher" ] && ok "launcher /opt/jiaodui/bin/jiaodui" || bad "no launcher at /opt/jiaodui/bin/jiaodui"
[ -x "$app/lib/runtime/bin/java" ] && [ -f "$app/lib/app/jiaodui.jar" ] && [ -d "$app/lib/app/lib" ] \
  && ok "bundled runtime (lib/runtime) and jars (lib/app/jiaodui.jar, lib/app/lib/)" || bad "runtime or jars missing"
grep -q '^Recommends:.*fonts-noto-cjk' "$root/DEBIAN/control" && grep -qi 'CJK font' "$root/DEBIAN/control" \
  && ok "control recommends a CJK font and says so" || bad "control has no CJK font note" "$(cat "$root/DEBIAN/control")"
if grep -Eqs '^MimeType=.+' "$app/lib"/*.desktop || grep -qs 'xdg-mime' "$root/DEBIAN/postinst"; then
  bad "the package takes file associations"
else ok "no file associations (.txt/.md stay with the user's editor)"; fi
grep -qs '^Name=Jiaodui 校对' "$app/lib"/*.desktop && ok "menu entry named Jiaodui 校对" || bad "desktop entry" "$(cat "$app/lib"/*.desktop)"
grep -q 'xdg-desktop-menu install' "$root/DEBIAN/postinst" && ok "menu entry installed by postinst" || bad "no menu entry"

# the postinst's class-data-sharing step, with the scratch root's paths
cds=$(sed -n '/# Jiaodui:/,/^        fi$/p' "$root/DEBIAN/postinst" | sed "s#/opt/jiaodui#$app#g")
out=$(sh -c "$cds" 2>&1)
[ -s "$app/lib/app/jiaodui.jsa" ] && ok "postinst dumps the class-data-sharing archive" || bad "no archive" "$out"

# a clean environment: no JAVA_HOME, no java on PATH, a scratch home and library
run() {
  env -i PATH=/usr/local/sbin:/nonexistent HOME="$root/home" JIAODUI_HOME="$root/home/.jiaodui" \
      JIAODUI_DB="$root/home/library.db" LANG=C.UTF-8 ${DISPLAY:+DISPLAY=$DISPLAY} "$@"
}
mkdir -p "$root/home"
out=$(run "$launcher" --help 2>&1); rc=$?
[ $rc -eq 0 ] && grep -q 'Usage: jiaodui' <<<"$out" && grep -q 'check' <<<"$out" \
  && ok "jiaodui --help" || bad "jiaodui --help (exit $rc)" "$out"
out=$(cd "$here" && run "$launcher" check assets/samples/page-b.md 2>&1); rc=$?
[ $rc -eq 0 ] && grep -q '^assets/samples/page-b.md:[0-9]*: ' <<<"$out" \
  && ok "jiaodui check assets/samples/page-b.md ($(grep -c ': ' <<<"$out") flags)" || bad "jiaodui check (exit $rc)" "$out"
out=$(run "$launcher" check "$root/missing.md" 2>&1); rc=$?
[ $rc -ne 0 ] && grep -q 'missing.md' <<<"$out" && ok "a missing file: exit $rc, one message naming it" || bad "missing file (exit $rc)" "$out"
out=$(run JAVA_TOOL_OPTIONS="-Xlog:class+path=info" "$launcher" --help 2>&1)
grep -q "bootstrap loader class path=$app/lib/runtime/lib/modules" <<<"$out" && ok "runs on the bundled runtime" \
  || bad "not the bundled runtime" "$(grep 'bootstrap loader' <<<"$out")"
out=$(run JAVA_TOOL_OPTIONS="-Xshare:on" "$launcher" --help 2>&1); rc=$?
[ $rc -eq 0 ] && ok "the launcher maps the archive (-Xshare:on)" || bad "archive not usable (-Xshare:on)" "$out"

# the window: the installed launcher starts the app and draws its first frame
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
  for n in $(seq 140 170); do [ ! -e /tmp/.X$n-lock ] && { disp=:$n; break; }; done
  Xvfb "$disp" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb_pid=$!
  sleep 1; export DISPLAY=$disp
fi
if [ -n "${DISPLAY:-}" ]; then
  out=$(run JAVA_TOOL_OPTIONS="-Djiaodui.startupProbe=true" /usr/bin/timeout 180 "$launcher" 2>&1); rc=$?
  if grep -q 'startup-probe: first frame' <<<"$out"; then ok "the window: $(grep -o 'first frame.*' <<<"$out")"
  else bad "the window did not appear (exit $rc)" "$out"; fi
else
  echo "skip - the window (no DISPLAY and no Xvfb)"
fi
echo "test-deb: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
