#!/usr/bin/env bash
# Regenerates the French voice clips of the builtin CAPTCHA (one per letter and digit, plus the
# introduction) with espeak-ng and sox (Debian: apt-get install espeak-ng sox).
# Clips are 8 kHz mono 8-bit PCM WAV: telephone quality is enough for single words and keeps
# a spoken code near 100 KB. They are committed so that neither the build nor Keycloak needs a
# speech synthesiser. Every letter and digit gets a clip, not only CaptchaCode.ALPHABET, because
# the test-only `fixed` provider speaks any answer (EFPTEST).
set -euo pipefail
CHARACTERS="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
out="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/fr/gouv/travail/efp/captcha/builtin/voice"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

say() { # text file
  espeak-ng -v fr -s 120 -g 4 -w "$work/raw.wav" "$1"
  # Trim the synthesiser's leading and trailing silence, resample, and bring every clip to the
  # same loudness so no character is quieter than its neighbours.
  # -R: repeatable dither, so regenerating gives the same bytes.
  sox -R "$work/raw.wav" -r 8000 -c 1 -b 8 -e unsigned-integer "$out/$2" silence 1 0.02 1% reverse silence 1 0.02 1% reverse norm -1
}

# Letters are spelt as on the phone ("M, comme Marcel"): a bare letter name at 8 kHz leaves
# M/N, D/T or V/B for the listener to guess.
declare -A WORD=([A]=Anatole [B]=Berthe [C]=Célestin [D]=Désiré [E]=Eugène [F]=François
  [G]=Gaston [H]=Henri [I]=Irma [J]=Joseph [K]=Kléber [L]=Louis [M]=Marcel [N]=Nicolas
  [O]=Oscar [P]=Pierre [Q]=Quintal [R]=Raoul [S]=Suzanne [T]=Thérèse [U]=Ursule [V]=Victor
  [W]=William [X]=Xavier [Y]=Yvonne [Z]=Zoé)
for (( i = 0; i < ${#CHARACTERS}; i++ )); do
  c=${CHARACTERS:i:1}
  if [[ -n ${WORD[$c]:-} ]]; then say "$c, comme ${WORD[$c]}" "$c.wav"; else say "$c" "$c.wav"; fi
done
say "Le code de sécurité est" "intro.wav"
echo "$(ls "$out" | wc -l) clips in $out"
