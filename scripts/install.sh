#!/bin/sh
# Builds shinsa in release and installs one self-contained binary (rulebook, changelog and
# themes inside; the Swift runtime linked in), its shell completions and its man page.
#
# usage: scripts/install.sh [PREFIX]          (default PREFIX: $HOME/.local)
#   PREFIX/bin/shinsa
#   PREFIX/share/man/man1/shinsa.1
#   PREFIX/share/bash-completion/completions/shinsa
#   PREFIX/share/zsh/site-functions/_shinsa
#   PREFIX/share/fish/vendor_completions.d/shinsa.fish
#
# The man page is generated from the installed binary's own help description
# (scripts/manpage.py, Python 3): no second build. SHINSA_BINARY=PATH installs that binary
# instead of building one (the tests use it: a build cannot start inside `swift test`), and
# SHINSA_NO_MANPAGE=1 skips the man page.
set -eu

prefix=${1:-"$HOME/.local"}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [ -n "${SHINSA_BINARY:-}" ]; then
  built=$SHINSA_BINARY
else
  swift build -c release --product shinsa
  built=$(swift build -c release --show-bin-path)/shinsa
fi

# Everything is written beside its place first and moved in, so a failed run leaves the
# previous installation whole.
for folder in bin share/man/man1 share/bash-completion/completions share/zsh/site-functions \
  share/fish/vendor_completions.d; do
  if ! mkdir -p "$prefix/$folder"; then
    echo "install.sh: cannot create $prefix/$folder" >&2
    exit 73
  fi
done

place() { # place SOURCE-COMMAND TARGET MODE: runs the command into TARGET.tmp, then renames.
  target=$2
  if ! sh -c "$1" >"$target.tmp"; then
    rm -f "$target.tmp"
    echo "install.sh: could not write $target" >&2
    exit 74
  fi
  chmod "$3" "$target.tmp"
  mv -f "$target.tmp" "$target"
}

place "cat '$built'" "$prefix/bin/shinsa" 755
place "'$built' --generate-completion-script bash" \
  "$prefix/share/bash-completion/completions/shinsa" 644
place "'$built' --generate-completion-script zsh" "$prefix/share/zsh/site-functions/_shinsa" 644
place "'$built' --generate-completion-script fish" \
  "$prefix/share/fish/vendor_completions.d/shinsa.fish" 644
if [ "${SHINSA_NO_MANPAGE:-}" != 1 ]; then
  if ! command -v python3 >/dev/null 2>&1; then
    echo "install.sh: python3 is needed for the man page (or set SHINSA_NO_MANPAGE=1)" >&2
    exit 69
  fi
  place "python3 '$root/scripts/manpage.py' '$prefix/bin/shinsa'" \
    "$prefix/share/man/man1/shinsa.1" 644
fi

echo "installed $prefix/bin/shinsa ($("$prefix/bin/shinsa" --version))"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on your PATH" ;;
esac
