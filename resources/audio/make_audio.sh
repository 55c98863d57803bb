#!/usr/bin/env bash
# Regenerates the sandbox's seed audio (resources/audio/*.mp3, *.wav): short French messages spoken by
# espeak-ng and synthesized hold-music tunes from sox, MP3 by lame. The application never runs this;
# the sandbox copies the committed files into its database on first start (app/sandbox/_seed.py).
# Needs: espeak-ng, sox, lame (Debian: apt-get install espeak-ng sox lame).
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

RATE=16000     # speech: 16 kHz mono is plenty for a phone line and keeps the files small
MUSIC_RATE=22050

# speak NAME VOICE TEXT: a mono 16 kHz WAV in $work, with a short fade so it does not click.
speak() {
    espeak-ng -v "$2" -s 150 -w "$work/$1.raw.wav" "$3"
    sox "$work/$1.raw.wav" -r "$RATE" -c 1 -b 16 "$work/$1.wav" norm -3 fade 0.02 0 0.1
}

# tune NAME NOTES...: each note "pitch:seconds" played with a plucked string over a soft pad.
tune() {
    local name=$1; shift
    local parts=()
    local i=0
    for note in "$@"; do
        local pitch=${note%%:*} length=${note##*:}
        sox -n -r "$MUSIC_RATE" -c 1 -b 16 "$work/$name-$i.wav" \
            synth "$length" pluck "$pitch" synth "$length" sine mix "$pitch" \
            vol 0.5 fade 0.01 "$length" 0.15
        parts+=("$work/$name-$i.wav")
        i=$((i + 1))
    done
    sox "${parts[@]}" "$work/$name.notes.wav"
    # Twice through, with a little reverb: 10-17 s of gentle hold music. The fade comes before the
    # reverb because sox miscounts the length after it and would cut the second half.
    sox "$work/$name.notes.wav" "$work/$name.notes.wav" "$work/$name.twice.wav"
    sox "$work/$name.twice.wav" "$work/$name.wav" fade 0 -0 1 reverb 40 norm -4
}

mp3() {  # mp3 NAME: $work/NAME.wav -> ./NAME.mp3 (mono, 32 kbit/s CBR; 48 for music)
    local bitrate=${2:-32}
    lame --quiet -m m -b "$bitrate" --noreplaygain "$work/$1.wav" "$1.mp3"
}

wav() {  # wav NAME: $work/NAME.wav -> ./NAME.wav as it is
    cp "$work/$1.wav" "$1.wav"
}

speak intro_cliqueo fr "Bonjour, bienvenue chez Cliquéo. Votre appel va être transféré à un conseiller."
mp3 intro_cliqueo
speak repondeur_cliqueo fr+f3 "Vous êtes bien chez Cliquéo. Nous ne pouvons pas vous répondre. Laissez-nous un message après le bip."
mp3 repondeur_cliqueo
speak enregistrement_cliqueo fr "Pour la qualité de service, cet appel peut être enregistré."
wav enregistrement_cliqueo
speak playback_horaires fr+f3 "Nos bureaux sont ouverts du lundi au vendredi, de neuf heures à dix-huit heures."
wav playback_horaires
speak repondeur_fermeture fr "Nos bureaux sont actuellement fermés. Merci de rappeler demain matin."
wav repondeur_fermeture
speak intro_soldes fr+f3 "Bonjour, et bienvenue pour les soldes d'hiver chez Cliquéo."
mp3 intro_soldes
speak playback_promo fr "Profitez de nos offres du moment sur cliquéo point f r."
mp3 playback_promo
speak intro_autreboite fr "Bonjour, vous êtes en relation avec Autre Boîte. Merci de patienter."
mp3 intro_autreboite
speak repondeur_autreboite fr+f3 "Autre Boîte est absente pour le moment. Laissez votre message."
wav repondeur_autreboite
speak enregistrement_autreboite fr "Cet appel est susceptible d'être enregistré."
mp3 enregistrement_autreboite
speak playback_autreboite fr "Retrouvez toutes nos informations sur notre site."
mp3 playback_autreboite

# Hold music: two short tunes (C major arpeggios; a slower one in A minor).
tune attente_douceur C4:0.4 E4:0.4 G4:0.4 C5:0.8 G4:0.4 E4:0.4 F4:0.4 A4:0.4 C5:0.8 A4:0.4 \
    G4:0.4 B4:0.4 D5:0.8 B4:0.4 G4:0.4 C5:1.2
mp3 attente_douceur 48
tune attente_jazz A3:0.5 C4:0.5 E4:0.5 G4:0.5 F4:0.5 E4:0.5 D4:1.0 B3:0.5 D4:0.5 F4:0.5 E4:1.5
mp3 attente_jazz 48
tune attente_autreboite D4:0.35 F#4:0.35 A4:0.35 D5:0.7 C#5:0.35 A4:0.35 B4:0.7 G4:0.35 \
    E4:0.35 F#4:0.35 D4:1.0
wav attente_autreboite

ls -l ./*.mp3 ./*.wav
du -ch ./*.mp3 ./*.wav | tail -1
