## Etter LIVE-en: /live report, «Hvordan gikk det?», /live stats, /live checklist

cmd-live-report = Tallene dine fra en LIVE-oppsummering
cmd-live-report--live = Sendingens nummer (#12), for en LIVE planlagt her
cmd-live-report--when = Eller: når en LIVE som aldri ble planlagt startet, f.eks. i går kl 21
cmd-live-report--duration = Hvor lenge den varte: 45m, 1t30 (trengs sammen med when)
cmd-live-report--viewers = Seere totalt
cmd-live-report--peak_viewers = Flest seere samtidig
cmd-live-report--new_followers = Nye følgere
cmd-live-report--avg_watch = Gjennomsnittlig seertid: 2m30s, 150s, 2:30
cmd-live-report--diamonds = Diamanter tjent
cmd-live-report--gifters = Gavegivere
cmd-live-report--likes = Likerklikk
cmd-live-report--comments = Kommentarer
cmd-live-report--shares = Delinger
cmd-live-report--member = Rapporter for en gjest eller medvert (standard: deg)
cmd-live-stats = Tallene fra LIVE-ene dine, en graf og funn
cmd-live-stats--member = Hvem sine LIVE-er (standard: dine)
cmd-live-stats--last = Hvor mange av de siste LIVE-ene som vises (5–50, standard 10)
cmd-live-stats--server = Hele serverens LIVE-er (LIVE-moderatorer)
cmd-live-checklist = Sjekklisten før du går LIVE
cmd-live-checklist--live = En LIVE du er vert eller gjest på (#12); utelat for den generelle listen
live-watch = { $minutes } min { $seconds } s
live-watch-hours = { $hours } t { $minutes } min
live-line-viewers = 👀 { $value }
live-line-new_followers = ➕ { $value }
live-line-avg_watch_seconds = ⏱ { $value }
live-line-diamonds = 💎 { $value }
live-line-empty = ingen tall ennå
live-report-title = LIVE #{ $number } «{ $title }»: tallene dine
live-report-title-unscheduled = LIVE-en din { $date }
live-report-for = Tallene til { $member }, fra TikToks LIVE-oppsummering:
live-figure-viewers = Seere: **{ $value }**
live-figure-peak_viewers = Flest samtidig: **{ $value }**
live-figure-new_followers = Nye følgere: **{ $value }**
live-figure-avg_watch_seconds = Gjennomsnittlig seertid: **{ $value }**
live-figure-diamonds = Diamanter: **{ $value }**
live-figure-gifters = Gavegivere: **{ $value }**
live-figure-likes = Likerklikk: **{ $value }**
live-figure-comments = Kommentarer: **{ $value }**
live-figure-shares = Delinger: **{ $value }**
live-name-viewers = seere
live-name-peak_viewers = flest samtidig
live-name-new_followers = nye følgere
live-name-avg_watch_seconds = gjennomsnittlig seertid
live-name-diamonds = diamanter
live-name-gifters = gavegivere
live-name-likes = likerklikk
live-name-comments = kommentarer
live-name-shares = delinger
live-median-up = (↑ { $change } over medianen din)
live-median-down = (↓ { $change } under medianen din)
live-rate-diamonds = Diamanter per time: **{ $value }**
live-rate-followers = Nye følgere per 100 seere: **{ $value }**
live-rate-peak = Toppandel (flest samtidig / seere): **{ $value }**
live-report-median-later = Fra den tredje rapporten din sammenlignes hvert tall med medianen din.
live-report-updated = Oppdatert
live-report-change = { $figure }: { $before } → { $after }
live-report-unchanged = Ingenting ble endret.
live-report-everyone = Alle på denne LIVE-en som har rapportert
live-prompt-title = Hvordan gikk det? { $title }
live-prompt-body = LIVE #{ $number } ({ $full }) er ferdig. Åpne TikToks LIVE-oppsummering og rapporter tallene dine: boten sammenligner dem med de tidligere LIVE-ene dine. TikTok har ikke noe offentlig API for LIVE-statistikk, så bare du kan fortelle det.
live-prompt-button = Rapporter tallene mine
live-report-modal-title = Hvordan gikk det?
live-report-field-viewers = Seere
live-report-field-new_followers = Nye følgere
live-report-field-avg_watch = Gjennomsnittlig seertid (2m30s, 2:30)
live-report-field-diamonds = Diamanter
live-report-field-peak_viewers = Flest seere samtidig
live-report-form-refused = **{ $field }**: { $problem }
    Ingenting ble lagret. Det du skrev, er tatt vare på: trykk «Rett skjemaet» for å rette det feltet og sende igjen.
live-report-correct = Rett skjemaet
live-report-live-or-when = Oppgi enten `live` (en LIVE planlagt her) eller `when` (en LIVE som aldri ble planlagt), ikke begge og ikke ingen.
live-report-cancelled = LIVE #{ $number } ble avlyst, så den har ingen tall å rapportere.
live-report-not-started = LIVE #{ $number } har ikke startet ennå. Rapporter den når den har startet.
live-report-not-on-live = { $member } var ikke med på LIVE #{ $number } (verken vert eller gjest), så ingen rapport kan lagres for dem.
live-report-only-yours = Du kan rapportere dine egne tall. Å rapportere for en medvert eller gjest krever LIVE-moderatorrettigheter.
live-report-unscheduled-yours = En LIVE som aldri ble planlagt her, kan bare rapporteres av den som gikk LIVE.
live-report-when-future = Det tidspunktet har ikke kommet ennå. Rapporter en LIVE som allerede har startet.
live-report-when-too-old = Det er mer enn { $days ->
    [one] { $days } dag
   *[other] { $days } dager
} tilbake. Rapporter gjelder de siste { $days ->
    [one] { $days } dagen
   *[other] { $days } dagene
}.
live-report-need-duration = For en LIVE som aldri ble planlagt, oppgi også `duration` (45m, 1t30).
live-report-no-figures = Oppgi minst ett tall (seere, nye følgere, diamanter ...).
live-report-negative = Tall kan ikke være negative.
live-report-absurd = Det er mer enn 1 000 000 000: det ser ut som en tastefeil. Sjekk tallet i TikToks LIVE-oppsummering.
live-report-peak-above = Flest seere samtidig kan ikke være flere enn seere totalt.
live-report-watch-too-long = Gjennomsnittlig seertid kan ikke være lengre enn selve LIVE-en ({ $minutes } min).
live-report-watch-format = «{ $value }» er ikke en seertid jeg kan lese. Prøv 2m30s, 150s eller 2:30.
live-profile-report = Siste rapporterte LIVE: { $viewers } seere, { $new } nye følgere ({ $count ->
    [one] { $count } LIVE rapportert
   *[other] { $count } LIVE-er rapportert
})
live-stats-title = LIVE-statistikk: { $member }
live-stats-title-server = LIVE-statistikk: hele serveren
live-stats-count = De siste { $shown } av { $count ->
    [one] { $count } rapportert LIVE
   *[other] { $count } rapporterte LIVE-er
} (👀 seere · ➕ nye følgere · ⏱ gjennomsnittlig seertid · 💎 diamanter):
live-stats-solo = alene
live-stats-group = gruppe med { $members }
live-stats-group-plain = gruppe
live-stats-findings = Funn
live-stats-rests-on = { $count ->
    [one] bygger på { $count } LIVE
   *[other] bygger på { $count } LIVE-er
}
live-stats-no-findings = Funn vises når de bygger på minst { $minimum ->
    [one] { $minimum } LIVE
   *[other] { $minimum } LIVE-er
}: fortsett å rapportere.
live-finding-weekday = Beste ukedag: { $weekday }, { $viewers } seere i snitt (alle LIVE-er: { $overall }); { $rests }.
live-finding-hour = Beste tid: start kl. { $hour }, { $viewers } seere i snitt (alle LIVE-er: { $overall }); { $rests }.
live-finding-group = Gruppe-LIVE-er gir { $group } nye følgere per 100 seere, alene-LIVE-er { $solo }; { $rests }.
live-finding-partner = Med { $member } på LIVE-en: { $gained } nye følgere i snitt, flest av alle; { $rests }.
live-finding-trend-up = Trend: de siste 5 LIVE-ene hadde { $change } flere seere i snitt enn de 5 før ({ $before }); { $rests }.
live-finding-trend-down = Trend: de siste 5 LIVE-ene hadde { $change } færre seere i snitt enn de 5 før ({ $before }); { $rests }.
live-stats-empty = { $member } har ingen rapporterte LIVE-er ennå. `/live report` lagrer tallene fra en LIVE.
live-stats-empty-server = Ingen på denne serveren har rapportert en LIVE ennå.
live-stats-last-range = `last` er mellom { $minimum } og { $maximum }.
live-stats-server-moderators = Statistikken for hele serveren er for LIVE-moderatorer (Administrere arrangementer eller LIVE-moderatorrollen).
live-chart-viewers = Seere
live-chart-followers = Nye følgere
live-chart-solo = LIVE alene
live-chart-group = Gruppe-LIVE
live-checklist-title = Før du går LIVE
live-checklist-title-live = Før LIVE #{ $number } «{ $title }»
live-checklist-eligibility = Hvem kan gå LIVE
live-eligibility-host = • Å være vert for en LIVE: 18 år eller eldre. TikTok hevet grensen fra 16 til 18 den 23. nov. 2022 (kilde: TikToks kunngjøring om LIVE-endringer, okt. 2022; eldre guider sier fortsatt 16).
live-eligibility-gifts = • Å sende eller motta gaver: 18 år eller eldre (kilde: TikToks regler for LIVE-gaver).
live-eligibility-followers = • Rundt 1 000 følgere; grensen varierer mellom regioner (kilde: TikToks hjelpesider om LIVE).
live-eligibility-few-followers = Profilen din viser { $amount } følgere. Mange regioner krever rundt 1 000 før du kan gå LIVE: du er på vei, og hvert innlegg bringer deg nærmere.
live-checklist-items = Sjekkliste
live-checklist-progress = { $bar } { $done }/{ $total }
live-checklist-footer = Trykk på et punkt for å krysse det av. Bare du ser denne listen; avkryssingene lagres for denne LIVE-en.
live-checklist-not-yours = Du er ikke vert eller gjest på LIVE #{ $number }. Utelat `live` for den generelle sjekklisten.
live-checklist-button = Sjekkliste før du går LIVE
live-check-purpose = Formål
live-check-format = Format
live-check-battery = Ladet telefon
live-check-wifi = Wi-Fi
live-check-light = Lys
live-check-audio = Lyd
live-check-tripod = Stativ
live-check-background = Bakgrunn
live-check-cover = Tittel og cover
live-check-moderators = Moderatorer
live-check-keywords = Ordfilter
live-check-gifts = Gaver av/på
live-check-purpose-long = Formål og mål med LIVE-en
live-check-format-long = Format: spørsmål og svar, veiledning, bak kulissene, intervju / flere gjester, produktdemo, utfordring
live-check-battery-long = Telefonen ladet (eller i laderen)
live-check-wifi-long = Stabilt Wi-Fi
live-check-light-long = Lys foran deg, ikke vindu bak deg
live-check-audio-long = Lyd: ekstern mikrofon hvis du har en
live-check-tripod-long = Stativ eller stødig holder
live-check-background-long = Rolig, ryddig bakgrunn
live-check-cover-long = Tittel og forsidebilde
live-check-moderators-long = Moderatorer utnevnt
live-check-keywords-long = Ordfilter satt opp
live-check-gifts-long = Gaver av eller på, bestemt
