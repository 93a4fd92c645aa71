## /live: felles LIVE-sendinger

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
cmd-live-schedule--alternate_when = En andre tid som veksler, én sending i uka: lør 03:00 er uka etter
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
live-error-title = Tittelen trenger tekst (1–100 tegn), ikke bare mellomrom.
live-error-host-twice = Samme vert står to ganger. Velg hver vert én gang.
live-error-host-bot = En bot kan ikke være vert. Velg medlemmer.
live-error-host-count = En LIVE har 1 til 6 verter.
live-error-past = Det tidspunktet er allerede passert. Velg et tidspunkt fram i tid.
live-error-too-far = Det er mer enn ett år fram. Velg en tid innen 365 dager.
live-error-within-days = Antall dager fram det skal søkes, må være mellom 1 og { $maximum }.

live-preview-title = Forhåndsvisning: { $title }
live-preview-reschedule-title = Ny tid for: { $title }
live-preview-when = **Når:** { $full } ({ $relative }) · { $minutes } min
live-preview-was = **Var:** { $full }
live-preview-understood = Jeg leste tiden som: { $understood }
live-preview-hosts = Verter, i sin egen tid
live-preview-warnings = Advarsler
live-preview-announcement = Kunngjøring
live-preview-channel = Blir lagt ut i { $channel }.
live-preview-language = { $why ->
    [set] På { $language }, serverens språk (`/config language`).
    [members] På { $language }, språket flest medlemmer bruker med boten (`/config language` kan låse ett).
    [actor] På { $language }, ditt språk: ingen språk leder blant medlemmene ennå (`/config language` kan låse ett).
   *[default] På { $language } (`/config language` kan velge et annet).
}
live-language-en-US = engelsk
live-language-zh-CN = forenklet kinesisk
live-language-no = norsk
live-preview-no-channel = Ingen kunngjøringskanal er satt, så sendingen lagres uten kunngjøring. En administrator kan sette en med `/config channel`, eller bruk valget `channel`.
live-preview-footer = Bare du kan bekrefte. Forhåndsvisningen utløper om { $minutes ->
    [one] { $minutes } minutt
   *[other] { $minutes } minutter
}.
live-preview-expired = Denne forhåndsvisningen har utløpt (eller boten startet på nytt). Kjør kommandoen igjen.
live-step-dropped = Avbrutt. Ingenting ble endret.
live-dst-earlier = Første gang ({ $offset })
live-dst-later = Andre gang ({ $offset })
live-zone-pick = «{ $value }» kan bety flere tidssoner, så jeg gjetter ikke. Velg den tiden skal leses i:
live-zone-pick-more = Viser { $shown } av { $total }. Står ikke din på lista, kjør kommandoen igjen med byen i `timezone` (Oslo, New York).
live-zone-pick-placeholder = Velg tidssone

live-warn-outside = { $host } er ikke ledig da (utenfor tidsrommene vedkommende har satt med `/availability`).
live-warn-night = Det er natt for { $host }: starter kl. { $time } i vertens tid ({ $minutes } min mellom kl. { $night_start } og { $night_end }).
live-warn-clash = Kolliderer med LIVE #{ $number } «{ $title }» ({ $when }) for { $hosts }.
live-warn-soon = Den starter om under en time: medlemmene får kort varsel.

live-saved = Lagret LIVE #{ $number } «{ $title }»: { $full } ({ $relative }).
live-saved-event = Arrangement: { $url }
live-rsvp-done-going = Du kommer på LIVE #{ $number } «{ $title }». Du får en DM hvis den flyttes eller avlyses.
live-rsvp-done-maybe = Registrert som kanskje for LIVE #{ $number } «{ $title }».
live-rsvp-done-cant = Registrert som kan ikke for LIVE #{ $number } «{ $title }».

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
live-slot-missing = Ikke ledig: { $hosts }
live-slot-edge = Helt i kanten av når de er ledige: { $hosts }
live-suggest-turns = Vi bytter på hvem som havner helt i kanten av når de er ledige, etter gruppas andre LIVE-er: { $counts }. En tid som ville satt samme vert der igjen, kommer senere.
live-suggest-turn = { $host } { $count ->
    [one] én gang
   *[other] { $count } ganger
}
live-modal-title = Planlegg denne sendingen
live-modal-field-title = Tittel
live-modal-field-description = Beskrivelse (valgfritt)

## Påminnelser, «starter nå» og slutten på en LIVE

live-preview-reminders = Påminnelser
live-preview-here = Ingen LIVE-kanal er satt, så kunngjøringen blir lagt ut her, i { $channel }. En administrator kan sette en med `/config channel`.

## Faste sendinger

live-choice-weekly = ukentlig
live-choice-biweekly = annenhver uke
live-error-guest-slots = Gjesteplasser: velg et tall fra 0 til { $maximum }.
live-preview-series = Alle sendingene
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

live-calendar-empty = Det finnes ingen kommende LIVE å legge i en kalender.
live-calendar-file = Her er kalenderfilen: åpne den for å legge LIVE-ene i kalenderen din. En nyere fil oppdaterer dem.
live-feed-more = Denne strømmen har { $count ->
    [one] den første LIVE-en
   *[other] de første { $count } LIVE-ene
}, fram til { $last }. Senere kommer med etter hvert som de tidligere faller ut (30 dager etter at de var); /live list på serveren viser alle.
cmd-live-calendar = En kalenderfil for én LIVE eller alle kommende
cmd-live-calendar--live = Sendingens nummer (#12); utelat for alle kommende
live-info-series = Serie: sending { $position } av { $count }
live-announced = Kunngjøringen av LIVE #{ $number } er lagt ut: { $url }
cmd-live-announce = Legg ut kunngjøringen av en LIVE (på nytt)
cmd-live-announce--live = Sendingens nummer (#12)
cmd-live-announce--channel = Legg den ut her (standard: LIVE-ens kanal, ellers serverens, ellers denne)
live-suggest-overlap = { $minutes ->
    [one] Den lengste tiden alle er ledige: 1 minutt, fra { $full } til { $until }.
   *[other] Den lengste tiden alle er ledige: { $minutes } minutter, fra { $full } til { $until }.
}
live-info-undelivered = ⚠️ Ikke levert
live-info-undelivered-line = { $when }: { $reason }
live-info-undelivered-missing-access = boten har ikke lov til å poste i LIVE-ens kanal (medlemmene ble minnet på DM)
live-info-undelivered-channel-gone = LIVE-ens kanal finnes ikke lenger (medlemmene ble minnet på DM)
