#!/usr/bin/env bash
# Regenerates src/main/resources/fr/gouv/travail/efp/password/common-passwords.txt.gz: the
# "passwords-common" dictionary of @zxcvbn-ts/language-common (MIT licence, 49k passwords seen
# in breaches), lowercased, deduplicated, one per line. Run by hand when updating the list; the
# result is committed so the build needs no network.
set -euo pipefail
version=4.1.3
out="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/fr/gouv/travail/efp/password/common-passwords.txt.gz"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent "@zxcvbn-ts/language-common@$version" >/dev/null
node --input-type=module -e '
const { dictionary } = await import("@zxcvbn-ts/language-common");
const words = [...new Set(dictionary["passwords-common"].map((word) => String(word).toLowerCase()))].sort();
process.stdout.write(`# @zxcvbn-ts/language-common '"$version"' passwords-common (MIT)\n` + words.join("\n") + "\n");
' | gzip -9n > "$out"
echo "wrote $out ($(zcat "$out" | wc -l) lines)"
