## /live: felles LIVE-sendinger

cmd-live = Felles LIVE: finn tid, planlegg, meld deg på
cmd-live-suggest = Finn tider da alle verter er ledige
cmd-live-suggest--host1 = Første vert
cmd-live-suggest--duration = Varighet: 45m, 1h30 (standard 60 minutter; 15 minutter til 12 timer)
cmd-live-suggest--host2 = Andre vert
cmd-live-suggest--host3 = Tredje vert
cmd-live-suggest--host4 = Fjerde vert
cmd-live-suggest--host5 = Femte vert
cmd-live-suggest--host6 = Sjette vert
cmd-live-suggest--within_days = Søk så mange dager fram (1–28, standard 7)
cmd-live-suggest--earliest = Ikke før: i morgen 18:00, fre kl 20 (standard: om en time)
cmd-live-schedule = Planlegg en felles LIVE (forhåndsvisning først)
cmd-live-schedule--title = Tittel på sendingen (1–100 tegn)
cmd-live-schedule--when = Når: 2026-12-03 20:00, i morgen kl 20, fre 20:00, om 2t (din tidssone)
cmd-live-schedule--duration = Varighet: 45m, 1h30 (standard 60 minutter; 15 minutter til 12 timer)
cmd-live-schedule--host1 = Første vert (standard: deg)
cmd-live-schedule--host2 = Andre vert
cmd-live-schedule--host3 = Tredje vert
cmd-live-schedule--host4 = Fjerde vert
cmd-live-schedule--host5 = Femte vert
cmd-live-schedule--host6 = Sjette vert
cmd-live-schedule--description = Hva sendingen handler om (opptil 1000 tegn)
cmd-live-schedule--channel = Kunngjør i denne kanalen i stedet for serverens LIVE-kanal
cmd-live-schedule--timezone = Les tiden i denne tidssonen i stedet for din
cmd-live-schedule--reminders = Påminnelser: 24h, 1h, 15m eller ingen
cmd-live-schedule--repeat = Gjenta sendingen ukentlig eller annenhver uke
cmd-live-schedule--count = Hvor mange sendinger i alt, den første medregnet (2–26)
cmd-live-schedule--until = Eller: gjenta til denne datoen, f.eks. 2027-03-31
cmd-live-schedule--alternate_when = En andre tid å veksle med, f.eks. neste ukes lør 03:00
cmd-live-schedule--guest_slots = Gjesteplasser medlemmer kan melde seg på (0–8); resten venter
cmd-live-reschedule = Flytt en LIVE til en annen tid (forhåndsvisning først)
cmd-live-reschedule--live = Sendingens nummer (#12)
cmd-live-reschedule--when = Ny tid: i morgen kl 20, fre 20:00 (din tidssone)
cmd-live-reschedule--duration = Ny varighet: 45m, 1h30 (standard: behold)
cmd-live-reschedule--timezone = Les tiden i denne tidssonen i stedet for din
cmd-live-reschedule--reminders = Nye påminnelser: 24h, 15m eller ingen
cmd-live-cancel = Avlys en LIVE (spør først)
cmd-live-cancel--live = Sendingens nummer (#12)
cmd-live-list = Kommende LIVE-sendinger på serveren
cmd-live-info = Verter, tider, påmeldinger og lenker for en LIVE
cmd-live-info--live = Sendingens nummer (#12)

live-local-time = { $weekday } { $date } kl. { $time } ({ $zone })
live-host-line = { $host }: { $when }
live-host-no-timezone = ukjent tidssone (kan settes med `/timezone set`)

live-error-not-moderator = Å planlegge LIVE krever tillatelsen Administrer arrangementer eller serverens LIVE-moderatorrolle.
live-error-not-host = Bare vertene for LIVE #{ $number } og LIVE-moderatorer kan endre den.
live-error-title = Tittelen trenger tekst (1–100 tegn), ikke bare mellomrom.
live-error-host-twice = Samme vert står to ganger. Velg hver vert én gang.
live-error-host-bot = En bot kan ikke være vert. Velg medlemmer.
live-error-host-count = En LIVE har 1 til 6 verter.
live-error-need-timezone = Jeg leser tider i din tidssone, og du har ikke satt noen. Kjør `/timezone set` først, eller bruk valget `timezone`.
live-zone-server = Tiden ble lest i serverens tidssone, { $zone }, fordi du ikke har satt din egen (`/timezone set`).
live-error-past = Det tidspunktet er allerede passert. Velg et tidspunkt fram i tid.
live-error-too-far = Det er mer enn ett år fram. Velg en tid innen 365 dager.
live-error-within-days = Antall dager fram det skal søkes, må være mellom 1 og { $maximum }.
live-error-no-number = Det finnes ingen LIVE #{ $number } på denne serveren. `/live list` viser de kommende.
live-error-not-found = Den sendingen finnes ikke lenger på denne serveren.
live-error-not-scheduled = Denne sendingen er ikke planlagt lenger (avlyst eller ferdig), så den kan ikke endres.

live-preview-title = Forhåndsvisning: { $title }
live-preview-reschedule-title = Ny tid for: { $title }
live-preview-when = **Når:** { $full } ({ $relative }) · { $minutes } min
live-preview-was = **Var:** { $full }
live-preview-understood = Jeg leste tiden som: `{ $understood }`
live-preview-hosts = Verter, i sin egen tid
live-preview-warnings = Advarsler
live-preview-announcement = Kunngjøring
live-preview-channel = Blir lagt ut i { $channel }.
live-preview-no-channel = Ingen kunngjøringskanal er satt, så sendingen lagres uten kunngjøring. En administrator kan sette en med `/config channel`, eller bruk valget `channel`.
live-preview-footer = Bare du kan bekrefte. Forhåndsvisningen utløper om { $minutes ->
    [one] { $minutes } minutt
   *[other] { $minutes } minutter
}.
live-preview-expired = Denne forhåndsvisningen har utløpt (eller boten startet på nytt). Kjør kommandoen igjen.
live-step-dropped = Avbrutt. Ingenting ble endret.
live-dst-earlier = Første gang ({ $offset })
live-dst-later = Andre gang ({ $offset })

live-warn-outside = { $host } er ikke ledig da (utenfor tidsrommene vedkommende har satt med `/availability`).
live-warn-night = Det er natt for { $host }: starter kl. { $time } i vertens tid ({ $minutes } min mellom 00:00 og 07:00).
live-warn-clash = Kolliderer med LIVE #{ $number } «{ $title }» ({ $when }) for { $hosts }.
live-warn-soon = Den starter om under en time: medlemmene får kort varsel.

live-saved = Lagret LIVE #{ $number } «{ $title }»: { $full } ({ $relative }).
live-saved-event = Arrangement: { $url }
live-saved-announcement = Kunngjøring: { $url }
live-problem-event-forbidden = Jeg kunne ikke opprette eller endre Discord-arrangementet: jeg mangler tillatelsen Opprett/Administrer arrangementer. Gi rollen min den tillatelsen, og flytt sendingen for å prøve igjen.
live-problem-event-cap = Jeg kunne ikke opprette Discord-arrangementet: serveren har allerede Discords maksimum på 100 planlagte arrangementer. Slett noen gamle, og flytt sendingen for å prøve igjen.
live-problem-event-failed = Discord avviste arrangementet for denne sendingen. Sendingen er lagret; flytt den for å prøve igjen.
live-problem-event-gone = Discord-arrangementet for denne sendingen ble slettet av noen.
live-problem-no-event = Denne sendingen har ikke noe Discord-arrangement.
live-problem-no-channel = Ingen kunngjøring ble lagt ut: serveren har ingen LIVE-kanal. En administrator kan sette en med `/config channel`; legg den så ut med `/live announce`.
live-problem-channel-forbidden = Jeg kunne ikke legge ut kunngjøringen i { $channel }: jeg mangler tillatelse til å se eller sende meldinger der. Gi rollen min de tillatelsene, eller velg en annen kanal med `/config channel`.
live-problem-channel-gone = Jeg kunne ikke legge ut kunngjøringen: kanalen finnes ikke lenger. Sett en ny med `/config channel`.
live-problem-announce-failed = Discord avviste kunngjøringsmeldingen. Sendingen er lagret.
live-problem-announcement-gone = Kunngjøringsmeldingen ble slettet, så den kunne ikke oppdateres.

live-announce-title = 🔴 { $title }
live-announce-cancelled-title = AVLYST: { $title }
live-announce-cancelled = **Denne sendingen er avlyst.**
live-announce-when = { $full } ({ $relative }) · { $minutes } min
live-announce-hosts = Verter: { $hosts }
live-announce-rsvps = Påmeldinger
live-announce-counts = Kommer: { $going } · Kanskje: { $maybe } · Kan ikke: { $cant }
live-announce-footer = LIVE #{ $number }
live-rsvp-going = Kommer ({ $count })
live-rsvp-maybe = Kanskje ({ $count })
live-rsvp-cant = Kan ikke ({ $count })
live-rsvp-done-going = Du kommer på LIVE #{ $number } «{ $title }». Du får en DM hvis den flyttes eller avlyses.
live-rsvp-done-maybe = Registrert som kanskje for LIVE #{ $number } «{ $title }».
live-rsvp-done-cant = Registrert som kan ikke for LIVE #{ $number } «{ $title }».
live-rsvp-cancelled = LIVE #{ $number } er avlyst, så den tar ikke imot påmeldinger.
live-rsvp-over = LIVE #{ $number } er over, så den tar ikke imot påmeldinger.

live-cancel-question = Avlyse LIVE #{ $number } «{ $title }» ({ $full })? { $going ->
        [one] 1 medlem har sagt Kommer og får en DM.
       *[other] { $going } medlemmer har sagt Kommer og får en DM.
    }
live-cancel-button = Avlys sendingen
live-cancel-keep = Behold den
live-cancelled = LIVE #{ $number } «{ $title }» er avlyst. DM sendt til dem som kommer: { $sent }; kunne ikke nå: { $failed }.
live-rescheduled = LIVE #{ $number } «{ $title }» er flyttet til { $full } ({ $relative }). DM sendt til dem som kommer: { $sent }; kunne ikke nå: { $failed }.
live-dm-cancelled = LIVE #{ $number } «{ $title }» ({ $full }) er avlyst.
live-dm-rescheduled = LIVE #{ $number } «{ $title }» er flyttet til { $full } ({ $relative }).

live-list-title = Kommende LIVE-sendinger
live-list-empty = Ingen sendinger er planlagt. Moderatorer kan bruke `/live suggest` eller `/live schedule`.
live-list-line = **#{ $number }** { $title } · { $full } ({ $relative }) · { $hosts }
live-list-page = Side { $page } av { $pages } · { $total ->
    [one] { $total } sending
   *[other] { $total } sendinger
}
live-list-prev = Forrige
live-list-next = Neste

live-info-title = LIVE #{ $number }: { $title }
live-info-when = { $full } ({ $relative }) · { $minutes } min · { $status }
live-info-going = Kommer: { $names }
live-info-links = Lenker
live-info-event = [Discord-arrangement]({ $url })
live-info-announcement = [Kunngjøring]({ $url })
live-info-no-links = Ingen arrangement eller kunngjøring.
live-status-scheduled = planlagt
live-status-cancelled = avlyst
live-status-ended = ferdig

live-suggest-title = Foreslåtte tider
live-suggest-found = Tider da alle verter er ledige i { $minutes } min, innen { $days ->
    [one] { $days } dag
   *[other] { $days } dager
}:
live-suggest-none-common = Ingen tid { $days ->
    [one] den neste { $days } dagen
   *[other] de neste { $days } dagene
} har alle verter ledige i { $minutes } min. Disse kommer nærmest:
live-suggest-nothing = Jeg fant ingen tid { $days ->
    [one] den neste { $days } dagen
   *[other] de neste { $days } dagene
} for en sending på { $minutes } minutter med disse vertene.
live-suggest-unknown = Utelatt (ingen tidssone eller ingen `/availability`): { $hosts }
live-suggest-footer = Trykk et nummer for å planlegge den tiden; du blir spurt om tittel og ser så forhåndsvisningen.
live-suggest-pick = Planlegg nr. { $n }
live-slot-line = **{ $n }.** { $full } ({ $relative })
live-slot-host = { $host } { $weekday } { $time }
live-slot-missing = Ikke ledig: { $hosts }
live-modal-title = Planlegg denne sendingen
live-modal-field-title = Tittel
live-modal-field-description = Beskrivelse (valgfritt)

live-profile-line = Neste LIVE: #{ $number } «{ $title }» { $relative }
privacy-kind-live_hosts = LIVE-sendinger du er vert for
privacy-kind-live_rsvps = Dine LIVE-svar
privacy-kind-live_delivery_parts = LIVE-påminnelser sendt til deg

## Påminnelser, «starter nå» og slutten på en LIVE
live-preview-reminders = Påminnelser
live-preview-here = Ingen LIVE-kanal er satt, så kunngjøringen blir lagt ut her, i { $channel }. En administrator kan sette en med `/config channel`.
live-saved-here = Kunngjøringen ble lagt ut i { $channel }, der du planla den, fordi serveren ikke har noen LIVE-kanal. En administrator kan sette en med `/config channel`.
live-reminders-will = Påminnelser: { $offsets } før start, og et innlegg når den starter.
live-reminders-none = Ingen påminnelser for denne LIVE-en (bare et innlegg når den starter).
live-reminders-too-soon = Ingen påminnelser: LIVE-en starter før den første påminnelsen ville gått ut (bare et innlegg når den starter).
live-reminders-passed = Utelatt, for nær starten: { $offsets } før.
live-reminders-already-sent = Allerede sendt, gjentas ikke: { $offsets } før.
live-reminder-title = ⏰ Påminnelse: { $title }
live-reminder-body = Starter { $full } ({ $relative }).
live-reminder-link = Kunngjøring og påmelding: { $url }
live-reminder-ping = ⏰ LIVE-påminnelse til alle som kommer:
live-start-title = 🔴 Starter nå: { $title }
live-start-body = Startet { $full } ({ $relative }). Bli med vertene på TikTok:
live-start-host = { $host }: { $url }
live-start-ping = 🔴 LIVE-en starter:
live-announce-ended-title = Avsluttet: { $title }
live-announce-ended = Denne LIVE-en er over. Takk for at du kom!
live-choice-status = {" "}({ $status })
privacy-kind-live_guests = Dine gjestepåmeldinger til LIVE-er

## Faste sendinger
live-choice-weekly = ukentlig
live-choice-biweekly = annenhver uke
live-error-guest-slots = Gjesteplasser: velg et tall fra 0 til { $maximum }.
live-series-need-repeat = `count` og `until` hører til en fast sending: velg `repeat` også.
live-series-alternate-need-repeat = `alternate_when` er den andre tiden i en fast sending: velg `repeat` også.
live-series-count-and-until = Oppgi `count` eller `until`, ikke begge.
live-series-need-end = En fast sending trenger en slutt: `count` (2–26 sendinger) eller `until` (en dato).
live-series-count-range = En serie har 2 til 26 sendinger, den første medregnet.
live-series-until-range = `until` må være på eller etter første sending og høyst ett år fram.
live-series-alternate-before = `alternate_when` må komme etter `when`.
live-series-alternate-too-far = `alternate_when` må ligge innen to intervaller etter `when` (for `weekly`: innen 14 dager).
live-preview-series = Alle sendingene
live-series-moved = (flyttet til { $time }: klokka stilles fram da)
live-series-dst = (tiden flytter seg for { $hosts }: der skifter sommertiden på en annen dag)
live-series-events = Discord-hendelser lages for de neste { $window } sendingene; de neste kommer etter hvert.
live-series-saved = { $count ->
    [one] Lagret 1 sending av «{ $title }», #{ $first }: { $full }.
   *[other] Lagret { $count } sendinger av «{ $title }», #{ $first }–#{ $last }: første { $full }, siste { $last_full }.
}
live-series-saved-events = { $count ->
    [one] Discord-hendelse laget for neste sending.
   *[other] Discord-hendelser laget for de neste { $count } sendingene.
}
live-move-this = Flytt denne sendingen
live-move-later = Denne og alle senere
live-moved-later = { $count ->
    [one] Den ene senere sendingen ble flyttet like mye.
   *[other] De { $count } senere sendingene ble flyttet like mye.
}
live-cancel-this = Avlys denne sendingen
live-cancel-later = Avlys denne og alle senere
live-cancelled-later = { $count ->
    [one] Den ene senere sendingen i serien ble også avlyst.
   *[other] De { $count } senere sendingene i serien ble også avlyst.
}

## Gjester og kalendere
live-guest-join = Bli med som gjest ({ $taken }/{ $slots })
live-calendar-button = Legg til i kalender
live-guests-title = Gjester ({ $taken }/{ $slots })
live-guests-none = Ingen ennå: trykk «Bli med som gjest».
live-guests-value = { $guests }
    { $waiting ->
        [0] {""}
        [one] Ett medlem står på venteliste.
       *[other] { $waiting } medlemmer står på venteliste.
    }
live-guests-waiting-list = Venteliste, i rekkefølge: { $members }
live-guest-closed = Påmeldingen til LIVE #{ $number } er stengt: den har startet, er over eller ble avlyst.
live-guest-none = LIVE #{ $number } tar ikke imot gjestepåmeldinger.
live-guest-host = Du er vert for denne LIVE-en, så du er allerede med.
live-guest-joined = Du er gjest på LIVE #{ $number } «{ $title }». Trykk på knappen igjen for å melde deg av.
live-guest-waiting = Gjesteplassene på LIVE #{ $number } er tatt: du er nummer { $position } på ventelisten. Du får en DM hvis en plass blir ledig.
live-guest-left = Du er ikke lenger påmeldt LIVE #{ $number } «{ $title }».
live-guest-promoted = En gjesteplass ble ledig: du er nå gjest på LIVE #{ $number } «{ $title }», { $full } ({ $relative }).
live-guest-not-signed = { $member } er ikke påmeldt denne LIVE-en.
live-guest-removed = { $member } ble tatt av LIVE #{ $number }.
live-calendar-empty = Det finnes ingen kommende LIVE å legge i en kalender.
live-calendar-file = Her er kalenderfilen: åpne den for å legge LIVE-ene i kalenderen din. En nyere fil oppdaterer dem.
cmd-live-guests = Gjestene og ventelisten til en LIVE
cmd-live-guests--live = Sendingens nummer (#12)
cmd-live-guests--remove = Ta dette medlemmet av gjestelisten eller ventelisten (verter og LIVE-moderatorer)
cmd-live-calendar = En kalenderfil for én LIVE eller alle kommende
cmd-live-calendar--live = Sendingens nummer (#12); utelat for alle kommende
live-info-series = Serie: sending { $position } av { $count }
live-announced = Kunngjøringen av LIVE #{ $number } er lagt ut: { $url }
cmd-live-announce = Legg ut kunngjøringen av en LIVE (på nytt)
cmd-live-announce--live = Sendingens nummer (#12)
cmd-live-announce--channel = Legg den ut her (standard: LIVE-ens kanal, ellers serverens, ellers denne)
live-host-left = (verten har gått: en LIVE-moderator kan endre denne LIVE-en)
live-suggest-overlap = { $minutes ->
    [one] Den lengste tiden alle er ledige: 1 minutt, fra { $full } til { $until }.
   *[other] Den lengste tiden alle er ledige: { $minutes } minutter, fra { $full } til { $until }.
}

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
live-prompt-ping = Hvordan gikk LIVE-en? Trykk på knappen for å rapportere tallene dine:
live-report-modal-title = Hvordan gikk det?
live-report-field-viewers = Seere
live-report-field-new_followers = Nye følgere
live-report-field-avg_watch = Gjennomsnittlig seertid (2m30s, 2:30)
live-report-field-diamonds = Diamanter
live-report-field-peak_viewers = Flest seere samtidig
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
privacy-kind-live_reports = Dine rapporterte LIVE-tall
privacy-kind-live_checklist_ticks = Avkryssingene dine i LIVE-sjekklisten
privacy-kind-live_reports--reported_by_user_id = LIVE-rapporter du har laget for andre (du fjernes, rapporten blir)
